// int Main returning 125, the largest status wasmtime 49 passes through
// (proc_exit with 126 or more makes wasmtime fail with status 1).
// exit: 125
using System;

class Program
{
    static int Main()
    {
        Console.WriteLine("returning 125");
        return 125;
    }
}
