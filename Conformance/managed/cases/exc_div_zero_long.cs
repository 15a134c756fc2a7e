// Unhandled exception: long division by zero, DivideByZeroException.
// mono prints "Unhandled Exception:" and the exception to stderr and exits
// with 1; everything written to stdout before it, even without a newline,
// must appear.
// exit: 1
using System;

class Program
{
    static long L(long x) { return x; }

    static int Main()
    {
        Console.WriteLine("before");
        Console.Write("partial line ");
        Console.Write(L(1L << 40) / L(1024));
        Console.Write(' ');
        Console.Write(L(1L << 40) / L(0));
        Console.WriteLine("not reached");
        return 0;
    }
}
