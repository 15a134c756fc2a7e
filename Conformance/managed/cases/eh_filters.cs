// Exception filters, `catch (E e) when (...)`: a true filter selects its clause, a false one
// passes the exception on to the next clause or to an outer handler (in the same method
// or a caller), filters reading the exception's fields and the method's locals, a filter
// with side effects (counted calls), several filtered clauses for one type, and a filter
// that throws and catches an exception of its own while the first one is being
// dispatched, then returns false.
// exit: 0
using System;

class CodedError : Exception
{
    public int Code;
    public CodedError(int code) : base("code " + code.ToString()) { Code = code; }
}

class Program
{
    static int filterCalls;

    static bool Count(bool result)
    {
        filterCalls++;
        return result;
    }

    // The filter's own exception is caught inside the filter (mono, unlike .NET, lets an
    // exception escaping a filter propagate instead of treating it as false: see
    // eh_filter_throws).
    static bool Throws(int code)
    {
        filterCalls++;
        try
        {
            if (code > 0) throw new InvalidOperationException("filter failed");
            return true;
        }
        catch (InvalidOperationException)
        {
            filterCalls += 100;
            return false;
        }
        finally
        {
            filterCalls += 1000;
        }
    }

    static void Fail(int code) { throw new CodedError(code); }

    static string ByCode(int code)
    {
        try
        {
            Fail(code);
            return "none";
        }
        catch (CodedError e) when (e.Code < 10)
        {
            return "small " + e.Code.ToString();
        }
        catch (CodedError e) when (e.Code < 100)
        {
            return "medium " + e.Code.ToString();
        }
        catch (CodedError e) when (Count(e.Code % 2 == 0))
        {
            return "large even " + e.Code.ToString();
        }
        catch (Exception e)
        {
            return "fallback " + e.Message;
        }
    }

    static string InnerFalse(int code, int threshold)
    {
        try
        {
            try
            {
                Fail(code);
                return "none";
            }
            catch (CodedError e) when (e.Code > threshold)
            {
                return "inner above " + threshold.ToString();
            }
        }
        catch (CodedError e)
        {
            return "outer got " + e.Code.ToString();
        }
    }

    static string CalleeFilter(int code)
    {
        try
        {
            Fail(code);
            return "none";
        }
        catch (CodedError e) when (Count(e.Code == 1))
        {
            return "callee handled";
        }
    }

    static string CallerHandles(int code)
    {
        try
        {
            return CalleeFilter(code);
        }
        catch (CodedError e) when (Count(true))
        {
            return "caller handled " + e.Code.ToString();
        }
    }

    static string ThrowingFilter(int code)
    {
        try
        {
            try
            {
                Fail(code);
                return "none";
            }
            catch (CodedError) when (Throws(code))
            {
                return "filter passed";
            }
            catch (CodedError e)
            {
                return "next clause after throwing filter, code " + e.Code.ToString();
            }
        }
        catch (InvalidOperationException e)
        {
            return "WRONG: filter's exception escaped: " + e.Message;
        }
    }

    static string ThrowingFilterOuter(int code)
    {
        try
        {
            try
            {
                Fail(code);
                return "none";
            }
            catch (CodedError) when (Throws(code))
            {
                return "filter passed";
            }
        }
        catch (InvalidOperationException e)
        {
            return "WRONG: filter's exception escaped: " + e.Message;
        }
        catch (CodedError e)
        {
            return "outer caught original " + e.Code.ToString();
        }
    }

    static string FilterOnLocals(string[] words)
    {
        string result = "";
        for (int i = 0; i < words.Length; i++)
        {
            int limit = i * 2;
            try
            {
                if (words[i].Length > 3) throw new FormatException(words[i]);
                result = result + words[i] + " ";
            }
            catch (FormatException e) when (e.Message.Length > limit)
            {
                result = result + "(long:" + e.Message + ") ";
            }
            catch (FormatException e)
            {
                result = result + "(ok:" + e.Message + ") ";
            }
        }
        return result;
    }

    static int Main()
    {
        int[] codes = new int[7];
        codes[0] = 3; codes[1] = 9; codes[2] = 10; codes[3] = 99;
        codes[4] = 100; codes[5] = 101; codes[6] = 1000;
        for (int i = 0; i < codes.Length; i++)
            Console.WriteLine(codes[i].ToString() + ": " + ByCode(codes[i]));
        Console.WriteLine("filter calls " + filterCalls.ToString());
        Console.WriteLine(InnerFalse(5, 3));
        Console.WriteLine(InnerFalse(5, 7));
        Console.WriteLine(CallerHandles(1));
        Console.WriteLine(CallerHandles(2));
        Console.WriteLine("filter calls " + filterCalls.ToString());
        Console.WriteLine(ThrowingFilter(0));
        Console.WriteLine(ThrowingFilter(4));
        Console.WriteLine(ThrowingFilterOuter(0));
        Console.WriteLine(ThrowingFilterOuter(8));
        Console.WriteLine("filter calls " + filterCalls.ToString());
        string[] words = new string[5];
        words[0] = "a"; words[1] = "elephant"; words[2] = "ox"; words[3] = "giraffe"; words[4] = "hippopotamus";
        Console.WriteLine(FilterOnLocals(words));
        return 0;
    }
}
