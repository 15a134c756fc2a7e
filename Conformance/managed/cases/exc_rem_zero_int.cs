// Unhandled exception: int remainder by zero (rem), DivideByZeroException.
// mono prints "Unhandled Exception:" and the exception to stderr and exits
// with 1; everything written to stdout before it, even without a newline,
// must appear.
// exit: 1
using System;

class Program
{
    static int I(int x) { return x; }

    static int Main()
    {
        Console.WriteLine("before");
        Console.Write("partial line ");
        Console.Write(I(17) % I(5));
        Console.Write(' ');
        Console.Write(I(17) % I(0));
        Console.WriteLine("not reached");
        return 0;
    }
}
