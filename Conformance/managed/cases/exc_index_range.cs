// Unhandled exception: array index one past the end, IndexOutOfRangeException.
// mono prints "Unhandled Exception:" and the exception to stderr and exits
// with 1; everything written to stdout before it, even without a newline,
// must appear.
// exit: 1
using System;

class Program
{
    static int Sum(int[] a, int n)
    {
        int s = 0;
        for (int i = 0; i <= n; i++) s += a[i];
        return s;
    }

    static int Main()
    {
        Console.WriteLine("before");
        Console.Write("partial line ");
        int[] a = new int[4];
        for (int i = 0; i < a.Length; i++) a[i] = i + 1;
        Console.Write(Sum(a, 3));
        Console.Write(' ');
        Console.Write(Sum(a, 4));
        Console.WriteLine("not reached");
        return 0;
    }
}
