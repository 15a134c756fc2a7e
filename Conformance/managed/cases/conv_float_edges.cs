// Unchecked float → integer conversions of NaN, infinities and out-of-range values, which
// ECMA-335 leaves unspecified: the results must be mono's (x86-64 truncation semantics).
using System;

class Program
{
    static double D(double x) { return x; }
    static float F(float x) { return x; }

    static int Main()
    {
        double[] values = { 1.5, -1.5, 0.0, -0.0, 3e9, -3e9, 1e20, -1e20, double.NaN, double.PositiveInfinity,
                            double.NegativeInfinity, 4294967295.0, 4294967296.5, 2147483647.5, -2147483648.9,
                            9.3e18, -9.3e18, 65535.9, -32769.2, 255.9, 256.1, -129.5 };
        foreach (double v in values)
        {
            Console.WriteLine((int)D(v) + " " + (long)D(v) + " " + (uint)D(v) + " " + (short)D(v) + " "
                + (ushort)D(v) + " " + (byte)D(v) + " " + (sbyte)D(v) + " " + (char)D(v) % 1000 + " "
                + (int)F((float)v) + " " + (long)F((float)v) + " " + (uint)F((float)v));
        }
        return 0;
    }
}
