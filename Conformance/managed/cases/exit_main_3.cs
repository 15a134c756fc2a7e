// int Main returning 3, computed rather than constant.
// exit: 3
using System;

class Program
{
    static int Three() { return 1 + 2; }

    static int Main()
    {
        Console.WriteLine("returning 3");
        return Three();
    }
}
