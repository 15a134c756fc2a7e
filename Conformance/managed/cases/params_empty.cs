// Empty `params` argument lists: mcs passes Array.Empty<T>() (a generic method call),
// for the core library's params methods and for the program's own.
// exit: 7
using System;

class Program
{
    static int Count(params int[] values)
    {
        int sum = 0;
        foreach (int v in values) sum += v;
        return values.Length * 100 + sum;
    }

    static string Describe(params string[] words)
    {
        return words.Length == 0 ? "(none)" : string.Join("+", words);
    }

    static int Main()
    {
        Console.WriteLine(Count());
        Console.WriteLine(Count(1, 2, 3));
        Console.WriteLine(Describe());
        Console.WriteLine(Describe("a", "b"));
        Console.WriteLine(string.Format("no arguments {{here}}"));
        string[] parts = "split  on   white space".Split();
        Console.WriteLine(parts.Length);
        foreach (string p in parts) Console.WriteLine("[" + p + "]");
        return parts.Length;
    }
}
