// int Main returning -1: mono exits with 255 (the status is taken modulo
// 256). wasmtime 49 cannot exit with 255 (see exit_main_255).
// exit: 255
using System;

class Program
{
    static int Main()
    {
        Console.WriteLine("returning -1");
        return -1;
    }
}
