// Unhandled exception: int.MinValue % -1: mono throws OverflowException, where
// wasm's i32.rem_s quietly gives 0; the compiler must check.
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
        Console.Write(I(int.MinValue) % I(2));
        Console.Write(' ');
        Console.Write(I(int.MinValue) % I(-1));
        Console.WriteLine("not reached");
        return 0;
    }
}
