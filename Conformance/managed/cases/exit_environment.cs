// Environment.Exit(42) from three calls deep: the output written before it
// appears (including a Write without newline), nothing after it runs, and
// Main's own return value is never used.
// exit: 42
using System;

class Program
{
    static int Level3(int n)
    {
        Console.WriteLine("level 3");
        Console.Write("exiting with ");
        Console.Write(n);
        if (n > 0) Environment.Exit(n);
        Console.WriteLine("not reached");
        return -1;
    }

    static int Level2(int n) { Console.WriteLine("level 2"); return Level3(n * 2) + 1; }
    static int Level1(int n) { Console.WriteLine("level 1"); return Level2(n + 1) + 1; }

    static int Main()
    {
        Console.WriteLine("start");
        int r = Level1(20);
        Console.WriteLine("not reached either");
        return r;
    }
}
