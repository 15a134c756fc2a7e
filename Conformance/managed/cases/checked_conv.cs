// checked((T)x) conversions (conv.ovf.* and conv.ovf.*.un) between integer
// types and from float/double to integers, with sources exactly at the edge
// of the target's range (which must not throw), fractional doubles just
// inside the range (truncated toward zero), and the unchecked counterparts
// of the same in-range values. Out-of-range cases are in exc_* programs.
using System;

class Program
{
    static int I(int x) { return x; }
    static uint U(uint x) { return x; }
    static long L(long x) { return x; }
    static ulong UL(ulong x) { return x; }
    static double D(double x) { return x; }
    static float F(float x) { return x; }

    static int Main()
    {
        // from int (signed source)
        Console.WriteLine(checked((sbyte)I(-128)));
        Console.WriteLine(checked((sbyte)I(127)));
        Console.WriteLine(checked((byte)I(255)));
        Console.WriteLine(checked((byte)I(0)));
        Console.WriteLine(checked((short)I(-32768)));
        Console.WriteLine(checked((ushort)I(65535)));
        Console.WriteLine((int)checked((char)I(65535)));
        Console.WriteLine(checked((uint)I(int.MaxValue)));
        Console.WriteLine(checked((uint)I(0)));
        Console.WriteLine(checked((ulong)I(int.MaxValue)));
        Console.WriteLine(checked((long)I(int.MinValue)));

        // from uint (unsigned source: conv.ovf.*.un)
        Console.WriteLine(checked((int)U(2147483647)));
        Console.WriteLine(checked((byte)U(255)));
        Console.WriteLine(checked((sbyte)U(127)));
        Console.WriteLine(checked((short)U(32767)));
        Console.WriteLine(checked((ushort)U(65535)));
        Console.WriteLine(checked((long)U(4294967295)));

        // from long
        Console.WriteLine(checked((int)L(-2147483648)));
        Console.WriteLine(checked((int)L(2147483647)));
        Console.WriteLine(checked((uint)L(4294967295)));
        Console.WriteLine(checked((ulong)L(long.MaxValue)));
        Console.WriteLine(checked((ushort)L(65535)));
        Console.WriteLine(checked((sbyte)L(-128)));

        // from ulong
        Console.WriteLine(checked((long)UL(9223372036854775807)));
        Console.WriteLine(checked((uint)UL(4294967295)));
        Console.WriteLine(checked((int)UL(2147483647)));
        Console.WriteLine(checked((byte)UL(255)));

        // small sources
        sbyte sb = -1;
        byte b = 255;
        short s = -32768;
        ushort us = 65535;
        char c = '\uFFFF';
        Console.WriteLine(checked((byte)(sbyte)I(127)));
        Console.WriteLine(checked((sbyte)(b / 2)));
        Console.WriteLine(checked((short)(us / 2)));
        Console.WriteLine(checked((int)sb));
        Console.WriteLine(checked((long)s));
        Console.WriteLine(checked((ushort)c));
        Console.WriteLine(checked((short)(c - 32768)));
        Console.WriteLine((int)checked((char)b));

        // from double: truncation toward zero, in range
        Console.WriteLine(checked((int)D(2147483647.0)));
        Console.WriteLine(checked((int)D(2147483647.99)));
        Console.WriteLine(checked((int)D(-2147483648.0)));
        Console.WriteLine(checked((int)D(-2147483648.99)));
        Console.WriteLine(checked((int)D(-0.99)));
        Console.WriteLine(checked((uint)D(4294967295.5)));
        Console.WriteLine(checked((uint)D(-0.5)));
        Console.WriteLine(checked((long)D(9223372036854774784.0)));
        Console.WriteLine(checked((long)D(-9223372036854775808.0)));
        Console.WriteLine(checked((ulong)D(18446744073709549568.0)));
        Console.WriteLine(checked((ulong)D(9223372036854775808.0)));
        Console.WriteLine(checked((byte)D(255.9)));
        Console.WriteLine(checked((sbyte)D(-128.9)));
        Console.WriteLine(checked((short)D(32767.5)));
        Console.WriteLine(checked((ushort)D(-0.9)));
        Console.WriteLine((int)checked((char)D(65535.25)));

        // from float
        Console.WriteLine(checked((int)F(2147483520f)));
        Console.WriteLine(checked((int)F(-2147483648f)));
        Console.WriteLine(checked((long)F(9.2233715E+18f)));
        Console.WriteLine(checked((ulong)F(1.8446743E+19f)));
        Console.WriteLine(checked((uint)F(4294967040f)));
        Console.WriteLine(checked((byte)F(255.5f)));
        Console.WriteLine(checked((short)F(-32768.75f)));

        // the same in-range values unchecked give the same results
        Console.WriteLine((int)D(-2147483648.99));
        Console.WriteLine((uint)D(4294967295.5));
        Console.WriteLine((ulong)D(18446744073709549568.0));
        Console.WriteLine((long)F(9.2233715E+18f));

        // checked conversion inside a loop: sums that stay in range
        int total = 0;
        for (long v = -128; v <= 127; v++) total += checked((sbyte)v);
        for (double d = 0.5; d < 255.0; d += 1.0) total += checked((byte)d);
        Console.WriteLine(total);
        return 0;
    }
}
