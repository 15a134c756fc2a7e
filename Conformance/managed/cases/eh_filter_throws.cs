// A filter that throws. ECMA-335 and .NET treat it as false and swallow its exception;
// mono 6.8 does not (mono/mono#19685): the filter's exception propagates from the try
// whose filter threw, to that try's enclosing handlers, and the original exception is
// dropped. The suite's oracle is mono, so this case pins mono's behavior.
// exit: 0
using System;

class Program
{
    static int calls;

    static bool Broken(Exception e)
    {
        calls++;
        throw new InvalidOperationException("filter failed on " + e.Message);
    }

    static string Run()
    {
        try
        {
            try
            {
                throw new FormatException("original");
            }
            catch (FormatException) when (Broken(new Exception("x")))
            {
                return "handler selected by broken filter";
            }
            catch (FormatException e)
            {
                return "next clause: " + e.Message;
            }
        }
        catch (InvalidOperationException e)
        {
            return "outer caught the filter's exception: " + e.Message;
        }
        catch (FormatException e)
        {
            return "outer caught the original: " + e.Message;
        }
    }

    static int Main()
    {
        Console.WriteLine(Run());
        Console.WriteLine("calls " + calls.ToString());
        return 0;
    }
}
