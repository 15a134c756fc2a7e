// Enum.ToString from the names table r2r-cc writes (plain, byte, long, negative, unnamed
// values, [Flags] combinations), ValueType.Equals field by field (bits, and Equals for
// reference fields), Object.Equals/ReferenceEquals.
using System;
enum Color { Red, Green = 5, Blue }
enum Small : byte { A = 1, B = 200 }
enum Neg : long { Low = -5000000000, Zero = 0 }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }
[Flags] enum Bits : ushort { X = 1, Y = 2 }
struct Pt { public int X, Y; }
struct Named { public string Name; public int N; }
class P {
    static void Main() {
        Console.WriteLine(Color.Red); Console.WriteLine(Color.Blue.ToString()); Console.WriteLine((Color)3);
        Console.WriteLine(Small.B + " " + (Small)7); Console.WriteLine(Neg.Low); Console.WriteLine((Neg)(-3));
        Console.WriteLine(Perm.Read | Perm.Write); Console.WriteLine(Perm.All); Console.WriteLine(Perm.None); Console.WriteLine((Perm)9); Console.WriteLine((Perm)12);
        Console.WriteLine((Bits)3); Console.WriteLine("{0} and {1}", Color.Green, Perm.Exec);
        object a = new Pt { X = 1, Y = 2 }, b = new Pt { X = 1, Y = 2 }, c = new Pt { X = 1, Y = 3 };
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + a.Equals(null) + " " + a.Equals(5));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        Named n1 = new Named { Name = "ab", N = 1 }, n2 = new Named { Name = "a" + "b".ToString(), N = 1 };
        Console.WriteLine(n1.Equals(n2) + " " + n1.Equals(new Named { Name = "x", N = 1 }));
        Console.WriteLine(Color.Red.Equals(Color.Red) + " " + Color.Red.Equals(Color.Blue) + " " + a);
        object o1 = new object(); Console.WriteLine(o1.Equals(o1) + " " + o1.Equals(new object()) + " " + (o1.GetHashCode() == o1.GetHashCode()));
        Console.WriteLine(5.Equals(5) + " " + "abc".Equals("abc") + " " + Object.Equals(null, null) + " " + Object.ReferenceEquals(a, b));
    }
}
