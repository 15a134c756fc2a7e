// Structs: fields of every primitive type, constructors, instance methods
// (this is a managed pointer), structs as locals, parameters, return values
// and fields of other structs (nested two levels), copy semantics
// (assignment, passing by value and returning copy; modifying the copy
// leaves the original alone), ref parameters that do modify the original,
// default values, single-field structs (lowered to their field) next to
// many-field structs (passed by reference as S<N>), arrays of structs with
// in-place element updates, and a struct-returning call used directly.
// exit: 60
using System;

struct One
{
    public int V;
    public One(int v) { V = v; }
    public One Twice() { return new One(V * 2); }
}

struct OneD
{
    public double V;
}

struct Vec
{
    public double X, Y, Z;
    public Vec(double x, double y, double z) { X = x; Y = y; Z = z; }
    public double Dot(Vec o) { return X * o.X + Y * o.Y + Z * o.Z; }
    public Vec Add(Vec o) { return new Vec(X + o.X, Y + o.Y, Z + o.Z); }
    public Vec Scale(double k) { return new Vec(X * k, Y * k, Z * k); }
    public void Negate() { X = -X; Y = -Y; Z = -Z; }
}

struct AllTypes
{
    public bool Bo;
    public byte B;
    public sbyte SB;
    public char C;
    public short S;
    public ushort US;
    public int I;
    public uint U;
    public long L;
    public ulong UL;
    public float F;
    public double D;
}

struct Inner
{
    public byte Tag;
    public long Big;
}

struct Middle
{
    public Inner First;
    public int Count;
    public Inner Second;
}

struct Outer
{
    public short Id;
    public Middle M;
    public Vec Position;
}

class Program
{
    static void Print(Vec v)
    {
        Console.Write("(");
        Console.Write(v.X); Console.Write(", ");
        Console.Write(v.Y); Console.Write(", ");
        Console.Write(v.Z); Console.WriteLine(")");
    }

    static Vec Cross(Vec a, Vec b)
    {
        return new Vec(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);
    }

    static void ModifyCopy(Vec v) { v.X = 999; v.Negate(); }
    static void ModifyRef(ref Vec v) { v.X = 999; v.Negate(); }
    static One AddOne(One o, int k) { o.V += k; return o; }
    static OneD Half(OneD d) { d.V /= 2; return d; }

    static AllTypes MakeAll(int seed)
    {
        AllTypes a;
        a.Bo = seed % 2 == 1;
        a.B = (byte)(seed * 37);
        a.SB = (sbyte)(-seed * 11);
        a.C = (char)('a' + seed % 26);
        a.S = (short)(seed * -1000);
        a.US = (ushort)(seed * 5000);
        a.I = seed * -123456;
        a.U = (uint)seed * 300000000u;
        a.L = seed * -1234567890123L;
        a.UL = (ulong)seed * 1844674407370955161UL;
        a.F = seed / 8f;
        a.D = seed / 3.0;
        return a;
    }

    static void PrintAll(AllTypes a)
    {
        Console.Write(a.Bo); Console.Write(" "); Console.Write(a.B); Console.Write(" ");
        Console.Write(a.SB); Console.Write(" "); Console.Write(a.C); Console.Write(" ");
        Console.Write(a.S); Console.Write(" "); Console.Write(a.US); Console.Write(" ");
        Console.Write(a.I); Console.Write(" "); Console.Write(a.U); Console.Write(" ");
        Console.Write(a.L); Console.Write(" "); Console.Write(a.UL); Console.Write(" ");
        Console.Write(a.F); Console.Write(" "); Console.WriteLine(a.D);
    }

    static Outer MakeOuter(short id)
    {
        Outer o = new Outer();
        o.Id = id;
        o.M.First.Tag = (byte)id;
        o.M.First.Big = id * 1000000000000L;
        o.M.Count = id * 3;
        o.M.Second = o.M.First;
        o.M.Second.Tag++;
        o.Position = new Vec(id, -id, id * 0.5);
        return o;
    }

    static int Main()
    {
        Vec a = new Vec(1, 2, 3), b = new Vec(-4, 5.5, 0.25);
        Print(a.Add(b));
        Print(a.Scale(-2));
        Print(Cross(a, b));
        Console.WriteLine(a.Dot(b));
        Console.WriteLine(new Vec(3, 4, 12).Dot(new Vec(3, 4, 12)));
        Console.WriteLine(Cross(a, b).X);

        // copies are independent
        Vec c = a;
        c.X = 100;
        Print(a);
        Print(c);
        ModifyCopy(a);
        Print(a);
        ModifyRef(ref a);
        Print(a);
        a.Negate();
        Print(a);

        Vec zero = new Vec();
        Vec dflt = default(Vec);
        Print(zero);
        Print(dflt);

        One o1 = new One(21);
        One o2 = o1.Twice();
        One o3 = AddOne(o2, 8);
        Console.WriteLine(o1.V);
        Console.WriteLine(o2.V);
        Console.WriteLine(o3.V);
        Console.WriteLine(AddOne(AddOne(o1, 1), 1).Twice().V);
        OneD h;
        h.V = 5;
        Console.WriteLine(Half(Half(h)).V);
        Console.WriteLine(h.V);

        for (int i = 0; i < 4; i++) PrintAll(MakeAll(i * 7 + 1));
        AllTypes all = MakeAll(5);
        AllTypes all2 = all;
        all2.L = 1;
        all2.C = 'Z';
        PrintAll(all);
        PrintAll(all2);

        Outer x = MakeOuter(7);
        Outer y = x;
        y.M.First.Big = -1;
        y.Position.Negate();
        Console.WriteLine(x.M.First.Big);
        Console.WriteLine(y.M.First.Big);
        Console.WriteLine(x.M.Second.Tag);
        Console.WriteLine(x.M.Count);
        Print(x.Position);
        Print(y.Position);
        Console.WriteLine(MakeOuter(3).M.Second.Big);

        // arrays of structs
        Vec[] vs = new Vec[5];
        for (int i = 0; i < vs.Length; i++) vs[i] = new Vec(i, i * i, -i);
        vs[2].X = 50;
        vs[3].Negate();
        Vec copy = vs[4];
        copy.Y = -1;
        Vec sum = new Vec();
        for (int i = 0; i < vs.Length; i++) sum = sum.Add(vs[i]);
        Print(sum);
        Print(vs[4]);
        Outer[] outs = new Outer[3];
        for (int i = 0; i < outs.Length; i++) outs[i] = MakeOuter((short)(i + 1));
        outs[1].M.Second.Big += 5;
        long total = 0;
        for (int i = 0; i < outs.Length; i++) total += outs[i].M.Second.Big + outs[i].M.Count + outs[i].Id;
        Console.WriteLine(total);
        One[] ones = new One[4];
        for (int i = 0; i < ones.Length; i++) ones[i].V = i + 10;
        ones[2] = ones[3].Twice();
        int osum = 0;
        for (int i = 0; i < ones.Length; i++) osum += ones[i].V;
        Console.WriteLine(osum);
        return osum;
    }
}
