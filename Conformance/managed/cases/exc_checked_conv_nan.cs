// Unhandled exception: checked((long)NaN) (conv.ovf.i8 of NaN),
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
        Console.Write(checked((long)D(-9e18)));
        Console.Write(' ');
        Console.Write(checked((long)D(double.NaN)));
        Console.WriteLine("not reached");
        return 0;
    }
}
