// int (System.Int32) arithmetic: + - * / % and unary minus with values near
// the limits, C#'s truncating division and remainder with every sign
// combination, wraparound of unchecked +, -, * and negation, comparisons of
// every kind (including int.MinValue/MaxValue), increments and compound
// assignment. int.MinValue / -1 and % -1 throw under mono and are left to
// the exception cases.
using System;

class Program
{
    static void Show(string label, int v)
    {
        Console.Write(label);
        Console.Write(" = ");
        Console.WriteLine(v);
    }

    static void ShowB(string label, bool v)
    {
        Console.Write(label);
        Console.Write(" = ");
        Console.WriteLine(v);
    }

    static int Id(int x) { return x; }

    static int Main()
    {
        int max = Id(int.MaxValue), min = Id(int.MinValue), zero = Id(0), one = Id(1), m1 = Id(-1);
        Show("max+1", max + one);
        Show("min-1", min - one);
        Show("max*2", max * 2);
        Show("min*-1", min * m1);
        Show("-min", -min);
        Show("-max", -max);
        Show("max+max", max + max);
        Show("min+min", min + min);
        Show("max*max", max * max);
        Show("46341*46341", Id(46341) * Id(46341));
        Show("65536*65536", Id(65536) * Id(65536));
        Show("-zero", -zero);

        // division and remainder truncate toward zero, the remainder takes the dividend's sign
        int[] xs = new int[8];
        xs[0] = 7; xs[1] = -7; xs[2] = 1; xs[3] = 0; xs[4] = max; xs[5] = min; xs[6] = 100; xs[7] = -100;
        int[] ds = new int[7];
        ds[0] = 2; ds[1] = -2; ds[2] = 3; ds[3] = -3; ds[4] = 1; ds[5] = max; ds[6] = 7;
        for (int i = 0; i < xs.Length; i++)
        {
            for (int j = 0; j < ds.Length; j++)
            {
                int x = xs[i], d = ds[j];
                Console.Write(x);
                Console.Write(" /% ");
                Console.Write(d);
                Console.Write(" -> ");
                Console.Write(x / d);
                Console.Write(" ");
                Console.WriteLine(x % d);
            }
        }
        Show("min/1", min / one);
        Show("min%max", min % max);
        Show("max/min", max / min);
        Show("max%min", max % min);
        Show("min/2", min / Id(2));
        Show("min/-2", min / Id(-2));

        // comparisons, signed
        int[] cs = new int[6];
        cs[0] = min; cs[1] = -1; cs[2] = 0; cs[3] = 1; cs[4] = max; cs[5] = 1;
        int bits = 0;
        for (int i = 0; i < cs.Length; i++)
        {
            for (int j = 0; j < cs.Length; j++)
            {
                int a = cs[i], b = cs[j];
                int r = (a < b ? 1 : 0) | (a <= b ? 2 : 0) | (a > b ? 4 : 0) | (a >= b ? 8 : 0)
                        | (a == b ? 16 : 0) | (a != b ? 32 : 0);
                Console.Write(r);
                Console.Write(j == cs.Length - 1 ? "\n" : " ");
                bits = bits * 3 + r;
            }
        }
        Show("comparison hash", bits);
        ShowB("min < max", min < max);
        ShowB("max > min", max > min);
        ShowB("-1 < 0", m1 < zero);
        ShowB("(min - 1) > 0", (min - one) > zero);

        // increments and compound assignment
        int k = max;
        k++;
        Show("max++", k);
        k--;
        Show("then --", k);
        int p = 5;
        int q = p++ + ++p;
        Show("p++ + ++p", q);
        Show("p", p);
        q = p-- - --p;
        Show("p-- - --p", q);
        int c = 10;
        c += 5; Show("+=5", c);
        c -= 20; Show("-=20", c);
        c *= -7; Show("*=-7", c);
        c /= 4; Show("/=4", c);
        c %= 7; Show("%=7", c);
        c = -c; Show("neg", c);

        // a polynomial, overflowing on purpose (unchecked wraparound)
        int h = 17;
        for (int i = 0; i < 100; i++) h = h * 31 + i * 7 - (h >> 3);
        Show("hash", h);
        long wide = 0;
        for (int i = 1; i <= 1000; i++) wide += i * i;
        Show("sum of squares (as int)", (int)wide);
        return 0;
    }
}
