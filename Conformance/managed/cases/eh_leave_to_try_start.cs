// Retry loops: a catch handler leaves back to the start of its own try block (the loop
// header is the try), with break and continue out of the try.
using System;

class Program
{
    static int n;

    static void Work()
    {
        if (++n < 3) throw new Exception("fail " + n);
    }

    static void Main()
    {
        while (true)
        {
            try { Work(); break; }
            catch (Exception e) { Console.WriteLine(e.Message); }
        }
        n = 0;
        do
        {
            try { Work(); Console.WriteLine("done"); break; }
            catch (Exception e) { Console.WriteLine(e.Message); continue; }
        } while (true);
        n = 0;
        int attempts = 0;
        while (true)
        {
            try
            {
                attempts++;
                try { Work(); }
                finally { Console.WriteLine("finally " + attempts); }
                break;
            }
            catch (Exception e) { Console.WriteLine("retry after " + e.Message); }
        }
        Console.WriteLine("end " + attempts);
    }
}
