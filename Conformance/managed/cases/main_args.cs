// args: alpha "two words" "" é中文😀 -1 --flag=x 'single quoted'
// Main(string[] args): the arguments arrive in order, unchanged (spaces,
// an empty argument, non-ASCII and emoji decoded from UTF-8, dashes); the
// program echoes each with its length and UTF-16 code units, and returns
// the argument count.
// exit: 7
using System;

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            Console.Write(i);
            Console.Write(": [");
            Console.Write(a);
            Console.Write("] ");
            Console.Write(a.Length);
            for (int k = 0; k < a.Length; k++)
            {
                Console.Write(" ");
                Console.Write((int)a[k]);
            }
            Console.WriteLine();
        }
        return args.Length;
    }
}
