// max-memory: 33554432
// References held only in locals, arguments and the evaluation stack across collections:
// GC.Collect() while they are live, then allocations that would reuse their memory; and
// while the runtime creates an exception (which may collect), a fresh object in a local is
// used by the catch handler of the same method.
using System;

class Box
{
    public int Value;
    public int[] Payload;
    public Box(int value) { Value = value; Payload = new int[4]; Payload[3] = value; }
}

class Program
{
    static int[] small = new int[3];

    static int CollectAndChurn()
    {
        GC.Collect();
        return Churn(20000).Value;
    }

    static int Below(int i)
    {
        Box inner = new Box(-i);
        try
        {
            return small[i % 7];
        }
        catch (IndexOutOfRangeException)
        {
            return inner.Payload[3] + inner.Value;
        }
    }

    static Box Churn(int count)
    {
        Box last = null;
        for (int i = 0; i < count; i++)
            last = new Box(i);
        return last;
    }

    static int Sum(Box a, Box b, int extra)
    {
        return a.Value + b.Payload[3] + extra;
    }

    static void Main()
    {
        Box local = new Box(11);
        GC.Collect();
        Churn(20000);
        Console.WriteLine(local.Value + " " + local.Payload[3]);
        // `new Box(22)` waits on the evaluation stack while the next argument collects.
        Console.WriteLine(Sum(new Box(22), new Box(33), CollectAndChurn()));

        long sum = 0, held = 0;
        object none = null;
        for (int i = 0; i < 150000; i++)
        {
            Box box = new Box(i);
            string label = "box " + i;
            try
            {
                if (i % 2 == 0)
                    sum += small[i % 5 + 3];
                else
                    sum += none.GetHashCode();
            }
            catch (IndexOutOfRangeException)
            {
                sum += box.Value + box.Payload[3] + label.Length;
            }
            catch (NullReferenceException)
            {
                sum -= box.Payload[3] - label.Length;
            }
            held += Below(i) + box.Payload[3];
        }
        Console.WriteLine(sum);
        Console.WriteLine(held);
    }
}
