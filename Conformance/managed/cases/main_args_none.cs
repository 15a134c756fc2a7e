// Main(string[] args) with no arguments: an empty array, not null.
using System;

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine(args == null);
        Console.WriteLine(args.Length);
        foreach (string a in args) Console.WriteLine(a);
        return args.Length;
    }
}
