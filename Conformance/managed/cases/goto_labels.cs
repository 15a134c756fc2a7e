// goto: forward and backward jumps, loops built from labels only, leaving
// two and three nested loops at once through a label (C#'s labeled break),
// continuing an outer loop from an inner one, a small state machine driven
// by gotos, and goto inside switch sections next to goto case.
// exit: 19
using System;

class Program
{
    // Find the first (i, j, k) with i*i + j*j == k*k, leaving all three loops with goto.
    static int FirstTriple(int limit)
    {
        int result = -1;
        for (int i = 1; i < limit; i++)
            for (int j = i; j < limit; j++)
                for (int k = j; k < limit; k++)
                    if (i * i + j * j == k * k && i > 4)
                    {
                        result = i * 10000 + j * 100 + k;
                        goto found;
                    }
        return result;
    found:
        return result + 1000000;
    }

    // continue the outer loop from inside the inner loop
    static int RowsWithoutZero(int[] grid, int width)
    {
        int rows = 0;
        for (int r = 0; r < grid.Length / width; r++)
        {
            for (int c = 0; c < width; c++)
                if (grid[r * width + c] == 0) goto nextRow;
            rows++;
        nextRow:;
        }
        return rows;
    }

    // a loop written with labels only
    static long SumTo(int n)
    {
        long sum = 0;
        int i = 0;
    top:
        if (i > n) goto done;
        sum += i;
        i++;
        goto top;
    done:
        return sum;
    }

    // a state machine: counts words and digits in a string
    static int Scan(string s, out int digits)
    {
        int i = 0, words = 0;
        digits = 0;
    outside:
        if (i >= s.Length) goto end;
        if (s[i] == ' ') { i++; goto outside; }
        words++;
    inside:
        if (s[i] >= '0' && s[i] <= '9') digits++;
        i++;
        if (i >= s.Length) goto end;
        if (s[i] == ' ') goto outside;
        goto inside;
    end:
        return words;
    }

    static string Classify(int x)
    {
        string r = "";
        switch (x % 4)
        {
            case 0:
                r = r + "zero";
                goto case 2;
            case 1:
                r = r + "one";
                if (x > 10) goto big;
                break;
            case 2:
                r = r + "two";
                break;
            default:
                r = r + "three";
                goto default_tail;
        }
        return r;
    big:
        return r + "-big";
    default_tail:
        return r + "-tail";
    }

    static int Main()
    {
        Console.WriteLine(FirstTriple(30));
        Console.WriteLine(FirstTriple(5));
        int[] grid = new int[24];
        for (int i = 0; i < grid.Length; i++) grid[i] = (i * 7 + 3) % 5;
        Console.WriteLine(RowsWithoutZero(grid, 4));
        Console.WriteLine(RowsWithoutZero(grid, 6));
        Console.WriteLine(SumTo(100000));
        int digits;
        int words = Scan("  hello 42 worlds 7up  x9  ", out digits);
        Console.WriteLine(words);
        Console.WriteLine(digits);
        words = Scan("", out digits);
        Console.WriteLine(words + digits);
        for (int i = 8; i < 16; i++) Console.WriteLine(Classify(i));

        // backward goto with a counter, nested in a loop
        int total = 0;
        for (int round = 0; round < 3; round++)
        {
            int n = round + 2;
        again:
            total += n;
            n--;
            if (n > 0) goto again;
        }
        Console.WriteLine(total);
        return total;
    }
}
