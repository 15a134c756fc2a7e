// finally blocks on the normal path and on the exceptional path, try/catch/finally order,
// `return` inside try and inside catch (the returned value is computed before the finally
// runs, later changes to the local or static field do not affect it), a finally that
// runs while an exception travels to a caller, and a finally after a caught exception.
// exit: 40
using System;

class Program
{
    static int finallies;
    static int field = 5;
    static string log = "";

    static void Note(string s) { log = log + s + ";"; }

    static int NormalPath(int x)
    {
        int y = 0;
        try
        {
            y = x * 2;
            Note("try " + y.ToString());
        }
        finally
        {
            finallies++;
            y += 1;
            Note("finally " + y.ToString());
        }
        return y;
    }

    static int ReturnInTry(int x)
    {
        try
        {
            x = x + 5;
            return x * 2;
        }
        finally
        {
            x = 1000;
            finallies++;
            Note("finally sets x=" + x.ToString());
        }
    }

    static int ReturnFieldInTry()
    {
        try
        {
            return field;
        }
        finally
        {
            field = field * 10;
            finallies++;
        }
    }

    static string ReturnStringInCatch(int kind)
    {
        string s = "start";
        try
        {
            if (kind > 0) throw new InvalidOperationException("k" + kind.ToString());
            s = "no throw";
            return s;
        }
        catch (InvalidOperationException e)
        {
            s = "caught " + e.Message;
            return s;
        }
        finally
        {
            s = "finally overwrote";
            finallies++;
            Note("finally kind " + kind.ToString());
        }
    }

    static void ThrowsThroughFinally(int depth)
    {
        try
        {
            Note("enter " + depth.ToString());
            if (depth == 0) throw new FormatException("bottom");
            ThrowsThroughFinally(depth - 1);
            Note("not reached");
        }
        finally
        {
            finallies++;
            Note("leave " + depth.ToString());
        }
    }

    static int TryCatchFinally(int kind)
    {
        int state = 1;
        try
        {
            Note("try");
            if (kind == 1) throw new ArgumentException("one");
            state = state * 3;
        }
        catch (ArgumentException)
        {
            Note("catch");
            state = state * 5;
        }
        finally
        {
            Note("finally");
            state = state * 7;
        }
        Note("after");
        return state;
    }

    static int ReturnInNestedTry(int x)
    {
        try
        {
            try
            {
                return x + 1;
            }
            finally
            {
                Note("inner finally");
                finallies++;
                x = -1;
            }
        }
        finally
        {
            Note("outer finally x=" + x.ToString());
            finallies++;
        }
    }

    static void Flush()
    {
        Console.WriteLine(log);
        log = "";
    }

    static int Main()
    {
        int a = NormalPath(21);
        Flush();
        int b = ReturnInTry(10);
        Flush();
        Console.WriteLine("a=" + a.ToString() + " b=" + b.ToString());
        int c = ReturnFieldInTry();
        Console.WriteLine("c=" + c.ToString() + " field=" + field.ToString());
        Console.WriteLine(ReturnStringInCatch(0));
        Console.WriteLine(ReturnStringInCatch(3));
        Flush();
        try
        {
            ThrowsThroughFinally(3);
        }
        catch (FormatException e)
        {
            Note("main caught " + e.Message);
        }
        Flush();
        int d = TryCatchFinally(0);
        Flush();
        int e2 = TryCatchFinally(1);
        Flush();
        Console.WriteLine("d=" + d.ToString() + " e=" + e2.ToString());
        int f = ReturnInNestedTry(40);
        Flush();
        Console.WriteLine("f=" + f.ToString() + " finallies=" + finallies.ToString());
        return f + finallies - 12;
    }
}
