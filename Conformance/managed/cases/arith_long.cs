// long (System.Int64) arithmetic near the limits: wraparound of + - * and
// negation, truncating division and remainder with every sign, 64-bit
// constants that do not fit in 32 bits, comparisons and branches on longs,
// mixing int and long operands (implicit conv.i8), long loop counters.
// exit: 50
using System;

class Program
{
    static long Id(long x) { return x; }

    static void Show(string label, long v)
    {
        Console.Write(label);
        Console.Write(" = ");
        Console.WriteLine(v);
    }

    static int Compare(long a, long b)
    {
        if (a < b) return -1;
        if (a == b) return 0;
        return 1;
    }

    static int Main()
    {
        long max = Id(long.MaxValue), min = Id(long.MinValue), one = Id(1), m1 = Id(-1);
        Show("max+1", max + one);
        Show("min-1", min - one);
        Show("max*3", max * 3);
        Show("min*-1", min * m1);
        Show("-min", -min);
        Show("max*max", max * max);
        Show("2^32*2^32", Id(4294967296) * Id(4294967296));
        Show("3037000500^2", Id(3037000500) * Id(3037000500));
        Show("0x123456789ABCDEF0", Id(0x123456789ABCDEF0));
        Show("-0x7EDCBA9876543210", Id(-0x7EDCBA9876543210));

        long[] xs = new long[8];
        xs[0] = 7; xs[1] = -7; xs[2] = 10000000000; xs[3] = -10000000000; xs[4] = max; xs[5] = min;
        xs[6] = 0; xs[7] = 4294967296;
        long[] ds = new long[6];
        ds[0] = 2; ds[1] = -3; ds[2] = 4294967296; ds[3] = -4294967297; ds[4] = max; ds[5] = 1000000007;
        for (int i = 0; i < xs.Length; i++)
        {
            for (int j = 0; j < ds.Length; j++)
            {
                Console.Write(xs[i]); Console.Write(" /% "); Console.Write(ds[j]); Console.Write(" -> ");
                Console.Write(xs[i] / ds[j]); Console.Write(" "); Console.WriteLine(xs[i] % ds[j]);
            }
        }

        int cmp = 0;
        for (int i = 0; i < xs.Length; i++)
            for (int j = 0; j < xs.Length; j++)
            {
                long a = xs[i], b = xs[j];
                cmp = cmp * 5 + Compare(a, b) + 1 + (a <= b ? 1 : 0) + (a >= b ? 2 : 0) - (a != b ? 1 : 0);
            }
        Show("comparison hash", cmp);

        // int operands widened to long before the operation, not after
        int big = 2000000000;
        long widened = (long)big + big;
        long notWidened = big + big;
        Show("(long)big + big", widened);
        Show("big + big", notWidened);
        Show("big * (long)big", big * (long)big);
        int neg = -5;
        Show("neg + 2^40", neg + Id(1099511627776));
        uint ubig = 4000000000u;
        Show("ubig + neg (long)", ubig + neg);

        // long loop counter crossing 2^32
        long sum = 0;
        for (long i = 4294967290; i < 4294967300; i++) sum += i;
        Show("sum across 2^32", sum);

        long f = 1;
        for (int i = 1; i <= 25; i++)
        {
            f *= i;
            Console.Write(f);
            Console.Write(i % 5 == 0 ? "\n" : " ");
        }

        long lcg = 42;
        for (int i = 0; i < 1000; i++) lcg = lcg * 6364136223846793005L + 1442695040888963407L;
        Show("lcg", lcg);
        long c = 100;
        c += 1L << 40; Show("+= 2^40", c);
        c -= 3; Show("-= 3", c);
        c *= -9; Show("*= -9", c);
        c /= 7; Show("/= 7", c);
        c %= 1000003; Show("%= 1000003", c);
        c++; Show("++", c);
        return (int)(lcg & 63);
    }
}
