// Unhandled exception: int division by zero, DivideByZeroException (wasm's
// i32.div_s would trap).
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
        int d = I(3);
        while (d > -10)
        {
            Console.Write(100 / d);
            Console.Write(' ');
            d--;
        }
        Console.WriteLine("not reached");
        return 0;
    }
}
