// Unhandled exception: checked uint subtraction below zero (sub.ovf.un),
// OverflowException.
// mono prints "Unhandled Exception:" and the exception to stderr and exits
// with 1; everything written to stdout before it, even without a newline,
// must appear.
// exit: 1
using System;

class Program
{
    static uint U(uint x) { return x; }

    static int Main()
    {
        Console.WriteLine("before");
        Console.Write("partial line ");
        uint u = U(3);
        while (u < 100)
        {
            Console.Write(u);
            Console.Write(' ');
            u = checked(u - 1);
        }
        Console.WriteLine("not reached");
        return 0;
    }
}
