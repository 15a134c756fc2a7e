// Unhandled exception: Length of a null string, NullReferenceException.
// mono prints "Unhandled Exception:" and the exception to stderr and exits
// with 1; everything written to stdout before it, even without a newline,
// must appear.
// exit: 1
using System;

class Program
{
    static string S(string s) { return s; }

    static int Main()
    {
        Console.WriteLine("before");
        Console.Write("partial line ");
        Console.Write(S("abc").Length);
        Console.Write(' ');
        Console.Write(S(null).Length);
        Console.WriteLine("not reached");
        return 0;
    }
}
