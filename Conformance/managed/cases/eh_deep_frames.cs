// Exceptions crossing many frames: a throw 60 calls deep caught in Main with a finally in
// every frame (all counted, run innermost first), a handler halfway down the stack that
// stops the unwinding there, frames whose catch clauses do not match, mutual recursion,
// and a virtual method chain through several classes.
// exit: 0
using System;

class DeepError : Exception
{
    public int Depth;
    public DeepError(int depth) : base("at depth " + depth.ToString()) { Depth = depth; }
}

class Walker
{
    public virtual int Step(int n) { if (n == 0) throw new DeepError(0); return Next(n).Step(n - 1) + 1; }
    public Walker Next(int n) { return n % 2 == 0 ? (Walker)new OddWalker() : new EvenWalker(); }
}

class OddWalker : Walker
{
    public static int finallies;
    public override int Step(int n)
    {
        try { return base.Step(n); }
        finally { finallies++; }
    }
}

class EvenWalker : Walker
{
    public static int catches;
    public override int Step(int n)
    {
        try { return base.Step(n); }
        catch (FormatException) { catches++; return -1; }
    }
}

class Program
{
    static int finallies;
    static string order = "";

    static int Down(int n, int throwAt)
    {
        try
        {
            if (n == throwAt) throw new DeepError(n);
            return Down(n + 1, throwAt) + 1;
        }
        finally
        {
            finallies++;
            if (n < 3 || n > throwAt - 3) order = order + n.ToString() + " ";
        }
    }

    static int HalfWay(int n, int catchAt, int throwAt)
    {
        if (n == 90) return 0;
        if (n == catchAt)
        {
            try
            {
                return HalfWay(n + 1, catchAt, throwAt);
            }
            catch (DeepError e)
            {
                return 1000 + e.Depth;
            }
        }
        try
        {
            if (n == throwAt) throw new DeepError(n);
            return HalfWay(n + 1, catchAt, throwAt) + 1;
        }
        catch (FormatException)
        {
            return -1;
        }
        catch (ArgumentException)
        {
            return -2;
        }
        finally
        {
            finallies++;
        }
    }

    static int Ping(int n)
    {
        try
        {
            if (n == 0) throw new DeepError(-1);
            return Pong(n - 1);
        }
        finally
        {
            finallies++;
        }
    }

    static int Pong(int n)
    {
        try
        {
            return Ping(n);
        }
        catch (DeepError e) when (n > 40)
        {
            return n * 10000 + e.Depth;
        }
    }

    static int Main()
    {
        try
        {
            Down(0, 60);
            Console.WriteLine("not reached");
        }
        catch (DeepError e)
        {
            Console.WriteLine("caught " + e.Message + " finallies " + finallies.ToString());
            Console.WriteLine("order " + order);
        }

        finallies = 0;
        int r = HalfWay(0, 20, 75);
        Console.WriteLine("halfway " + r.ToString() + " finallies " + finallies.ToString());

        finallies = 0;
        r = HalfWay(0, 20, 95);
        Console.WriteLine("no throw " + r.ToString() + " finallies " + finallies.ToString());

        finallies = 0;
        r = Ping(100);
        Console.WriteLine("ping " + r.ToString() + " finallies " + finallies.ToString());

        finallies = 0;
        try
        {
            Ping(30);
        }
        catch (DeepError e)
        {
            Console.WriteLine("ping 30 escaped " + e.Depth.ToString() + " finallies " + finallies.ToString());
        }

        int total = 0;
        for (int round = 0; round < 20; round++)
        {
            try
            {
                Down(0, 50 + round);
            }
            catch (DeepError e)
            {
                total += e.Depth;
            }
        }
        Console.WriteLine("rounds total " + total.ToString() + " finallies " + finallies.ToString());

        try
        {
            new OddWalker().Step(64);
        }
        catch (DeepError e)
        {
            Console.WriteLine("walker " + e.Message + " odd finallies " + OddWalker.finallies.ToString() + " even catches " + EvenWalker.catches.ToString());
        }
        return 0;
    }
}
