using System;

class Args
{
    static int Main(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
            Console.WriteLine(i + ": " + args[i]);
        return args.Length;
    }
}
