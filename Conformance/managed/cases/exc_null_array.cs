// Unhandled exception: indexing a null array, NullReferenceException.
// mono prints "Unhandled Exception:" and the exception to stderr and exits
// with 1; everything written to stdout before it, even without a newline,
// must appear.
// exit: 1
using System;

class Program
{
    static int[] A(int n) { return n > 0 ? new int[n] : null; }

    static int Main()
    {
        Console.WriteLine("before");
        Console.Write("partial line ");
        Console.Write(A(2)[1]);
        Console.Write(' ');
        Console.Write(A(0)[0]);
        Console.WriteLine("not reached");
        return 0;
    }
}
