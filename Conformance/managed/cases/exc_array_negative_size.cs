// Unhandled exception: new int[-1], OverflowException from the allocation.
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
        int[] ok = new int[I(0)];
        Console.Write(ok.Length);
        Console.Write(' ');
        int[] bad = new int[I(-1)];
        Console.Write(bad.Length);
        Console.WriteLine("not reached");
        return 0;
    }
}
