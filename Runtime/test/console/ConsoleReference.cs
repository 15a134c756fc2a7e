// ConsoleReference.cs — mono's side of the console test; console.c makes the
// same writes through r2r_write_utf16, in the same order. Keep them in step.
using System;

class ConsoleReference
{
    static void Main()
    {
        Console.Write("plain ASCII, ");
        Console.WriteLine("\u00e9 \u00fc \u00df \u20ac \u4e2d\u6587");
        Console.WriteLine("pair \ud83d\ude00 end");
        Console.Write("split \ud83d");
        Console.Write("\ude00 across writes\n");
        Console.Write("high then text \ud83d");
        Console.Write("x\n");
        Console.WriteLine("two highs \ud800\ud800 end");
        Console.WriteLine("lone low \udc00 end");
        Console.WriteLine("low then high \udc00\ud800");
        Console.Error.Write("stderr \ud83d");
        Console.Error.Write("\ude00 pair\n");
        Console.Write("stdout 1\n");
        Console.Error.Write("stderr 2\n");
        Console.Write("stdout 3\n");
        // Past the runtime's 8 KiB stdout buffer, with pairs across its boundary.
        for (int i = 0; i < 3000; i++)
            Console.Write("\u00e9\u20ac\ud83d\ude00");
        for (int i = 0; i < 3000; i++)
        {
            Console.Write("\ud83d");
            Console.Write("\ude00");
        }
        Console.Write("\n");
        Console.Error.Write("stderr high at exit \ud800");
        Console.Write("stdout high at exit \ud800");
    }
}
