// Arithmetic exceptions raised by the runtime and caught, with their Message:
// DivideByZeroException from int, long, uint and ulong / and %, OverflowException from
// int.MinValue / -1 and long.MinValue / -1, checked + - * on int, long, uint, ulong,
// checked negation, checked conversions (long -> int, int -> byte, negative -> uint,
// double -> int, ulong -> long), and catching them as ArithmeticException.
// exit: 0
using System;

class Program
{
    static int I(int x) { return x; }
    static long L(long x) { return x; }
    static uint U(uint x) { return x; }
    static ulong UL(ulong x) { return x; }
    static double D(double x) { return x; }

    static string Run(int which)
    {
        try
        {
            switch (which)
            {
                case 0: return (I(7) / I(0)).ToString();
                case 1: return (I(7) % I(0)).ToString();
                case 2: return (L(7) / L(0)).ToString();
                case 3: return (L(7) % L(0)).ToString();
                case 4: return (U(7) / U(0)).ToString();
                case 5: return (UL(7) % UL(0)).ToString();
                case 6: return (I(int.MinValue) / I(-1)).ToString();
                case 7: return (L(long.MinValue) / L(-1)).ToString();
                case 8: return checked(I(int.MaxValue) + I(1)).ToString();
                case 9: return checked(I(int.MinValue) - I(1)).ToString();
                case 10: return checked(I(65536) * I(65536)).ToString();
                case 11: return checked(L(long.MaxValue) + L(1)).ToString();
                case 12: return checked(L(1L << 32) * L(1L << 31)).ToString();
                case 13: return checked(U(1) - U(2)).ToString();
                case 14: return checked(UL(ulong.MaxValue) + UL(1)).ToString();
                case 15: return checked(-I(int.MinValue)).ToString();
                case 16: return checked((int)L(1L << 31)).ToString();
                case 17: return checked((byte)I(256)).ToString();
                case 18: return checked((uint)I(-1)).ToString();
                case 19: return checked((int)D(3e9)).ToString();
                case 20: return checked((long)UL(ulong.MaxValue)).ToString();
                case 21: return checked((short)D(-32769.5)).ToString();
                case 22: return checked((int)D(2147483647.5)).ToString();
                case 23: return (I(-7) / I(2)).ToString() + " " + (I(-7) % I(2)).ToString();
                case 24: return checked(I(int.MaxValue - 1) + I(1)).ToString();
                default: return "none";
            }
        }
        catch (DivideByZeroException e)
        {
            return "DivideByZeroException: " + e.Message;
        }
        catch (OverflowException e)
        {
            return "OverflowException: " + e.Message;
        }
    }

    static int AsArithmetic(int a, int b)
    {
        try
        {
            return checked(a * b) / (a - b);
        }
        catch (ArithmeticException e)
        {
            Console.WriteLine("  arithmetic (" + a.ToString() + "," + b.ToString() + "): " + (e is OverflowException ? "overflow" : "divide"));
            return 0;
        }
    }

    static int Main()
    {
        for (int i = 0; i <= 25; i++)
            Console.WriteLine(i.ToString() + " " + Run(i));
        int s = AsArithmetic(6, 3) + AsArithmetic(5, 5) + AsArithmetic(100000, 100000) + AsArithmetic(-4, 4);
        Console.WriteLine("sum " + s.ToString());
        return 0;
    }
}
