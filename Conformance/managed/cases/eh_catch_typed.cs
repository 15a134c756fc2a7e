// Typed catch clauses: the first clause, in source order, whose type is the thrown
// exception's class or one of its bases is chosen; an exception no clause matches passes
// to the enclosing try (in the same method or a caller); catch without a variable, a
// bare catch, and the caught object being the very one that was thrown.
// exit: 31
using System;

class Program
{
    static Exception lastThrown;

    static int Thrower(int kind)
    {
        Exception e = null;
        switch (kind)
        {
            case 0: return 100;
            case 1: e = new InvalidOperationException("invalid op"); break;
            case 2: e = new ArgumentException("bad argument"); break;
            case 3: e = new FormatException("bad format"); break;
            case 4: e = new NotSupportedException("not supported"); break;
            case 5: e = new Exception("plain"); break;
            case 6: e = new ApplicationException("application"); break;
            case 7: e = new ArgumentOutOfRangeException(null, "range"); break;
            case 8: e = new PlatformNotSupportedException("platform"); break;
            default: e = new ArithmeticException("arith " + kind.ToString()); break;
        }
        lastThrown = e;
        throw e;
    }

    static string Classify(int kind)
    {
        try
        {
            int v = Thrower(kind);
            return "value " + v.ToString();
        }
        catch (InvalidOperationException e) { return "IOE: " + e.Message + " same=" + ((object)e == (object)lastThrown).ToString(); }
        catch (ArgumentException e) { return "AE: " + e.Message + " isRange=" + (e is ArgumentOutOfRangeException).ToString(); }
        catch (FormatException) { return "FE"; }
        catch (SystemException e) { return "SE: " + e.Message; }
        catch (Exception e) { return "E: " + e.Message; }
    }

    // Only FormatException is handled here; everything else goes to the caller.
    static string Inner(int kind)
    {
        try
        {
            return "inner value " + Thrower(kind).ToString();
        }
        catch (FormatException e)
        {
            return "inner caught " + e.Message;
        }
    }

    static string Outer(int kind)
    {
        try
        {
            return Inner(kind);
        }
        catch (ArithmeticException e)
        {
            return "outer arith " + e.Message;
        }
        catch
        {
            return "outer bare catch";
        }
    }

    // Nested tries in one method: the inner one does not match, the outer one does.
    static int Nested(int kind)
    {
        int r = 0;
        try
        {
            try
            {
                r = 1;
                Thrower(kind);
                r = 2;
            }
            catch (NotSupportedException)
            {
                r += 10;
            }
            r += 100;
        }
        catch (SystemException)
        {
            r += 1000;
        }
        catch (Exception)
        {
            r += 5000;
        }
        return r;
    }

    static int Main()
    {
        for (int k = 0; k <= 9; k++)
            Console.WriteLine(k.ToString() + " " + Classify(k));
        for (int k = 0; k <= 9; k++)
            Console.WriteLine(k.ToString() + " " + Outer(k));
        int sum = 0;
        for (int k = 0; k <= 9; k++)
        {
            int n = Nested(k);
            Console.WriteLine(k.ToString() + " nested " + n.ToString());
            sum += n;
        }
        Console.WriteLine("sum " + sum.ToString());
        return sum % 100;
    }
}
