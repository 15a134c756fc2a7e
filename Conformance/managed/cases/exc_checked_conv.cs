// Unhandled exception: checked((byte)300) (conv.ovf.u1), OverflowException.
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
        Console.Write(checked((byte)I(255)));
        Console.Write(' ');
        Console.Write(checked((byte)I(300)));
        Console.WriteLine("not reached");
        return 0;
    }
}
