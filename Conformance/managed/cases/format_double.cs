// Console.WriteLine(double) and (float), i.e. mono's double.ToString() and
// float.ToString() with the invariant culture: 15 (double) and 7 (float)
// significant digits, round-half-even or not at the last digit, "E+15" style
// exponents from 1e15 up and below 1e-5, -0 printed as "0", NaN, Infinity,
// -Infinity, the extreme values and denormals, integers that are exactly
// representable and those that are not, and ToString() called directly.
using System;

class Program
{
    static double D(double x) { return x; }
    static float F(float x) { return x; }

    static void Both(double d)
    {
        Console.Write(d);
        Console.Write("  ");
        Console.Write(-d);
        Console.Write("  ");
        Console.WriteLine(d.ToString());
    }

    static int Main()
    {
        Both(D(0.1) + D(0.2));
        Both(D(1e15));
        Both(D(1e14));
        Both(D(999999999999999.0));
        Both(D(9999999999999999.0));
        Both(D(123456789012345.0));
        Both(D(1234567890123456.0));
        Both(D(1e16));
        Both(D(1e21));
        Both(D(1e-5));
        Both(D(1e-4));
        Both(D(0.0001234));
        Both(D(0.00001234));
        Both(D(123456789.123));
        Both(D(-0.0));
        Both(D(0.0));
        Both(D(double.NaN));
        Both(D(double.PositiveInfinity));
        Both(D(double.MaxValue));
        Both(D(double.MinValue));
        Both(D(double.Epsilon));
        Both(D(2.2250738585072014e-308));
        Both(D(1.0) / D(3.0));
        Both(D(2.0) / D(3.0));
        Both(D(100.0));
        Both(D(1.5));
        Both(D(2.5));
        Both(D(0.5));
        Both(D(1e100));
        Both(D(1.7976931348623157e308) / D(10.0));
        Both(D(3.14159265358979323846));
        Both(D(2.718281828459045));
        Both(D(0.125));
        Both(D(1.0000000000000002));
        Both(D(0.30000000000000004));
        Both(D(4.35));
        Both(D(0.1) * D(3.0));
        Both(D(9007199254740993.0));
        Both(D(12345.678));
        Both(D(1.23456789012345678e-10));
        Both(D(5e-324));
        Both(D(123.0000000000001));
        Both(D(1.0000000000000005));
        Both(D(99.99999999999999));
        Both(D(0.9999999999999999));
        Both(D(1e15) + D(0.3));
        Both(D(1e-7));
        Both(D(42.0));

        // sums that print differently from their literals
        double acc = 0.0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        Both(acc);
        acc = 1.0;
        for (int i = 0; i < 20; i++) acc *= 1.1;
        Both(acc);
        acc = 1e-300;
        for (int i = 0; i < 10; i++) acc /= 1e3;
        Both(acc);

        float[] fs = new float[24];
        fs[0] = 0.1f; fs[1] = 1f / 3f; fs[2] = 1e7f; fs[3] = 1e6f; fs[4] = 9999999f; fs[5] = 16777217f;
        fs[6] = float.MaxValue; fs[7] = -0f; fs[8] = float.NaN; fs[9] = float.PositiveInfinity;
        fs[10] = float.NegativeInfinity; fs[11] = float.Epsilon; fs[12] = 3.14159265f; fs[13] = 1e-5f;
        fs[14] = 1e-4f; fs[15] = 123456.7f; fs[16] = 0.5f; fs[17] = 2.5f; fs[18] = 100f; fs[19] = 1.17549435e-38f;
        fs[20] = 0.3f; fs[21] = 12345678f; fs[22] = 1.0000001f; fs[23] = 65504f;
        for (int i = 0; i < fs.Length; i++)
        {
            float f = F(fs[i]);
            Console.Write(f);
            Console.Write("  ");
            Console.Write(f.ToString());
            Console.Write("  ");
            Console.WriteLine((double)f);
        }
        return 0;
    }
}
