// int Main returning 0 after some output.
using System;

class Program
{
    static int Main()
    {
        Console.WriteLine("returning 0");
        return 0;
    }
}
