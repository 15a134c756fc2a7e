// Parsing with the invariant culture: int/long/short/sbyte/byte/ushort/uint/
// ulong.Parse and TryParse (white space around, signs, leading zeros, the
// limits, one past them, malformed text), double.Parse/TryParse (point,
// exponent, group separators, NaN/Infinity, round trips of R strings),
// then a parse that throws FormatException: exit 1 after the output.
// exit: 1
using System;

class Program
{
    static string Id(string s) { return s; }

    static void TryInt(string s)
    {
        int v;
        bool ok = int.TryParse(s, out v);
        Console.WriteLine("int [" + (s == null ? "null" : s) + "] " + ok.ToString() + " " + v.ToString());
    }

    static void TryLong(string s)
    {
        long v;
        bool ok = long.TryParse(s, out v);
        Console.WriteLine("long [" + s + "] " + ok.ToString() + " " + v.ToString());
    }

    static void TryDouble(string s)
    {
        double v;
        bool ok = double.TryParse(s, out v);
        Console.WriteLine("double [" + (s == null ? "null" : s) + "] " + ok.ToString() + " " + v.ToString("R"));
    }

    static void Small(string s)
    {
        short a; sbyte b; byte c; ushort d; uint e; ulong f;
        Console.WriteLine(s + ": " + short.TryParse(s, out a).ToString() + a.ToString() + " " + sbyte.TryParse(s, out b).ToString() + b.ToString()
            + " " + byte.TryParse(s, out c).ToString() + c.ToString() + " " + ushort.TryParse(s, out d).ToString() + d.ToString()
            + " " + uint.TryParse(s, out e).ToString() + e.ToString() + " " + ulong.TryParse(s, out f).ToString() + f.ToString());
    }

    static int Main()
    {
        Console.WriteLine(int.Parse(Id("42")) + 1);
        Console.WriteLine(int.Parse(Id("  -17  ")));
        Console.WriteLine(int.Parse(Id("+0005")));
        Console.WriteLine(int.Parse(Id("\t2147483647\r\n")));
        Console.WriteLine(int.Parse(Id("-2147483648")));
        Console.WriteLine(long.Parse(Id("-9223372036854775808")));
        Console.WriteLine(long.Parse(Id("9223372036854775807")));
        Console.WriteLine(ulong.Parse(Id("18446744073709551615")));
        Console.WriteLine(uint.Parse(Id("4294967295")));
        Console.WriteLine(short.Parse(Id("-32768")));
        Console.WriteLine(byte.Parse(Id("255")));
        TryInt("123");
        TryInt("2147483648");
        TryInt("-2147483649");
        TryInt("99999999999999999999999");
        TryInt("");
        TryInt("   ");
        TryInt("-");
        TryInt("+");
        TryInt("1 2");
        TryInt("12a");
        TryInt("0x10");
        TryInt("1,000");
        TryInt("1.0");
        TryInt("--1");
        TryInt(null);
        TryInt("-0");
        TryInt("007");
        TryLong("9223372036854775808");
        TryLong("-9223372036854775809");
        TryLong(" 123456789012 ");
        Small("127");
        Small("128");
        Small("-1");
        Small("-0");
        Small("256");
        Small("65536");
        Small("4294967296");

        Console.WriteLine(double.Parse(Id("3.14159")).ToString("R"));
        Console.WriteLine(double.Parse(Id("  -2.5e3 ")));
        Console.WriteLine(double.Parse(Id("1,234,567.25")));
        TryDouble("0.1");
        TryDouble(".5");
        TryDouble("5.");
        TryDouble("1e308");
        TryDouble("1E-320");
        TryDouble("-0");
        TryDouble("+7");
        TryDouble("1e");
        TryDouble("e5");
        TryDouble(".");
        TryDouble("NaN");
        TryDouble("Infinity");
        TryDouble("-Infinity");
        TryDouble("0.30000000000000004");
        TryDouble("123456789012345678901234567890");
        TryDouble("2.2250738585072014E-308");
        TryDouble("4.9406564584124654E-324");
        TryDouble("1.7976931348623157E+308");
        TryDouble("abc");
        TryDouble("");
        TryDouble(null);
        TryDouble("1.5 x");
        TryDouble("1 000");

        double[] values = { 0.1, 1.0 / 3, 2.0 / 3, 1e-10, 123456.789, -9.87654321e100, 5e-324 };
        int same = 0;
        foreach (double d in values)
            if (double.Parse(d.ToString("R")) == d)
                same++;
        Console.WriteLine(same);
        Console.WriteLine(int.Parse(Id("12x")));
        return 0;
    }
}
