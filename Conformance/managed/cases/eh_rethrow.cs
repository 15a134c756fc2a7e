// Rethrowing: `throw;` and `throw e;` pass the same object on (changes made to it in the
// catch are seen by the outer handler), `throw;` in a bare catch, `throw;` in a nested
// catch rethrows the innermost caught exception, wrapping in a new exception with the
// caught one as InnerException, an exception thrown inside a catch handler caught by an
// outer try, and an exception thrown from a finally replacing the pending one.
// exit: 0
using System;

class Counted : Exception
{
    public int Hops;
    public Counted(string m) : base(m) { }
}

class Program
{
    static Counted original;

    static void Origin()
    {
        original = new Counted("origin");
        throw original;
    }

    static void RethrowBare()
    {
        try
        {
            Origin();
        }
        catch (Counted e)
        {
            e.Hops++;
            throw;
        }
    }

    static void RethrowNamed()
    {
        try
        {
            RethrowBare();
        }
        catch (Counted e)
        {
            e.Hops += 10;
            throw e;
        }
    }

    static void RethrowFromBareCatch()
    {
        try
        {
            RethrowNamed();
        }
        catch
        {
            Console.WriteLine("  bare catch saw it, rethrowing");
            throw;
        }
    }

    static void NestedCatchRethrow()
    {
        try
        {
            throw new FormatException("outer one");
        }
        catch (FormatException)
        {
            try
            {
                throw new ArgumentException("inner one");
            }
            catch (ArgumentException)
            {
                throw;
            }
        }
    }

    static void RethrowAfterInnerHandled()
    {
        try
        {
            throw new FormatException("first");
        }
        catch (FormatException)
        {
            try
            {
                throw new ArgumentException("second");
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("  handled " + e.Message);
            }
            throw;
        }
    }

    static void Wrap(int n)
    {
        try
        {
            if (n == 0) throw new InvalidOperationException("root cause");
            Wrap(n - 1);
        }
        catch (Exception e)
        {
            throw new ApplicationException("level " + n.ToString(), e);
        }
    }

    static string ThrowInsideCatch()
    {
        try
        {
            try
            {
                throw new FormatException("A");
            }
            catch (FormatException a)
            {
                throw new NotSupportedException("B after " + a.Message);
            }
        }
        catch (FormatException)
        {
            return "WRONG: A caught again";
        }
        catch (NotSupportedException b)
        {
            return "outer caught " + b.Message;
        }
    }

    static string FinallyReplaces()
    {
        try
        {
            try
            {
                throw new FormatException("pending");
            }
            finally
            {
                Console.WriteLine("  finally throws");
                throw new ArgumentException("replacement");
            }
        }
        catch (FormatException e)
        {
            return "WRONG: " + e.Message;
        }
        catch (ArgumentException e)
        {
            return "caught " + e.Message;
        }
    }

    static void FinallyReplacesAcrossFrames()
    {
        try
        {
            Origin();
        }
        finally
        {
            throw new NotImplementedException("from finally");
        }
    }

    static int Main()
    {
        try
        {
            RethrowFromBareCatch();
        }
        catch (Counted e)
        {
            Console.WriteLine("main: " + e.Message + " hops=" + e.Hops.ToString() + " same=" + ((object)e == (object)original).ToString());
        }
        try
        {
            NestedCatchRethrow();
        }
        catch (Exception e)
        {
            Console.WriteLine("nested rethrow: " + e.Message + " isArg=" + (e is ArgumentException).ToString());
        }
        try
        {
            RethrowAfterInnerHandled();
        }
        catch (Exception e)
        {
            Console.WriteLine("rethrow after inner handled: " + e.Message + " isFormat=" + (e is FormatException).ToString());
        }
        try
        {
            Wrap(4);
        }
        catch (ApplicationException e)
        {
            int depth = 0;
            Exception x = e;
            string chain = "";
            while (x != null)
            {
                chain = chain + x.Message + " | ";
                depth++;
                x = x.InnerException;
            }
            Console.WriteLine("wrapped depth " + depth.ToString() + ": " + chain);
            Console.WriteLine("base: " + e.GetBaseException().Message);
        }
        Console.WriteLine(ThrowInsideCatch());
        Console.WriteLine(FinallyReplaces());
        try
        {
            FinallyReplacesAcrossFrames();
        }
        catch (Counted e)
        {
            Console.WriteLine("WRONG: " + e.Message);
        }
        catch (NotImplementedException e)
        {
            Console.WriteLine("across frames: " + e.Message);
        }
        return 0;
    }
}
