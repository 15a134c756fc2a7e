// ToString(format) of numbers: "D5", "X", "x8", "N0", "N2", "F2", "E",
// "G" on int, long, short, sbyte, byte, ushort, uint, ulong (negative values
// in hex are the type's two's complement); double "F0"/"F2"/"F9"/"N0"/"N2"/
// "E3"/"e"/"R"/"G": 15-digit rounding first (2.675 → 2.68), huge and tiny
// values, zeros, NaN and infinities, results rounding to zero losing their sign;
// float with 7 digits (9 for "E8" and for "R" when 7 do not read back).
// exit: 46
using System;

class Program
{
    static void Ints(int x)
    {
        Console.WriteLine(x.ToString("D5") + " | " + x.ToString("X") + " | " + x.ToString("x8") + " | " + x.ToString("N0")
            + " | " + x.ToString("N2") + " | " + x.ToString("F2") + " | " + x.ToString("G") + " | " + x.ToString("D") + " | " + x.ToString("E3") + " | " + x.ToString(""));
    }

    static void Doubles(double d)
    {
        Console.WriteLine(d.ToString("F2") + " | " + d.ToString("F9") + " | " + d.ToString("N2") + " | " + d.ToString("E3") + " | " + d.ToString("R")
            + " | " + d.ToString("F0") + " | " + d.ToString("e") + " | " + d.ToString("N0") + " | " + d.ToString("G") + " | " + d.ToString("f"));
    }

    static int Main()
    {
        int[] xs = { 0, 5, -5, 255, -255, 999, 1000, -1000, 1234567, int.MinValue, int.MaxValue };
        foreach (int x in xs)
            Ints(x);
        long[] ls = { 0L, -1L, 1234567890123L, long.MinValue, long.MaxValue };
        foreach (long l in ls)
            Console.WriteLine(l.ToString("X") + " " + l.ToString("x20") + " " + l.ToString("N0") + " " + l.ToString("D22") + " " + l.ToString("F1"));
        short sh = -1;
        sbyte sb = -128;
        byte b = 200;
        ushort us = 65535;
        uint ui = 4000000000;
        ulong ul = ulong.MaxValue;
        Console.WriteLine(sh.ToString("X") + " " + sh.ToString("D3") + " " + sh.ToString("N1"));
        Console.WriteLine(sb.ToString("X") + " " + sb.ToString("x4") + " " + sb.ToString("D4"));
        Console.WriteLine(b.ToString("x") + " " + b.ToString("X4") + " " + b.ToString("D5") + " " + b.ToString("N2"));
        Console.WriteLine(us.ToString("X") + " " + us.ToString("N0"));
        Console.WriteLine(ui.ToString("X") + " " + ui.ToString("N0") + " " + ui.ToString("D12"));
        Console.WriteLine(ul.ToString("X") + " " + ul.ToString("N0") + " " + ul.ToString("E2") + " " + ul.ToString("F0"));

        double[] ds = { 0.1, 1.0 / 3, 2.5, 0.125, 1234567.891, -0.005, -0.001, 1e20, 123456789012345678.0, 0.0, -0.0, 1.005, 2.675,
            1e-7, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.1 + 0.2, 5e-324, 1.7976931348623157E+308,
            -1234.5, 999.995, 9.9999999999999999, 0.5, 1.5, -2.5, 3.14159265358979, 100, 1e15, 1e16, 123.456e-20 };
        foreach (double d in ds)
            Doubles(d);
        float[] fs = { 0.1f, 1f / 3, 2.5f, 16777217f, 1234567.891f, -0.005f, 1e20f, 0f, 3.14159265f, float.NaN, 1e-7f, 0.3f,
            float.MaxValue, float.Epsilon, 123.456f, float.NegativeInfinity };
        foreach (float f in fs)
            Console.WriteLine(f.ToString("F2") + " | " + f.ToString("F9") + " | " + f.ToString("N2") + " | " + f.ToString("E3") + " | " + f.ToString("R")
                + " | " + f.ToString("E8") + " | " + f.ToString("G") + " | " + f.ToString("e6"));
        double third = 1.0 / 3;
        Console.WriteLine(third.ToString("F17") + " " + third.ToString("E20") + " " + third.ToString("N5"));
        int total = 0;
        foreach (double d in ds)
            total += d.ToString("R").Length;
        Console.WriteLine(total);
        return total % 100;
    }
}
