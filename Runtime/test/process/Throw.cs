// Throw.cs — mono's side of the process test: writes "before" to stdout, then
// raises builtin exception kind args[0] (r2r_throw_builtin's numbering)
// without handling it, or with "exit N" calls Environment.Exit(N).
using System;

class Throw
{
    static int Main(string[] args)
    {
        Console.Write("before");
        if (args[0] == "exit")
            Environment.Exit(int.Parse(args[1]));
        int kind = int.Parse(args[0]);
        int zero = kind / 100;
        int big = int.MaxValue + zero;
        int[] small = new int[1];
        string none = kind > 100 ? "x" : null;
        object text = "text";
        object[] strings = new string[1];
        switch (kind)
        {
            case 1: return checked(big + kind);
            case 2: return kind / zero;
            case 3: return small[kind];
            case 4: return none.Length;
            case 5: return (int)text;
            case 6: strings[0] = kind; return 0;
            // Whether a huge allocation fails depends on the host's overcommit.
            case 7: throw new OutOfMemoryException();
        }
        return 0;
    }
}
