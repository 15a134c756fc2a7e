// Two-pass dispatch: filters run during the search for a handler, before any finally or
// fault block between the throw and that handler runs. A false filter in an inner frame,
// then a true one in an outer frame, are both evaluated before the inner finally blocks
// print; a filter sees the state as it was at the throw (a finally's later change to a
// static field is not visible to it).
// exit: 0
using System;

class Tagged : Exception
{
    public int Tag;
    public Tagged(int tag) : base("tag " + tag.ToString()) { Tag = tag; }
}

class Program
{
    static int state;

    static bool Log(string what, bool result)
    {
        Console.WriteLine("  filter " + what + " state=" + state.ToString() + " -> " + result.ToString());
        return result;
    }

    static void Inner(int tag)
    {
        try
        {
            Console.WriteLine("  inner try");
            state = 1;
            throw new Tagged(tag);
        }
        finally
        {
            state = 2;
            Console.WriteLine("  inner finally");
        }
    }

    static void Middle(int tag)
    {
        try
        {
            Inner(tag);
        }
        catch (Tagged e) when (Log("middle", e.Tag == 1))
        {
            Console.WriteLine("  middle handler state=" + state.ToString());
        }
        finally
        {
            Console.WriteLine("  middle finally");
        }
    }

    static void Run(int tag)
    {
        state = 0;
        try
        {
            Middle(tag);
            Console.WriteLine("  after middle");
        }
        catch (Tagged e) when (Log("outer", e.Tag == 2))
        {
            Console.WriteLine("  outer handler state=" + state.ToString());
        }
        catch (Tagged)
        {
            Console.WriteLine("  outer unfiltered handler state=" + state.ToString());
        }
    }

    static void SameMethod()
    {
        state = 0;
        try
        {
            try
            {
                try
                {
                    state = 5;
                    throw new Tagged(7);
                }
                finally
                {
                    Console.WriteLine("  finally 1");
                    state = 6;
                }
            }
            catch (Tagged e) when (Log("level 2", e.Tag == 0))
            {
                Console.WriteLine("  WRONG level 2 handler");
            }
            finally
            {
                Console.WriteLine("  finally 2");
                state = 7;
            }
        }
        catch (Tagged e) when (Log("level 3", e.Tag == 7))
        {
            Console.WriteLine("  level 3 handler state=" + state.ToString());
        }
    }

    static int Main()
    {
        Console.WriteLine("tag 1 (middle handles)");
        Run(1);
        Console.WriteLine("tag 2 (outer filter handles)");
        Run(2);
        Console.WriteLine("tag 3 (outer unfiltered clause)");
        Run(3);
        Console.WriteLine("one method");
        SameMethod();
        return 0;
    }
}
