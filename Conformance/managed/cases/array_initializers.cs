// Array initializers: mcs stores three or more constant primitive elements
// as a blob in <PrivateImplementationDetails> and copies it with
// RuntimeHelpers.InitializeArray(array, ldtoken field), which needs field
// RVA data and RuntimeFieldHandle support. Covers every primitive element
// type, mixed constant and computed elements, string and struct arrays
// with initializers, and an initializer in a loop (a fresh array each time).
// exit: 37
using System;

struct P
{
    public int A;
    public double B;
}

class Program
{
    static int Id(int x) { return x; }

    static int Main()
    {
        int[] ints = { 5, -3, 2147483647, -2147483648, 0, 42 };
        long[] longs = new long[] { 1L << 40, -1, 9223372036854775807, 7 };
        double[] doubles = { 0.1, -2.5, 1e300, double.NaN, double.NegativeInfinity };
        float[] floats = { 1.5f, -0.25f, 3.4e38f };
        byte[] bytes = { 0, 127, 128, 255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        sbyte[] sbytes = { -128, -1, 0, 1, 127 };
        short[] shorts = { -32768, 32767, 12345 };
        ushort[] ushorts = { 65535, 0, 1 };
        char[] chars = { 'h', 'é', '中', '\n', 'z' };
        bool[] bools = { true, false, true, true };
        uint[] uints = { 4294967295, 0, 2147483648 };
        ulong[] ulongs = { 18446744073709551615, 0, 1 };
        int[] mixed = { 1, Id(2), 3, Id(4), 5 };
        string[] strings = { "a", "bc", null, "中文" };
        P[] ps = { new P { A = 1, B = 0.5 }, new P { A = 2, B = -1.5 }, new P() };

        foreach (int v in ints) { Console.Write(v); Console.Write(' '); }
        Console.WriteLine();
        foreach (long v in longs) { Console.Write(v); Console.Write(' '); }
        Console.WriteLine();
        foreach (double v in doubles) { Console.Write(v); Console.Write(' '); }
        Console.WriteLine();
        foreach (float v in floats) { Console.Write(v); Console.Write(' '); }
        Console.WriteLine();
        int bsum = 0;
        foreach (byte v in bytes) bsum = bsum * 3 + v;
        Console.WriteLine(bsum);
        foreach (sbyte v in sbytes) { Console.Write(v); Console.Write(' '); }
        Console.WriteLine();
        Console.WriteLine(shorts[0] + shorts[1] + shorts[2]);
        Console.WriteLine(ushorts[0] + ushorts[1] + ushorts[2]);
        foreach (char v in chars) Console.Write(v);
        foreach (bool v in bools) Console.Write(v ? 1 : 0);
        Console.WriteLine();
        Console.WriteLine(uints[0] + uints[2]);
        Console.WriteLine(ulongs[0] - ulongs[2]);
        foreach (int v in mixed) Console.Write(v);
        Console.WriteLine();
        foreach (string s in strings) Console.Write(s == null ? "(null)" : s);
        Console.WriteLine();
        foreach (P p in ps) { Console.Write(p.A); Console.Write(' '); Console.Write(p.B); Console.Write(' '); }
        Console.WriteLine();

        int total = 0;
        for (int round = 0; round < 3; round++)
        {
            int[] fresh = { 10, 20, 30, 40 };
            fresh[round] = -1;
            foreach (int v in fresh) total += v;
        }
        Console.WriteLine(total);
        return total % 200;
    }
}
