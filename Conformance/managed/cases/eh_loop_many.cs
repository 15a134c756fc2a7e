// Many exceptions: 100,000 throws caught inside a loop (the exception type chosen by the
// iteration), with a finally counted on every iteration, a filter on some, and throws
// from a callee several frames down; the counts and a checksum of the caught values are
// printed. Checks that throwing and catching leaks no stack or handler state.
// exit: 0
using System;

class Numbered : Exception
{
    public int N;
    public Numbered(int n) : base(null) { N = n; }
}

class Program
{
    static int finallies;

    static int Check(int i)
    {
        switch (i % 4)
        {
            case 0: throw new Numbered(i);
            case 1: throw new FormatException("f");
            case 2: return i;
            default:
                int[] a = new int[2];
                return a[i % 3 + 2];
        }
    }

    static int Deep(int i, int depth)
    {
        if (depth == 0) return Check(i);
        try
        {
            return Deep(i, depth - 1) + 1;
        }
        finally
        {
            finallies++;
        }
    }

    static int Main()
    {
        int numbered = 0, format = 0, index = 0, normal = 0, filtered = 0;
        long checksum = 0;
        for (int i = 0; i < 100000; i++)
        {
            try
            {
                checksum += Check(i);
                normal++;
            }
            catch (Numbered e) when (e.N % 3 == 0)
            {
                filtered++;
                checksum += e.N * 3L;
            }
            catch (Numbered e)
            {
                numbered++;
                checksum += e.N;
            }
            catch (FormatException)
            {
                format++;
            }
            catch (IndexOutOfRangeException)
            {
                index++;
                checksum -= 7;
            }
            finally
            {
                finallies++;
            }
        }
        Console.WriteLine("numbered " + numbered.ToString() + " filtered " + filtered.ToString() + " format " + format.ToString() + " index " + index.ToString() + " normal " + normal.ToString());
        Console.WriteLine("checksum " + checksum.ToString() + " finallies " + finallies.ToString());

        finallies = 0;
        int caught = 0;
        long sum = 0;
        for (int i = 0; i < 20000; i++)
        {
            try
            {
                sum += Deep(i, 5);
            }
            catch (Exception)
            {
                caught++;
            }
        }
        Console.WriteLine("deep caught " + caught.ToString() + " sum " + sum.ToString() + " finallies " + finallies.ToString());

        int rethrown = 0;
        for (int i = 0; i < 10000; i++)
        {
            try
            {
                try
                {
                    throw new Numbered(i);
                }
                catch (Numbered)
                {
                    throw;
                }
            }
            catch (Numbered e)
            {
                rethrown += e.N & 1;
            }
        }
        Console.WriteLine("rethrown odd " + rethrown.ToString());
        return 0;
    }
}
