// ValueType.Equals on structs with IntPtr fields (compared bit for bit, not as references),
// and `new IntPtr(...)` stored into struct fields and locals.
using System;

struct Handle { public IntPtr h; public int k; }
struct Mixed { public string s; public IntPtr h; public long n; }

class Program
{
    static void Main()
    {
        Handle a = new Handle { h = new IntPtr(1234), k = 1 };
        Handle b = new Handle { h = new IntPtr(1234), k = 1 };
        Handle c = new Handle { h = new IntPtr(99), k = 1 };
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + a.Equals((object)a) + " " + a.h.ToInt32());
        Mixed m1 = new Mixed { s = "a" + 1, h = new IntPtr(7), n = 9 }, m2 = new Mixed { s = "a1", h = new IntPtr(7), n = 9 };
        Console.WriteLine(m1.Equals(m2) + " " + m1.Equals(new Mixed { s = "a1", h = new IntPtr(8), n = 9 }));
        IntPtr p = new IntPtr(42), q = new IntPtr(42);
        Console.WriteLine((p == q) + " " + (int)p + " " + p.Equals(q));
    }
}
