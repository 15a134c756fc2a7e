// Static methods and calls: recursion (fib, ackermann, hanoi, gcd), mutual
// recursion, many parameters of mixed types, void methods, calls nested in
// arguments, return values of every primitive type.
// exit: 45
using System;

class Program
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static long FibLong(int n)
    {
        if (n < 2) return n;
        return FibLong(n - 1) + FibLong(n - 2);
    }

    static double FibDouble(double n) { return n < 2.0 ? n : FibDouble(n - 1.0) + FibDouble(n - 2.0); }

    static int Ackermann(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }

    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }

    static int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }

    static long Hanoi(int n, int from, int to, int via)
    {
        if (n == 0) return 0;
        return Hanoi(n - 1, from, via, to) + 1 + Hanoi(n - 1, via, to, from);
    }

    static long Factorial(int n) { return n <= 1 ? 1L : n * Factorial(n - 1); }

    // Parameters of every kind, in an order that mixes i32, i64, f32 and f64.
    static double Mix(int a, long b, float c, double d, byte e, short f, char g, bool h,
                      sbyte i, ushort j, uint k, ulong l)
    {
        double r = a;
        r = r * 10 + b;
        r = r * 10 + c;
        r = r * 10 + d;
        r = r * 10 + e;
        r = r * 10 + f;
        r = r * 10 + g;
        r = r * 10 + (h ? 1 : 0);
        r = r * 10 + i;
        r = r * 10 + j;
        r = r * 10 + k;
        r = r * 10 + l;
        return r;
    }

    static int Sum10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j)
    {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
    }

    static long SumLongs(long a, long b, long c, long d, long e, long f)
    {
        return a - b + c - d + e - f;
    }

    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }

    static void Say(string what, int n)
    {
        Console.Write(what);
        Console.Write(": ");
        Console.WriteLine(n);
    }

    static void SayLong(string what, long n)
    {
        Console.Write(what);
        Console.Write(": ");
        Console.WriteLine(n);
    }

    static byte RetByte(int x) { return (byte)x; }
    static sbyte RetSByte(int x) { return (sbyte)x; }
    static short RetShort(int x) { return (short)x; }
    static ushort RetUShort(int x) { return (ushort)x; }
    static char RetChar(int x) { return (char)x; }
    static bool RetBool(int x) { return x != 0; }
    static uint RetUInt(int x) { return (uint)x; }
    static ulong RetULong(long x) { return (ulong)x; }
    static float RetFloat(int x) { return x / 4f; }

    static int Twice(int x) { return 2 * x; }
    static int Inc(int x) { return x + 1; }

    static void Nothing() { }

    static int Main()
    {
        for (int i = 0; i <= 25; i += 5) Say("fib(" + i.ToString() + ")", Fib(i));
        SayLong("fibLong(30)", FibLong(30));
        Console.WriteLine(FibDouble(20.0));
        for (int m = 0; m <= 3; m++)
            for (int n = 0; n <= 4; n++)
                Say("ack(" + m.ToString() + "," + n.ToString() + ")", Ackermann(m, n));
        Say("ack(2,300)", Ackermann(2, 300));
        Console.WriteLine(IsEven(1000));
        Console.WriteLine(IsOdd(1000));
        Console.WriteLine(IsOdd(777));
        Say("gcd(1071,462)", Gcd(1071, 462));
        Say("gcd(-48,18)", Gcd(-48, 18));
        SayLong("hanoi(20)", Hanoi(20, 1, 3, 2));
        for (int i = 0; i <= 20; i += 4) SayLong("fact(" + i.ToString() + ")", Factorial(i));
        Console.WriteLine(Mix(1, 2L, 3.5f, 4.25, 5, 6, '\u0007', true, -9, 10, 11u, 12UL));
        Console.WriteLine(Mix(-1, -2L, -3.5f, -4.25, 255, -32768, '\uffff', false, -128, 65535, 4294967295u, 18446744073709551615UL));
        Say("sum10", Sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Say("sum10 nested", Sum10(Twice(1), Inc(2), Twice(Inc(3)), 4, Sum10(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 6, 7, 8, 9, Inc(Inc(Inc(0)))));
        SayLong("sumLongs", SumLongs(9223372036854775807L, 1, -9223372036854775807L, -2, 5000000000L, 3));
        Say("depth(5000)", Depth(5000));
        Say("retByte(300)", RetByte(300));
        Say("retSByte(200)", RetSByte(200));
        Say("retShort(40000)", RetShort(40000));
        Say("retUShort(-1)", RetUShort(-1));
        Console.WriteLine(RetChar(65));
        Console.WriteLine(RetBool(7));
        Console.WriteLine(RetUInt(-2));
        Console.WriteLine(RetULong(-3L));
        Console.WriteLine(RetFloat(7));
        Nothing();
        int r = Twice(Inc(Twice(Inc(Twice(Inc(Twice(1)))))));
        Say("chain", r);
        return Fib(9) + Ackermann(1, 6) + Gcd(24, 16) - 3 * Depth(2) + (IsEven(10) ? 1 : 0);
    }
}
