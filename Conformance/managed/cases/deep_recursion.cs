// Recursion depth: 10,000 nested calls with scalar frames, 5,000 with a
// struct local and a ref parameter in each frame (frames on the shadow
// stack), and 2,000 deep mutual recursion passing a large struct by value;
// ordinary programs go this deep, so neither the wasm stack nor the shadow
// stack may run out.
// exit: 10
using System;

struct Frame
{
    public long A, B, C, D;
    public double E;
}

class Program
{
    static int Down(int n) { return n == 0 ? 0 : Down(n - 1) + 1; }

    static long SumDown(int n, long acc) { return n == 0 ? acc : SumDown(n - 1, acc + n); }

    static void WithStruct(int n, ref long total)
    {
        Frame f;
        f.A = n; f.B = n * 2; f.C = -n; f.D = n % 7; f.E = n * 0.5;
        if (n > 0) WithStruct(n - 1, ref total);
        total += f.A + f.B + f.C + f.D + (long)f.E;
    }

    static double Ping(Frame f, int n) { return n == 0 ? f.E : Pong(f, n - 1) + f.A; }

    static double Pong(Frame f, int n)
    {
        f.A++;
        return n == 0 ? f.E : Ping(f, n - 1) - 0.5;
    }

    static int Main()
    {
        Console.WriteLine(Down(10000));
        Console.WriteLine(SumDown(10000, 0));
        long total = 0;
        WithStruct(5000, ref total);
        Console.WriteLine(total);
        Frame f = new Frame();
        f.E = 0.25;
        Console.WriteLine(Ping(f, 2000));
        return Down(10);
    }
}
