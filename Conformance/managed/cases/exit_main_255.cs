// int Main returning 255: mono exits with 255. wasmtime 49 rejects
// proc_exit statuses of 126 and more (it reports an error and exits 1),
// so a WASI module cannot reproduce this.
// exit: 255
using System;

class Program
{
    static int Main()
    {
        Console.WriteLine("returning 255");
        return 255;
    }
}
