// Recursive Fibonacci: call overhead, an integer compare and two adds per call.
using System;

class Program
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static int Main()
    {
        Console.WriteLine(Fib(40));
        return 0;
    }
}
