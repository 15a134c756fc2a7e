// An exception escaping try/finally regions and a try/catch that does not match it ends
// the program (mono exits with 1); mono runs the finally blocks on the way out, innermost
// first and across frames, so their output appears on stdout before the program ends.
// exit: 1
using System;

class Program
{
    static int cleanups;

    static void Work(int n)
    {
        try
        {
            Console.WriteLine("work " + n.ToString());
            if (n == 3) throw new InvalidOperationException("work item " + n.ToString() + " failed");
            Work(n + 1);
        }
        finally
        {
            cleanups++;
            Console.WriteLine("cleanup " + n.ToString() + " (" + cleanups.ToString() + ")");
        }
    }

    static int Main()
    {
        try
        {
            try
            {
                Console.WriteLine("start");
                Work(1);
                Console.WriteLine("not reached");
            }
            catch (FormatException)
            {
                Console.WriteLine("not this handler");
            }
            finally
            {
                Console.Write("main finally, cleanups=" + cleanups.ToString());
            }
        }
        finally
        {
            Console.WriteLine(" / outer finally");
        }
        Console.WriteLine("not reached either");
        return 0;
    }
}
