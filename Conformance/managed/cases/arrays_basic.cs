// One-dimensional arrays: creation of arrays of every primitive type
// (zero-initialized), Length, element loads and stores of each element size,
// compound assignment and ++ on elements, arrays passed to and returned from
// methods (by reference: the callee's writes are visible), zero-length
// arrays, bubble sort, insertion sort, binary search, the sieve of
// Eratosthenes, matrix multiplication on a 1-D array, prefix sums, reversal
// in place, foreach over arrays, and a length computed at run time.
// exit: 68
using System;

class Program
{
    static void BubbleSort(int[] a)
    {
        for (int i = 0; i < a.Length - 1; i++)
            for (int j = 0; j < a.Length - 1 - i; j++)
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    }

    static void InsertionSort(double[] a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            double v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static int BinarySearch(int[] a, int key)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (a[mid] == key) return mid;
            if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
        }
        return -(lo + 1);
    }

    static int CountPrimes(int limit)
    {
        bool[] composite = new bool[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++)
        {
            if (composite[i]) continue;
            count++;
            for (long j = (long)i * i; j <= limit; j += i) composite[j] = true;
        }
        return count;
    }

    static double[] MatMul(double[] a, double[] b, int n)
    {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double s = 0;
                for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
                c[i * n + j] = s;
            }
        return c;
    }

    static void Reverse(char[] a)
    {
        for (int i = 0, j = a.Length - 1; i < j; i++, j--) { char t = a[i]; a[i] = a[j]; a[j] = t; }
    }

    static long Sum(long[] a)
    {
        long s = 0;
        foreach (long v in a) s += v;
        return s;
    }

    static int[] Range(int n)
    {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

    static int Main(string[] args)
    {
        // every element type, zero-initialized, then written and read back
        sbyte[] sb = new sbyte[3]; byte[] b = new byte[3]; short[] s = new short[3]; ushort[] us = new ushort[3];
        int[] i4 = new int[3]; uint[] u4 = new uint[3]; long[] i8 = new long[3]; ulong[] u8 = new ulong[3];
        float[] f = new float[3]; double[] d = new double[3]; char[] c = new char[3]; bool[] bo = new bool[3];
        Console.WriteLine(sb[2] + b[2] + s[2] + us[2] + i4[2] + u4[2] + i8[2] + (long)u8[2] + f[2] + d[2] + c[2]);
        Console.WriteLine(bo[1]);
        for (int k = 0; k < 3; k++)
        {
            sb[k] = (sbyte)(-100 * k); b[k] = (byte)(100 * k); s[k] = (short)(-20000 * k); us[k] = (ushort)(30000 * k);
            i4[k] = -2000000000 * k; u4[k] = 3000000000u * (uint)k; i8[k] = -5000000000000000000L * k; u8[k] = 9000000000000000000UL * (ulong)k;
            f[k] = 1.5f * k; d[k] = -2.25 * k; c[k] = (char)('x' + k); bo[k] = k == 1;
        }
        for (int k = 0; k < 3; k++)
        {
            Console.Write(sb[k]); Console.Write(" "); Console.Write(b[k]); Console.Write(" ");
            Console.Write(s[k]); Console.Write(" "); Console.Write(us[k]); Console.Write(" ");
            Console.Write(i4[k]); Console.Write(" "); Console.Write(u4[k]); Console.Write(" ");
            Console.Write(i8[k]); Console.Write(" "); Console.Write(u8[k]); Console.Write(" ");
            Console.Write(f[k]); Console.Write(" "); Console.Write(d[k]); Console.Write(" ");
            Console.Write(c[k]); Console.Write(" "); Console.WriteLine(bo[k]);
        }
        Console.WriteLine(sb.Length + b.Length + s.Length + us.Length + i4.Length + u4.Length + i8.Length + u8.Length + f.Length + d.Length + c.Length + bo.Length);

        // compound assignment and increments on elements
        i4[0] += 5; i4[0] *= 3; i4[0]++; ++i4[0]; i4[0] -= 2; i4[0] <<= 2;
        Console.WriteLine(i4[0]);
        int pos = 0;
        i4[pos++] += 10;
        Console.WriteLine(pos);
        Console.WriteLine(i4[0]);
        int old = i4[1]--;
        Console.WriteLine(old - i4[1]);
        d[1] /= 3; f[2] *= f[2]; c[0]++; b[2] += 200; u8[1] >>= 3;
        Console.WriteLine(d[1]); Console.WriteLine(f[2]); Console.WriteLine(c[0]); Console.WriteLine(b[2]); Console.WriteLine(u8[1]);

        // sorting and searching
        int n = 40 + args.Length;
        int[] data = new int[n];
        uint seed = 12345;
        for (int k = 0; k < n; k++) { seed = seed * 1103515245 + 12345; data[k] = (int)(seed >> 16) % 1000 - 500; }
        BubbleSort(data);
        for (int k = 0; k < n; k++) { Console.Write(data[k]); Console.Write(k % 20 == 19 ? "\n" : " "); }
        bool sorted = true;
        for (int k = 1; k < n; k++) if (data[k - 1] > data[k]) sorted = false;
        Console.WriteLine(sorted);
        Console.WriteLine(BinarySearch(data, data[17]) >= 0);
        Console.WriteLine(BinarySearch(data, 10000));
        Console.WriteLine(BinarySearch(data, -10000));

        double[] ds = new double[12];
        for (int k = 0; k < ds.Length; k++) ds[k] = ((k * 7) % 12) * 0.5 - 2.0;
        InsertionSort(ds);
        for (int k = 0; k < ds.Length; k++) { Console.Write(ds[k]); Console.Write(" "); }
        Console.WriteLine();

        Console.WriteLine(CountPrimes(100));
        Console.WriteLine(CountPrimes(100000));

        int m = 4;
        double[] ma = new double[m * m], mb = new double[m * m];
        for (int k = 0; k < m * m; k++) { ma[k] = k + 1; mb[k] = (k % 3) - 1; }
        double[] mc = MatMul(ma, mb, m);
        for (int r = 0; r < m; r++)
        {
            for (int col = 0; col < m; col++) { Console.Write(mc[r * m + col]); Console.Write(" "); }
            Console.WriteLine();
        }
        double[] id = new double[9];
        id[0] = id[4] = id[8] = 1;
        double[] same = MatMul(MatMul(id, id, 3), id, 3);
        Console.WriteLine(same[0] + same[4] + same[8] - same[1]);

        char[] word = new char[5];
        word[0] = 'h'; word[1] = 'e'; word[2] = 'l'; word[3] = 'l'; word[4] = 'o';
        Reverse(word);
        foreach (char ch in word) Console.Write(ch);
        Console.WriteLine();

        long[] prefix = new long[30];
        prefix[0] = 1;
        for (int k = 1; k < prefix.Length; k++) prefix[k] = prefix[k - 1] * 3 + k;
        Console.WriteLine(Sum(prefix));
        Console.WriteLine(prefix[prefix.Length - 1]);

        int[] empty = new int[0];
        Console.WriteLine(empty.Length);
        foreach (int v in empty) Console.WriteLine("never");
        int[] r10 = Range(10);
        int total = 0;
        foreach (int v in r10) total += v * v;
        Console.WriteLine(total);
        int[] alias = r10;
        alias[3] = 1000;
        Console.WriteLine(r10[3]);
        return CountPrimes(1000) % 100;  // wasmtime passes only exit statuses below 126
    }
}
