// Substring past the end throws ArgumentOutOfRangeException after the
// output so far: exit 1.
// exit: 1
using System;

class Program
{
    static int I(int x) { return x; }

    static int Main()
    {
        string s = "hello";
        Console.WriteLine(s.Substring(I(1), I(3)));
        Console.WriteLine(s.Substring(I(2), I(4)));
        return 0;
    }
}
