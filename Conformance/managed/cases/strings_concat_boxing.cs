// String concatenation with non-string operands: mcs compiles "a" + i as
// String.Concat(object, object) with the value boxed, so this needs boxing
// and virtual ToString() on boxed primitives (a later part of the compiler).
// Covers int, long, uint, ulong, short, byte, sbyte, ushort, char, bool,
// float, double (boxed double ToString is the same 15-digit format), mixed
// chains, a value on either side of the string, and compound += with values.
using System;

class Program
{
    static int Main()
    {
        int i = -42;
        long l = 1L << 40;
        uint u = 4000000000;
        ulong ul = ulong.MaxValue;
        short s = -300;
        byte b = 200;
        sbyte sb = -100;
        ushort us = 60000;
        char c = 'é';
        bool t = true;
        float f = 0.1f;
        double d = 0.1 + 0.2;
        Console.WriteLine("int " + i);
        Console.WriteLine("long " + l);
        Console.WriteLine("uint " + u);
        Console.WriteLine("ulong " + ul);
        Console.WriteLine("short " + s);
        Console.WriteLine("byte " + b);
        Console.WriteLine("sbyte " + sb);
        Console.WriteLine("ushort " + us);
        Console.WriteLine("char " + c);
        Console.WriteLine("bool " + t);
        Console.WriteLine("float " + f);
        Console.WriteLine("double " + d);
        Console.WriteLine(i + " first");
        Console.WriteLine(i + l + " sum first, then text " + i + l);
        Console.WriteLine("nan " + (d / 0.0 - d / 0.0) + " inf " + (1.0 / 0.0) + " negzero " + (-0.0));
        Console.WriteLine("a" + 1 + 'b' + 2L + true + 3.5 + 4.5f + "c");
        string acc = "";
        for (int k = 0; k < 5; k++) acc += k;
        acc += '!';
        acc += 1.5;
        Console.WriteLine(acc);
        Console.WriteLine(string.Concat("x", 7, "y"));
        return 0;
    }
}
