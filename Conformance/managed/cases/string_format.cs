// Composite formatting: string.Format and Console.Write/WriteLine with 1, 2,
// 3 and 4+ arguments; {0} repeated and out of order, alignment {1,5} and
// {0,-5} (narrower than the text too), spaces around the alignment, formats
// {0:x} {0:X4} {0:f9} {0:N2} {0:D3} {0:E2} {0:R}, {{ and }} escapes (also
// inside a format), int/long/uint/ulong/short/byte/double/float/string/bool/char/
// null arguments, StringBuilder; then an index past the arguments throws
// FormatException: exit 1 after the output.
// exit: 1
using System;
using System.Text;

class Program
{
    static int I(int x) { return x; }
    static double D(double x) { return x; }
    static string S(string s) { return s; }

    static int Main()
    {
        Console.WriteLine(string.Format("{0}", I(42)));
        Console.WriteLine(string.Format("[{0,5}|{0,-5}|{0,1}]", I(42)));
        Console.WriteLine(string.Format("{0:x} {0:X} {0:X4} {0:x8} {0:D5} {0:N0}", I(48879)));
        Console.WriteLine(string.Format("{0:x}", I(-1)));
        Console.WriteLine(string.Format("{0:f9} {0:F2} {0:N2} {0:E2} {0:R} {0}", D(3.14159)));
        Console.WriteLine(string.Format("{0:N2}", D(1234567.891)));
        Console.WriteLine(string.Format("{{{0}}} {{literal}} }}{{", I(7)));
        Console.WriteLine(string.Format("{1}{0}{1}", S("a"), S("b")));
        Console.WriteLine(string.Format("{0}-{1}-{2}", true, 'c', S("s")));
        Console.WriteLine(string.Format("{0}|{1}|{2}|{3}", (long)-7, 4000000000u, ulong.MaxValue, (short)-3));
        Console.WriteLine(string.Format("{0:X}|{1:X}|{2:x}|{3:N0}", (long)-1, (byte)200, (short)-2, 4000000000u));
        Console.WriteLine(string.Format("[{0}][{1,3}][{2,-3}]", null, null, S("")));
        Console.WriteLine(string.Format("[{0, 6}][{0 ,-6 }][{0,6:F1}][{0,-8:E1}]", D(-2.25)));
        Console.WriteLine(string.Format("[{0,8:X}] [{0:X}]", I(255)));
        Console.WriteLine(string.Format("{0:a{{b}}c}", S("str")));
        Console.WriteLine(string.Format("{0:G} {0:x} {1:x}", true, 'q'));
        Console.WriteLine(string.Format("{0} {1} {2} {3} {4}", I(1), I(2), I(3), I(4), I(5)));
        Console.WriteLine(string.Format("no items", I(0)));
        Console.WriteLine(string.Format("", I(0)));
        Console.WriteLine(string.Format("{0}", D(0.1 + 0.2)));
        Console.WriteLine(string.Format("{0,10:N2}|{1,-10:D4}|", D(-1234.567), I(42)));
        Console.WriteLine(string.Format("{0:F3}|{0:R}|{0}|{1:E2}", 0.1f, 16777217f));
        object boxed = I(12);
        Console.WriteLine(string.Format("{0:D4}", boxed));

        Console.WriteLine("{0} + {1} = {2}", I(2), I(3), I(5));
        Console.WriteLine("{0:x}", I(255));
        Console.WriteLine("{0} and {1}", S("this"), S("that"));
        Console.WriteLine("{0}{1}{2}{3}", S("a"), S("b"), S("c"), S("d"));
        Console.Write("{0}", I(1));
        Console.Write("{0}{1}", I(2), I(3));
        Console.Write("{0}{1}{2}", I(4), I(5), I(6));
        Console.Write("{0}{1}{2}{3}", I(7), I(8), I(9), I(0));
        Console.WriteLine();

        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++)
            sb.Append(i.ToString()).Append(',');
        sb.Append('x', 3);
        sb.AppendLine(S("!"));
        sb.Append((object)I(99));
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        Console.WriteLine(new StringBuilder(S("start")).Append(S("-end")).ToString());

        Console.WriteLine(string.Format("{0} {1}", I(1)));
        return 0;
    }
}
