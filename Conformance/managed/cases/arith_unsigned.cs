// uint and ulong arithmetic: unsigned division and remainder (div.un,
// rem.un) with dividends and divisors above 2^31 / 2^63, unsigned comparisons
// (clt.un, cgt.un and the unsigned branches), wraparound of +, -, *, and
// mixing with signed values through explicit casts.
using System;

class Program
{
    static uint U(uint x) { return x; }
    static ulong UL(ulong x) { return x; }

    static void Row(uint a, uint b)
    {
        Console.Write(a); Console.Write(" ");
        Console.Write(b); Console.Write(": ");
        Console.Write(a + b); Console.Write(" ");
        Console.Write(a - b); Console.Write(" ");
        Console.Write(a * b); Console.Write(" ");
        Console.Write(a / b); Console.Write(" ");
        Console.Write(a % b); Console.Write(" ");
        Console.Write(a < b); Console.Write(" ");
        Console.Write(a <= b); Console.Write(" ");
        Console.Write(a > b); Console.Write(" ");
        Console.Write(a >= b); Console.Write(" ");
        Console.WriteLine(a == b);
    }

    static void RowL(ulong a, ulong b)
    {
        Console.Write(a); Console.Write(" ");
        Console.Write(b); Console.Write(": ");
        Console.Write(a + b); Console.Write(" ");
        Console.Write(a - b); Console.Write(" ");
        Console.Write(a * b); Console.Write(" ");
        Console.Write(a / b); Console.Write(" ");
        Console.Write(a % b); Console.Write(" ");
        Console.Write(a < b); Console.Write(" ");
        Console.Write(a <= b); Console.Write(" ");
        Console.Write(a > b); Console.Write(" ");
        Console.Write(a >= b); Console.Write(" ");
        Console.WriteLine(a != b);
    }

    // Branches on unsigned comparisons (blt.un, bgt.un, ...), not just the comparison values.
    static int Classify(uint a, uint b)
    {
        if (a < b) return -1;
        if (a > b) return 1;
        return 0;
    }

    static int ClassifyL(ulong a, ulong b)
    {
        if (a <= b)
        {
            if (a >= b) return 0;
            return -1;
        }
        return 1;
    }

    static int Main()
    {
        uint[] us = new uint[8];
        us[0] = 1; us[1] = 3; us[2] = 7; us[3] = 0x7FFFFFFF; us[4] = 0x80000000; us[5] = 0x80000001;
        us[6] = 0xFFFFFFFE; us[7] = 0xFFFFFFFF;
        for (int i = 0; i < us.Length; i++)
            for (int j = 0; j < us.Length; j++)
                Row(us[i], us[j]);

        ulong[] ls = new ulong[8];
        ls[0] = 1; ls[1] = 3; ls[2] = 10; ls[3] = 0x7FFFFFFFFFFFFFFF; ls[4] = 0x8000000000000000;
        ls[5] = 0x8000000000000001; ls[6] = 0xFFFFFFFFFFFFFFFE; ls[7] = 0xFFFFFFFFFFFFFFFF;
        for (int i = 0; i < ls.Length; i++)
            for (int j = 0; j < ls.Length; j++)
                RowL(ls[i], ls[j]);

        int cls = 0;
        for (int i = 0; i < us.Length; i++)
            for (int j = 0; j < us.Length; j++)
                cls = cls * 3 + Classify(us[i], us[j]) + 1 + 7 * ClassifyL(ls[i], ls[j]);
        Console.WriteLine(cls);

        uint x = U(0);
        x--;
        Console.WriteLine(x);
        x++;
        Console.WriteLine(x);
        ulong y = UL(0);
        y -= 1;
        Console.WriteLine(y);
        Console.WriteLine(y / 10);
        Console.WriteLine(y % 10);
        Console.WriteLine(y / 0xFFFFFFFFUL);
        Console.WriteLine(y % 0x100000000UL);
        Console.WriteLine(U(4000000000) / U(3));
        Console.WriteLine(U(4000000000) % U(7));
        Console.WriteLine(-(long)U(4000000000));
        Console.WriteLine((int)U(4000000000));
        int minus5 = -5;
        Console.WriteLine((uint)minus5);
        Console.WriteLine((long)UL(18000000000000000000));
        long minus7 = -7;
        Console.WriteLine((ulong)minus7);

        // digit sums of large unsigned values, by repeated div/rem
        ulong v = UL(18446744073709551557);
        int digits = 0;
        while (v != 0) { digits += (int)(v % 10); v /= 10; }
        Console.WriteLine(digits);

        // unsigned loop counting down to zero without going negative
        uint count = 0;
        for (uint i = U(10); i > 0; i--) count += i;
        Console.WriteLine(count);
        return 0;
    }
}
