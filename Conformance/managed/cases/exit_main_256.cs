// int Main returning 256: mono exits with 0, the status modulo 256. A
// runtime that passes 256 to proc_exit unchanged makes wasmtime fail, so
// this pins the truncation.
using System;

class Program
{
    static int Main()
    {
        Console.WriteLine("returning 256");
        return 256;
    }
}
