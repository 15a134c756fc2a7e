// Values left on the IL evaluation stack across branches: ternaries as
// call arguments between other arguments (Foo(a, b ? 1 : 2, c)), nested
// ternaries, ternaries of long, double, float, string and struct type,
// ternaries inside arithmetic, array indices and array stores, && and ||
// results passed as arguments, and calls in both arms. Each of these makes
// the C# compiler leave operands on the stack while it branches.
using System;

struct Pair
{
    public int A;
    public long B;
    public Pair(int a, long b) { A = a; B = b; }
}

class Program
{
    static int Three(int a, int b, int c) { return a * 10000 + b * 100 + c; }
    static long Mixed(long a, double b, int c, float d) { return a * 1000 + (long)(b * 10) + c * 7 + (long)d; }
    static string Join(string a, string b, string c) { return a + "/" + b + "/" + c; }
    static int Bools(bool a, bool b, bool c) { return (a ? 4 : 0) + (b ? 2 : 0) + (c ? 1 : 0); }
    static int Sq(int x) { return x * x; }
    static long PairSum(Pair p, int k) { return p.A * k + p.B; }

    static int Main()
    {
        int acc = 0;
        for (int i = 0; i < 6; i++)
        {
            bool even = i % 2 == 0;
            int v = Three(i, even ? 1 : 2, i + 1);
            Console.Write(v); Console.Write(" ");
            v = Three(even ? i : -i, i > 3 ? (i > 4 ? 5 : 4) : (i < 1 ? 0 : 3), even ? Sq(i) : Sq(i + 1));
            Console.Write(v); Console.Write(" ");
            long m = Mixed(even ? 1L << 33 : -5L, i > 2 ? 0.25 : 1.5, i, even ? 2.5f : -3.5f);
            Console.Write(m); Console.Write(" ");
            Console.Write(Join(even ? "even" : "odd", i > 2 ? "big" : "small", i == 3 ? "three" : i.ToString()));
            Console.Write(" ");
            Console.Write(Bools(even && i > 1, even || i == 5, !(even || i < 3) && i != 5));
            Console.Write(" ");
            int w = 3 + (even ? i * 2 : i) * (i > 2 ? 10 : 100) - (even ? 1 : 0);
            Console.WriteLine(w);
            acc += v + w;
        }

        int[] arr = new int[10];
        for (int i = 0; i < 20; i++)
            arr[i % 2 == 0 ? i / 2 : 9 - i / 2] += i > 10 ? i : -i;
        for (int i = 0; i < arr.Length; i++) { Console.Write(arr[i]); Console.Write(" "); }
        Console.WriteLine();
        int idx = 3;
        Console.WriteLine(arr[idx > 2 ? idx - 2 : idx + 2] + arr[idx < 0 ? 0 : idx]);

        Pair p1 = new Pair(1, 100), p2 = new Pair(2, 200);
        for (int i = 0; i < 3; i++)
        {
            Pair chosen = i == 1 ? p2 : p1;
            Console.Write(PairSum(i == 0 ? p1 : p2, i == 2 ? 5 : 3));
            Console.Write(" ");
            Console.Write(chosen.A);
            Console.Write(" ");
            Console.WriteLine((i > 0 ? p2 : p1).B);
        }

        double dd = acc > 0 ? 1.5 : -1.5;
        float ff = acc > 0 ? 2.5f : -2.5f;
        long ll = acc > 0 ? long.MaxValue : long.MinValue;
        Console.WriteLine(dd);
        Console.WriteLine(ff);
        Console.WriteLine(ll);
        Console.WriteLine(Three(Sq(acc > 0 ? 3 : 4), Sq(acc < 0 ? 3 : 4), acc % 2 == 0 ? 7 : 8));
        string label = acc > 1000 ? "large" : acc > 100 ? "medium" : acc > 10 ? "small" : "tiny";
        Console.WriteLine(label);
        bool nested = acc > 0 ? (acc > 10 ? acc < 1000000 : false) : true;
        Console.WriteLine(nested);
        Console.WriteLine(acc);
        return 0;
    }
}
