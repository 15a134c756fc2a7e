// Unboxing between an enum and its underlying type (and between enums sharing one) is
// allowed; unboxing as another integer type throws InvalidCastException (exit 1).
// exit: 1
using System;

enum Color { Red = 1, Green = 2, Blue = 4 }
enum Shade { Light = 2 }
enum Size : long { Big = 1L << 40 }
enum Tiny : byte { Max = 255 }

class Program
{
    static object Box(object o) { return o; }

    static int Main()
    {
        object green = Color.Green;
        Console.WriteLine((int)green);
        Console.WriteLine((int)(Color)Box(4));
        Console.WriteLine((int)(Shade)green);
        Console.WriteLine((long)Box(Size.Big));
        Console.WriteLine((byte)Box(Tiny.Max));
        Console.WriteLine((int)(Tiny)Box((byte)7));
        Console.WriteLine(green is Color);
        Console.WriteLine(green is int);
        Console.WriteLine((uint)green);
        return 0;
    }
}
