// Classes as far as this part of the compiler goes: fields referring to their own class,
// constructors chaining to a base, virtual methods and overrides, boxing and ToString of
// boxed values and arrays, casts to classes, and a thrown exception ending the program.
// exit: 1
using System;

class Node
{
    public Node Next;
    public int Value;
    public Node(int value, Node next) { Value = value; Next = next; }
}

class Shape
{
    protected double Size;
    public Shape(double size) { Size = size; }
    public virtual double Area() { return 0; }
    public virtual string Name() { return "shape"; }
    public override string ToString() { return Name() + "(" + Size.ToString() + ")"; }
}

class Square : Shape
{
    public Square(double size) : base(size) { }
    public override double Area() { return Size * Size; }
    public override string Name() { return "square"; }
}

sealed class Circle : Shape
{
    public Circle(double radius) : base(radius) { }
    public override double Area() { return 3.0 * Size * Size; }
}

struct Pair
{
    public int A, B;
    public override string ToString() { return "<" + A.ToString() + "," + B.ToString() + ">"; }
}

class Program
{
    static int Sum(Node list)
    {
        int s = 0;
        for (Node n = list; n != null; n = n.Next) s += n.Value;
        return s;
    }

    static int Main()
    {
        Node list = null;
        for (int i = 1; i <= 10; i++) list = new Node(i * i, list);
        Console.WriteLine(Sum(list));

        Shape[] shapes = new Shape[] { new Shape(1), new Square(2), new Circle(3) };
        double total = 0;
        foreach (Shape s in shapes)
        {
            Console.WriteLine(s.ToString() + " area " + s.Area().ToString());
            total += s.Area();
        }
        Console.WriteLine(total);
        object o = shapes[1];
        Console.WriteLine(o is Square);
        Console.WriteLine(o is Circle);
        Console.WriteLine((o as Shape) != null);
        Shape back = (Shape)o;
        Console.WriteLine(back.Name());

        Pair p; p.A = 3; p.B = 4;
        object boxed = p;
        Console.WriteLine(boxed.ToString());
        Pair unboxed = (Pair)boxed;
        Console.WriteLine(unboxed.A + unboxed.B);
        object number = 42;
        Console.WriteLine(number.ToString());
        Console.WriteLine((int)number + 1);
        object[] things = { 1, "two", 3.5, 'c', true, 7L };
        foreach (object t in things) Console.WriteLine(t.ToString());
        int[] numbers = new int[2];
        object asObject = numbers;
        Console.WriteLine(asObject.ToString());
        Console.WriteLine(asObject is Array);

        throw new ArgumentException("the end");
    }
}
