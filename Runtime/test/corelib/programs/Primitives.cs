using System;

class Primitives
{
    static void Main()
    {
        Console.Write(true);
        Console.Write('c');
        Console.Write((sbyte)-1);
        Console.Write((byte)2);
        Console.Write((short)-3);
        Console.Write((ushort)4);
        Console.Write(-5);
        Console.Write(6u);
        Console.Write(-7L);
        Console.Write(8UL);
        Console.Write(9.5f);
        Console.Write(10.25);
        Console.Write("s");
        Console.WriteLine();
        Console.WriteLine(false);
        Console.WriteLine('c');
        Console.WriteLine((sbyte)-1);
        Console.WriteLine((byte)2);
        Console.WriteLine((short)-3);
        Console.WriteLine((ushort)4);
        Console.WriteLine(-5);
        Console.WriteLine(6u);
        Console.WriteLine(-7L);
        Console.WriteLine(8UL);
        Console.WriteLine(9.5f);
        Console.WriteLine(10.25);
        Console.WriteLine("s");
        Console.WriteLine(int.MinValue.ToString() + long.MaxValue.ToString() + ulong.MaxValue.ToString());
        Console.WriteLine(1.5.ToString() + 2.5f.ToString() + 'x'.ToString() + true.ToString());
    }
}
