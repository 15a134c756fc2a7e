// Unhandled exception: checked int addition overflowing (add.ovf) in a called
// method, OverflowException.
// mono prints "Unhandled Exception:" and the exception to stderr and exits
// with 1; everything written to stdout before it, even without a newline,
// must appear.
// exit: 1
using System;

class Program
{
    static int I(int x) { return x; }
    static int Add(int a, int b) { return checked(a + b); }

    static int Main()
    {
        Console.WriteLine("before");
        Console.Write("partial line ");
        Console.WriteLine(Add(I(2147483000), I(600)));
        Console.WriteLine(Add(I(2147483000), I(700)));
        Console.WriteLine("not reached");
        return 0;
    }
}
