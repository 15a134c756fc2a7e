// System.Math: Abs, Max, Min and Sign for every overload type, Sqrt, Pow,
// Exp, Log, Log10, Log(x, base), the trigonometric and hyperbolic
// functions, Atan2 in all four quadrants, Floor, Ceiling, Truncate,
// Round (banker's rounding of .5 cases, Round(x, digits),
// MidpointRounding.AwayFromZero), BigMul, DivRem, the PI and E constants,
// and NaN/infinity arguments. Results print with 15 significant digits,
// which hides last-ulp differences between C libraries in all but rare
// cases. Math.Abs(int.MinValue) and Math.Sign(NaN) throw and are not used.
// exit: 31
using System;

class Program
{
    static double D(double x) { return x; }

    static void Show(string name, double v)
    {
        Console.Write(name);
        Console.Write(" ");
        Console.WriteLine(v);
    }

    static int Main()
    {
        Console.WriteLine(Math.Abs(-5));
        Console.WriteLine(Math.Abs(int.MaxValue));
        Console.WriteLine(Math.Abs(-5000000000L));
        Console.WriteLine(Math.Abs((short)-300));
        Console.WriteLine(Math.Abs((sbyte)-100));
        Console.WriteLine(Math.Abs(-2.5));
        Console.WriteLine(Math.Abs(-0.5f));
        Console.WriteLine(Math.Abs(D(double.NegativeInfinity)));
        Console.WriteLine(Math.Max(3, -7));
        Console.WriteLine(Math.Min(3, -7));
        Console.WriteLine(Math.Max(3u, 4000000000u));
        Console.WriteLine(Math.Min(-1L, long.MinValue));
        Console.WriteLine(Math.Max(ulong.MaxValue, 1UL));
        Console.WriteLine(Math.Max((byte)7, (byte)200));
        Console.WriteLine(Math.Min((ushort)7, (ushort)200));
        Console.WriteLine(Math.Max(1.5, -2.5));
        Console.WriteLine(Math.Min(1.5f, -2.5f));
        Console.WriteLine(Math.Max(D(double.NaN), 1.0));
        Console.WriteLine(Math.Min(1.0, D(double.NaN)));
        Console.WriteLine(Math.Sign(-12));
        Console.WriteLine(Math.Sign(0L));
        Console.WriteLine(Math.Sign(3.5));
        Console.WriteLine(Math.Sign(-0.0));
        Console.WriteLine(Math.Sign(D(double.NegativeInfinity)));

        Show("sqrt2", Math.Sqrt(2));
        Show("sqrt1e10", Math.Sqrt(1e10));
        Show("sqrt-1", Math.Sqrt(D(-1)));
        Show("pow2^10", Math.Pow(2, 10));
        Show("pow2^0.5", Math.Pow(2, 0.5));
        Show("pow10^-3", Math.Pow(10, -3));
        Show("pow-8^(1/3)", Math.Pow(-8, 1.0 / 3));
        Show("pow-2^3", Math.Pow(-2, 3));
        Show("pow0^0", Math.Pow(0, 0));
        Show("pow1.0001^10000", Math.Pow(1.0001, 10000));
        Show("exp1", Math.Exp(1));
        Show("exp-745", Math.Exp(-745));
        Show("exp710", Math.Exp(710));
        Show("log10", Math.Log(10));
        Show("log0", Math.Log(D(0)));
        Show("log-1", Math.Log(D(-1)));
        Show("log10_1000", Math.Log10(1000));
        Show("log10_2", Math.Log10(2));
        Show("log2_1024", Math.Log(1024, 2));
        Show("sin1", Math.Sin(1));
        Show("cos1", Math.Cos(1));
        Show("tan1", Math.Tan(1));
        Show("sinpi6", Math.Sin(Math.PI / 6));
        Show("cospi3", Math.Cos(Math.PI / 3));
        Show("asin0.5", Math.Asin(0.5));
        Show("acos0.5", Math.Acos(0.5));
        Show("atan1", Math.Atan(1));
        Show("atan2(1,1)", Math.Atan2(1, 1));
        Show("atan2(1,-1)", Math.Atan2(1, -1));
        Show("atan2(-1,-1)", Math.Atan2(-1, -1));
        Show("atan2(-1,1)", Math.Atan2(-1, 1));
        Show("atan2(0,-1)", Math.Atan2(0, -1));
        Show("sinh1", Math.Sinh(1));
        Show("cosh1", Math.Cosh(1));
        Show("tanh0.5", Math.Tanh(0.5));
        Show("pi", Math.PI);
        Show("e", Math.E);

        double[] vs = new double[10];
        vs[0] = 2.5; vs[1] = 3.5; vs[2] = -2.5; vs[3] = -3.5; vs[4] = 2.4999; vs[5] = -0.5;
        vs[6] = 1e16 + 2; vs[7] = 0.49999999999999994; vs[8] = -7.75; vs[9] = 123.456;
        for (int i = 0; i < vs.Length; i++)
        {
            double v = vs[i];
            Console.Write(v); Console.Write(": ");
            Console.Write(Math.Floor(v)); Console.Write(" ");
            Console.Write(Math.Ceiling(v)); Console.Write(" ");
            Console.Write(Math.Truncate(v)); Console.Write(" ");
            Console.Write(Math.Round(v)); Console.Write(" ");
            Console.Write(Math.Round(v, MidpointRounding.AwayFromZero)); Console.Write(" ");
            Console.WriteLine(Math.Round(v, 1));
        }
        Console.WriteLine(Math.Round(2.345, 2));
        Console.WriteLine(Math.Round(2.355, 2));
        Console.WriteLine(Math.Round(-1.0005, 3));
        Console.WriteLine(Math.Round(1.23456789, 5));
        Console.WriteLine(Math.Round(0.125, 2, MidpointRounding.AwayFromZero));

        Console.WriteLine(Math.BigMul(2000000000, 2000000000));
        Console.WriteLine(Math.BigMul(-2147483648, 2147483647));
        int rem;
        Console.WriteLine(Math.DivRem(-17, 5, out rem));
        Console.WriteLine(rem);
        long lrem;
        Console.WriteLine(Math.DivRem(10000000000L, 7L, out lrem));
        Console.WriteLine(lrem);

        // a Newton iteration and a series, compared with the library
        double x = 1.0;
        for (int i = 0; i < 30; i++) x = x - (x * x - 2) / (2 * x);
        Console.WriteLine(x == Math.Sqrt(2));
        double sum = 0, term = 1;
        for (int n = 1; n < 30; n++) { sum += term; term /= n; }
        Console.WriteLine(Math.Abs(sum - Math.E) < 1e-15);
        return (int)Math.Round(Math.PI * 10);
    }
}
