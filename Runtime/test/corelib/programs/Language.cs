// What the C# language makes mcs reference besides calls: attributes for
// extension methods, params, auto-properties, obsolete members, unsafe code and
// fixed buffers, volatile fields, enums, using, and (with -debug) Debuggable.
using System;
using System.Runtime.InteropServices;

static class Extensions
{
    public static int Twice(this int x)
    {
        return x * 2;
    }
}

unsafe struct Buffer
{
    public fixed byte Data[16];
}

struct Resource : IDisposable
{
    public void Dispose()
    {
        Console.WriteLine("disposed");
    }
}

[StructLayout(LayoutKind.Sequential)]
struct Pair
{
    public int A;
    public int B;
}

class Counter
{
    private volatile int ticks;

    public int Count { get; set; }

    public void Tick()
    {
        ticks = ticks + 1;
        Count = ticks;
    }
}

enum Color
{
    Red,
    Green,
}

class Language
{
    static int Sum(params int[] values)
    {
        int sum = 0;
        foreach (int v in values)
            sum += v;
        return sum;
    }

    [Obsolete("use Sum")]
    static int Add(int a, int b)
    {
        return a + b;
    }

    static unsafe void Main()
    {
        Console.WriteLine(3.Twice());
        Console.WriteLine(Sum(1, 2, 3));
        using (Resource r = new Resource())
        {
        }
        Counter c = new Counter();
        c.Tick();
        Console.WriteLine(c.Count);
        Color color = Color.Green;
        Console.WriteLine((int)color);
        Buffer b;
        b.Data[0] = 7;
        Console.WriteLine(b.Data[0]);
        Pair p;
        p.A = 1;
        p.B = 2;
        int* pointer = &p.B;
        Console.WriteLine(*pointer);
    }
}
