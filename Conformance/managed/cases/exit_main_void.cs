// void Main: the exit status is 0; output written with Write and no final
// newline must still be flushed.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("void Main");
        Console.Write("no newline at the end");
    }
}
