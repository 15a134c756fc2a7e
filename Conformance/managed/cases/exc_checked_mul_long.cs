// Unhandled exception: checked long multiplication overflowing (mul.ovf),
// OverflowException.
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
        long f = 1;
        for (int i = 1; i < 30; i++)
        {
            f = checked(f * L(i));
            Console.Write(f);
            Console.Write(' ');
        }
        Console.WriteLine("not reached");
        return 0;
    }
}
