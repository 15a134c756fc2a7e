// Console.Write and Console.WriteLine overloads for string, bool, char,
// int, uint, long, ulong, float and double (and small types, which mcs
// passes as int), WriteLine() with no argument, Write without a newline
// followed by more output, null and empty strings, char output of non-ASCII
// and control characters, extreme values of every integer type.
using System;

class Program
{
    static string Null() { return null; }

    static int Main()
    {
        Console.WriteLine("string");
        Console.WriteLine("");
        Console.WriteLine();
        Console.WriteLine(Null());
        Console.Write(Null());
        Console.Write("");
        Console.WriteLine("<- nothing before this");
        Console.Write("no newline, ");
        Console.Write("then more; ");
        Console.WriteLine("end");

        Console.WriteLine(true);
        Console.WriteLine(false);
        bool t = Null() == null;
        Console.Write(t);
        Console.Write(' ');
        Console.WriteLine(!t);

        Console.WriteLine('x');
        Console.WriteLine('\u00e9');
        Console.WriteLine('\u4e2d');
        Console.Write('a');
        Console.Write('\t');
        Console.Write('b');
        Console.Write('\n');
        Console.Write('"');
        Console.Write('\\');
        Console.Write('\'');
        Console.WriteLine('\u007f' == (char)127);

        Console.WriteLine(int.MinValue);
        Console.WriteLine(int.MaxValue);
        Console.WriteLine(0);
        Console.WriteLine(-1);
        Console.WriteLine(uint.MaxValue);
        Console.WriteLine(0u);
        Console.WriteLine(long.MinValue);
        Console.WriteLine(long.MaxValue);
        Console.WriteLine(ulong.MaxValue);
        Console.WriteLine(0UL);
        sbyte sb = sbyte.MinValue;
        byte b = byte.MaxValue;
        short s = short.MinValue;
        ushort us = ushort.MaxValue;
        Console.WriteLine(sb);
        Console.WriteLine(b);
        Console.WriteLine(s);
        Console.WriteLine(us);
        Console.Write(sb); Console.Write(b); Console.Write(s); Console.WriteLine(us);

        Console.WriteLine(1.5f);
        Console.WriteLine(-2.25);
        Console.Write(0.1f);
        Console.Write(' ');
        Console.WriteLine(0.1);

        // ToString of each type, then written as a string
        int i = -42;
        long l = -4200000000000;
        uint u = 4000000000;
        ulong ul = 18000000000000000000;
        double d = 6.02214076e23;
        float f = 6.626e-34f;
        bool bo = true;
        char c = 'Z';
        Console.WriteLine(i.ToString());
        Console.WriteLine(l.ToString());
        Console.WriteLine(u.ToString());
        Console.WriteLine(ul.ToString());
        Console.WriteLine(d.ToString());
        Console.WriteLine(f.ToString());
        Console.WriteLine(bo.ToString());
        Console.WriteLine(c.ToString());
        Console.WriteLine(sb.ToString());
        Console.WriteLine(us.ToString());

        // many small writes
        for (int k = 0; k < 200; k++)
        {
            Console.Write(k % 10);
            if (k % 50 == 49) Console.WriteLine();
        }
        Console.Write("last line without newline");
        return 0;
    }
}
