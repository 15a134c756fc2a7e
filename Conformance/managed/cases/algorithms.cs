// Small complete algorithms mixing everything in this slice: N-queens by
// backtracking (recursion over arrays), permutations in lexicographic
// order, 0/1 knapsack by dynamic programming on a 1-D array, CRC-32 with a
// uint table, modular exponentiation with ulong, integer square root by
// bisection, run-length encoding of a char array into a string, and
// Floyd–Warshall on a 1-D distance matrix.
// exit: 4
using System;

class Program
{
    static int Queens(int[] cols, int row, int n)
    {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++)
        {
            bool ok = true;
            for (int r = 0; r < row && ok; r++)
            {
                int d = cols[r] - c;
                if (d == 0 || d == row - r || d == r - row) ok = false;
            }
            if (!ok) continue;
            cols[row] = c;
            count += Queens(cols, row + 1, n);
        }
        return count;
    }

    static bool NextPermutation(int[] a)
    {
        int i = a.Length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.Length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i]; a[i] = a[j]; a[j] = t;
        for (int l = i + 1, r = a.Length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
        return true;
    }

    static int Knapsack(int[] weights, int[] values, int capacity)
    {
        int[] best = new int[capacity + 1];
        for (int k = 0; k < weights.Length; k++)
            for (int w = capacity; w >= weights[k]; w--)
                best[w] = Math.Max(best[w], best[w - weights[k]] + values[k]);
        return best[capacity];
    }

    static uint[] CrcTable()
    {
        uint[] table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    static uint Crc32(uint[] table, string s)
    {
        uint crc = 0xFFFFFFFF;
        for (int i = 0; i < s.Length; i++) crc = table[(crc ^ (byte)s[i]) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFF;
    }

    static ulong ModPow(ulong b, ulong e, ulong m)
    {
        ulong r = 1;
        b %= m;
        while (e > 0)
        {
            if ((e & 1) == 1) r = r * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }

    static long ISqrt(long n)
    {
        long lo = 0, hi = 3037000499;
        while (lo < hi)
        {
            long mid = lo + (hi - lo + 1) / 2;
            if (mid * mid <= n) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    static string RunLength(char[] s)
    {
        string r = "";
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            r = r + (j - i).ToString() + s[i].ToString();
            i = j;
        }
        return r;
    }

    static int Main()
    {
        for (int n = 1; n <= 8; n++)
        {
            Console.Write(Queens(new int[n], 0, n));
            Console.Write(' ');
        }
        Console.WriteLine();

        int[] perm = new int[4];
        for (int i = 0; i < perm.Length; i++) perm[i] = i;
        int count = 0;
        do
        {
            count++;
            if (count % 5 == 1)
            {
                for (int i = 0; i < perm.Length; i++) Console.Write(perm[i]);
                Console.Write(' ');
            }
        } while (NextPermutation(perm));
        Console.WriteLine(count);

        int[] weights = new int[6], values = new int[6];
        for (int i = 0; i < 6; i++) { weights[i] = 3 + (i * 7) % 10; values[i] = 10 + (i * 13) % 17; }
        Console.WriteLine(Knapsack(weights, values, 20));
        Console.WriteLine(Knapsack(weights, values, 5));

        uint[] table = CrcTable();
        Console.WriteLine(Crc32(table, "The quick brown fox jumps over the lazy dog"));
        Console.WriteLine(Crc32(table, ""));
        Console.WriteLine(Crc32(table, "123456789"));

        Console.WriteLine(ModPow(2, 1000000, 1000000007));
        Console.WriteLine(ModPow(3, 4294967295, 4294967291));
        Console.WriteLine(ModPow(123456789, 987654321, 2147483647));

        Console.WriteLine(ISqrt(0));
        Console.WriteLine(ISqrt(99));
        Console.WriteLine(ISqrt(1000000000000));
        Console.WriteLine(ISqrt(long.MaxValue));

        char[] text = new char[20];
        for (int i = 0; i < text.Length; i++) text[i] = (char)('a' + (i * i / 7) % 3);
        Console.WriteLine(RunLength(text));

        int n2 = 6;
        int inf = 1000000;
        int[] dist = new int[n2 * n2];
        for (int i = 0; i < n2; i++)
            for (int j = 0; j < n2; j++)
                dist[i * n2 + j] = i == j ? 0 : ((i * 5 + j * 3) % 7 == 0 ? inf : (i * 5 + j * 3) % 7 + 1);
        for (int k = 0; k < n2; k++)
            for (int i = 0; i < n2; i++)
                for (int j = 0; j < n2; j++)
                    if (dist[i * n2 + k] + dist[k * n2 + j] < dist[i * n2 + j])
                        dist[i * n2 + j] = dist[i * n2 + k] + dist[k * n2 + j];
        int total = 0;
        for (int i = 0; i < dist.Length; i++) total += dist[i];
        Console.WriteLine(total);
        return Queens(new int[6], 0, 6);
    }
}
