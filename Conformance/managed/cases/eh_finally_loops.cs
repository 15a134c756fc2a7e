// Leaving try/finally regions inside loops: `break`, `continue` and `goto` out of a try
// (through one and through two nested finally blocks), `return` from a loop inside a
// try/finally, a switch inside a try, and a loop whose body catches an exception thrown
// on some iterations and continues from the handler.
// exit: 0
using System;

class Program
{
    static int finallies;

    static string BreakContinue()
    {
        string s = "";
        for (int i = 0; i < 10; i++)
        {
            try
            {
                if (i == 2 || i == 4) continue;
                if (i == 7) break;
                s = s + "b" + i.ToString();
            }
            finally
            {
                finallies++;
                s = s + "f" + i.ToString() + " ";
            }
        }
        return s;
    }

    static string WhileContinueNested()
    {
        string s = "";
        int i = 0;
        while (i < 6)
        {
            i++;
            try
            {
                try
                {
                    if (i % 2 == 0) continue;
                    if (i == 5) break;
                    s = s + "[" + i.ToString() + "]";
                }
                finally
                {
                    finallies++;
                    s = s + "i";
                }
            }
            finally
            {
                finallies++;
                s = s + "o ";
            }
        }
        return s + "end " + i.ToString();
    }

    static string GotoOut(int limit)
    {
        string s = "";
        int n = 0;
    again:
        n++;
        try
        {
            s = s + "t" + n.ToString();
            if (n < limit) goto again;
            try
            {
                s = s + "!";
                goto done;
            }
            finally
            {
                finallies++;
                s = s + "F";
            }
        }
        finally
        {
            finallies++;
            s = s + "f ";
        }
    done:
        return s + "done";
    }

    static string GotoFromNestedLoops()
    {
        string s = "";
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                try
                {
                    if (i * j == 6) goto found;
                }
                finally
                {
                    finallies++;
                }
            }
            s = s + "row" + i.ToString() + " ";
        }
        s = s + "not found";
    found:
        return s + "found";
    }

    static int FindIndex(int[] a, int value)
    {
        try
        {
            for (int i = 0; i < a.Length; i++)
            {
                try
                {
                    if (a[i] == value) return i;
                }
                finally
                {
                    finallies++;
                }
            }
            return -1;
        }
        finally
        {
            finallies += 100;
        }
    }

    static string SwitchInTry(int n)
    {
        string s = "";
        for (int i = 0; i < n; i++)
        {
            try
            {
                switch (i % 4)
                {
                    case 0: s = s + "zero"; break;
                    case 1: s = s + "one"; continue;
                    case 2: s = s + "two"; goto case 0;
                    default: s = s + "three"; break;
                }
                s = s + ".";
            }
            finally
            {
                s = s + "/";
            }
        }
        return s;
    }

    static string CatchAndContinue()
    {
        string s = "";
        int caught = 0;
        for (int i = 0; i < 12; i++)
        {
            try
            {
                if (i % 3 == 0) throw new InvalidOperationException(i.ToString());
                if (i == 10) break;
                s = s + i.ToString();
            }
            catch (InvalidOperationException e)
            {
                caught++;
                s = s + "<" + e.Message + ">";
                if (i == 6) continue;
                s = s + "+";
            }
            finally
            {
                finallies++;
            }
            s = s + ",";
        }
        return s + " caught " + caught.ToString();
    }

    static int Main()
    {
        Console.WriteLine(BreakContinue());
        Console.WriteLine(WhileContinueNested());
        Console.WriteLine(GotoOut(3));
        Console.WriteLine(GotoFromNestedLoops());
        int[] a = new int[8];
        for (int i = 0; i < a.Length; i++) a[i] = i * i;
        Console.WriteLine(FindIndex(a, 25).ToString() + " " + FindIndex(a, 26).ToString());
        Console.WriteLine(SwitchInTry(9));
        Console.WriteLine(CatchAndContinue());
        Console.WriteLine("finallies " + finallies.ToString());
        return 0;
    }
}
