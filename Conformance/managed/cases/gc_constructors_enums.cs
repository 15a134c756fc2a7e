// The collector and objects under construction: a constructor that collects (GC.Collect,
// and allocation filling many arrays) while the new object is referenced from nowhere but
// the constructor's `this`; boxed enums and enum arrays, whose MethodTables carry a names
// table where other value types carry a GC descriptor.
using System;

class Holder
{
    public string name;
    public int v;
    public Holder(object other)
    {
        v = 42;
        Use(other);
        GC.Collect();
        Holder2 s = new Holder2();   // the same size class: it would reuse a freed slot
        s.a = 7;
        s.b = 8;
        Console.WriteLine(v + " " + s.a);
    }
    static void Use(object o) { }
}

class Holder2 { public int a; public int b; }

class Matrix
{
    public double[][] rows;
    public Matrix(int n)
    {
        rows = new double[n][];
        for (int i = 0; i < n; i++) rows[i] = new double[n];
    }
}

enum Big : uint { A = 0, B = 0x7FFFFFF0, C = 1, D = 2, E = 3, F = 4 }

class Program
{
    static void Main()
    {
        Holder2 warm = new Holder2();
        Holder h = new Holder("y");
        Console.WriteLine(h.v + " " + warm.a);

        double total = 0;
        for (int k = 0; k < 200; k++)
        {
            Matrix m = new Matrix(100);
            m.rows[99][99] = k;
            total += m.rows[99][99];
        }
        Console.WriteLine(total);

        object boxed = Big.B;
        Big[] bigs = { Big.F, Big.B, (Big)0x7FFFFFF3 };
        GC.Collect();
        Console.WriteLine(boxed + " " + bigs[0] + " " + bigs[1] + " " + bigs[2]);
    }
}
