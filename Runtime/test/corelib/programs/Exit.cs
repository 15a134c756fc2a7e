using System;

class Exit
{
    static void Main()
    {
        Console.Write("exiting" + Environment.NewLine);
        Environment.Exit(3);
    }
}
