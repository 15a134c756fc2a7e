// Unhandled exception: negative array index in a store,
// IndexOutOfRangeException.
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
        double[] a = new double[3];
        a[I(2)] = 1.5;
        Console.Write(a[2]);
        Console.Write(' ');
        a[I(-1)] = 2.5;
        Console.WriteLine("not reached");
        return 0;
    }
}
