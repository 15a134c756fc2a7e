// Unhandled exception: checked((int)1e10) from a double (conv.ovf.i4),
// OverflowException.
// mono prints "Unhandled Exception:" and the exception to stderr and exits
// with 1; everything written to stdout before it, even without a newline,
// must appear.
// exit: 1
using System;

class Program
{
    static double D(double x) { return x; }

    static int Main()
    {
        Console.WriteLine("before");
        Console.Write("partial line ");
        Console.Write(checked((int)D(2147483647.5)));
        Console.Write(' ');
        Console.Write(checked((int)D(1e10)));
        Console.WriteLine("not reached");
        return 0;
    }
}
