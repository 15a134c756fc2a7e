// Order of output through nested try/finally and try/catch/finally: three levels in one
// method and across calls, an exception caught at the middle level, try/finally inside a
// finally, and an exception thrown and caught entirely inside a finally block while
// another exception is pending (the pending one must still reach its handler).
// exit: 0
using System;

class First : Exception { public First(string m) : base(m) { } }
class Second : Exception { public Second(string m) : base(m) { } }

class Program
{
    static void Say(string s) { Console.WriteLine(s); }

    static void ThreeLevels(bool fail)
    {
        try
        {
            Say("  L1 try");
            try
            {
                Say("  L2 try");
                try
                {
                    Say("  L3 try");
                    if (fail) throw new First("deep");
                    Say("  L3 end");
                }
                finally
                {
                    Say("  L3 finally");
                }
                Say("  L2 end");
            }
            catch (First e)
            {
                Say("  L2 catch " + e.Message);
            }
            finally
            {
                Say("  L2 finally");
            }
            Say("  L1 end");
        }
        finally
        {
            Say("  L1 finally");
        }
    }

    static void Level(int n)
    {
        try
        {
            Say("  enter " + n.ToString());
            if (n == 0) throw new Second("from level 0");
            try
            {
                Level(n - 1);
            }
            finally
            {
                Say("  inner finally " + n.ToString());
            }
        }
        finally
        {
            Say("  outer finally " + n.ToString());
        }
    }

    static void FinallyInFinally()
    {
        try
        {
            Say("  try");
        }
        finally
        {
            try
            {
                Say("  finally: nested try");
            }
            finally
            {
                Say("  finally: nested finally");
            }
            Say("  finally: end");
        }
    }

    static void CatchInsideFinallyWhilePending()
    {
        try
        {
            try
            {
                Say("  throwing First");
                throw new First("pending");
            }
            finally
            {
                Say("  finally starts");
                try
                {
                    throw new Second("inside finally");
                }
                catch (Second e)
                {
                    Say("  finally caught " + e.Message);
                }
                finally
                {
                    Say("  finally's own finally");
                }
                Say("  finally ends");
            }
        }
        catch (Second e)
        {
            Say("  WRONG: outer caught Second " + e.Message);
        }
        catch (First e)
        {
            Say("  outer caught First " + e.Message);
        }
    }

    static int CatchFinallyInCatch()
    {
        int r = 0;
        try
        {
            throw new First("a");
        }
        catch (First)
        {
            try
            {
                r += 1;
                Say("  catch: try");
                throw new Second("b");
            }
            catch (Second)
            {
                r += 10;
                Say("  catch: inner catch");
            }
            finally
            {
                r += 100;
                Say("  catch: inner finally");
            }
        }
        finally
        {
            r += 1000;
            Say("  outer finally");
        }
        return r;
    }

    static int Main()
    {
        Say("three levels, no exception");
        ThreeLevels(false);
        Say("three levels, exception");
        ThreeLevels(true);
        Say("recursive levels");
        try
        {
            Level(3);
        }
        catch (Second e)
        {
            Say("  main caught " + e.Message);
        }
        finally
        {
            Say("  main finally");
        }
        Say("finally in finally");
        FinallyInFinally();
        Say("catch inside finally while pending");
        CatchInsideFinallyWhilePending();
        Say("try/catch/finally in catch");
        Say("  r=" + CatchFinallyInCatch().ToString());
        return 0;
    }
}
