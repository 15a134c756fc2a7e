// An exception escaping a static constructor reaches the code that triggered the type's
// initialization wrapped in a TypeInitializationException ("The type initializer for
// '<type>' threw an exception.", the original as InnerException); a later access to the
// type throws again. Exceptions caught inside a static constructor leave the type
// usable. (Caught as Exception: the case does not name TypeInitializationException.)
// exit: 0
using System;

class Broken
{
    public static int Value;
    static Broken()
    {
        Value = 1;
        if (Value == 1) throw new InvalidOperationException("static constructor failed");
    }
}

class Recovers
{
    public static int Value;
    public static string Note;
    static Recovers()
    {
        try
        {
            Value = int.Parse("12x");
        }
        catch (FormatException)
        {
            Value = 12;
            Note = "parse failed, used default";
        }
        finally
        {
            Value++;
        }
    }
}

class Program
{
    static string Describe(Exception e)
    {
        return e.Message + " | inner: " + (e.InnerException == null ? "none" : e.InnerException.Message);
    }

    static int Main()
    {
        Console.WriteLine("recovers: " + Recovers.Value.ToString() + " " + Recovers.Note);
        for (int i = 0; i < 2; i++)
        {
            try
            {
                Console.WriteLine("broken value " + Broken.Value.ToString());
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine("WRONG: unwrapped " + e.Message);
            }
            catch (Exception e)
            {
                Console.WriteLine("attempt " + i.ToString() + ": " + Describe(e));
            }
        }
        return 0;
    }
}
