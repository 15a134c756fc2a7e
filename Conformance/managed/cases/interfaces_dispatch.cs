// Interfaces: dispatch through interface maps (implicit, explicit, inherited, abstract
// base, struct implementations through unboxing stubs), is/as/casts to interfaces and
// covariant arrays, `using` over IDisposable on normal and exceptional paths, IComparable on a boxed int.
using System;
interface IShape { double Area(); string Name { get; } }
interface INamed { string Name { get; } }
interface ISized : IShape { int Size(); }
abstract class Base : IShape { public abstract double Area(); public virtual string Name { get { return "base"; } } }
class Circle : Base, INamed { double r; public Circle(double r) { this.r = r; } public override double Area() { return 3.0 * r * r; } public override string Name { get { return "circle"; } } }
class Sq : ISized { public double Area() { return 4; } public string Name { get { return "sq"; } } public int Size() { return 2; } string Hidden() { return "h"; } }
class Ex : IShape { double IShape.Area() { return 7; } string IShape.Name { get { return "explicit"; } } public string Name { get { return "public"; } } }
struct Pt : IShape { public int X; public double Area() { return X; } public string Name { get { return "pt" + X; } } }
class Res : IDisposable { string n; public Res(string n) { this.n = n; Console.WriteLine("open " + n); } public void Dispose() { Console.WriteLine("close " + n); } }
class P {
    static void Show(IShape s) { Console.WriteLine(s.Name + " " + s.Area()); }
    static void Main() {
        IShape[] shapes = { new Circle(1), new Sq(), new Ex(), new Pt { X = 5 } };
        foreach (var s in shapes) Show(s);
        object o = new Circle(2);
        Console.WriteLine(o is INamed); Console.WriteLine(o is ISized); Console.WriteLine(new Sq() is IShape);
        INamed n = o as INamed; Console.WriteLine(n.Name);
        ISized z = (ISized)(object)new Sq(); Console.WriteLine(z.Size() + " " + z.Area());
        try { ISized bad = (ISized)o; Console.WriteLine(bad); } catch (InvalidCastException e) { Console.WriteLine("cast: " + e.Message); }
        using (var r = new Res("a")) { using (new Res("b")) { Console.WriteLine("body"); } }
        try { using (new Res("c")) { throw new Exception("boom"); } } catch (Exception e) { Console.WriteLine(e.Message); }
        object[] objs = new IShape[2];
        try { objs[0] = new Sq(); objs[1] = "str"; } catch (ArrayTypeMismatchException e) { Console.WriteLine(e.Message); }
        object arr = new string[] { "x" };
        Console.WriteLine(arr is object[]); Console.WriteLine(arr is string[]); Console.WriteLine(arr is int[]);
        Pt p = new Pt { X = 3 }; IShape boxed = p; p.X = 9; Console.WriteLine(boxed.Name + " " + p.Name);
        IComparable c = 5; Console.WriteLine(c.CompareTo(3));
    }
}
