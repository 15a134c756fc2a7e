// Static fields (SF: data symbols) of every primitive type, of struct type
// and of string and array type: zero defaults, field initializers (which
// mcs compiles into a static constructor), static readonly values computed
// at start-up, const (inlined by mcs), updates from several methods, ref
// to a static field, and static fields of a second class.
// exit: 17
using System;

struct Point
{
    public int X, Y;
}

static class Counter
{
    public static int Calls;
    public static long Total = 1000;
    public static void Hit(int n) { Calls++; Total += n; }
}

class Program
{
    const int Limit = 10;
    const string Greeting = "hi";

    static bool sBool;
    static byte sByte;
    static sbyte sSByte = -5;
    static short sShort = -300;
    static ushort sUShort;
    static char sChar = 'q';
    static int sInt;
    static uint sUInt = 4000000000;
    static long sLong = -1L << 50;
    static ulong sULong;
    static float sFloat = 0.5f;
    static double sDouble = Math.Sqrt(2.0);
    static string sString = Greeting + " there";
    static string sNull;
    static int[] sArray = new int[Limit];
    static Point sPoint;
    static readonly int Computed = ComputeAtStartup();

    static int ComputeAtStartup()
    {
        int s = 0;
        for (int i = 1; i <= Limit; i++) s += i * i;
        return s;
    }

    static void Bump(ref int x) { x += 100; }

    static int Main()
    {
        Console.WriteLine(sBool);
        Console.WriteLine(sByte);
        Console.WriteLine(sSByte);
        Console.WriteLine(sShort);
        Console.WriteLine(sUShort);
        Console.WriteLine(sChar);
        Console.WriteLine(sInt);
        Console.WriteLine(sUInt);
        Console.WriteLine(sLong);
        Console.WriteLine(sULong);
        Console.WriteLine(sFloat);
        Console.WriteLine(sDouble);
        Console.WriteLine(sString);
        Console.WriteLine(sNull == null);
        Console.WriteLine(sArray.Length);
        Console.WriteLine(sPoint.X + sPoint.Y);
        Console.WriteLine(Computed);

        sBool = true; sByte = 255; sByte++; sSByte *= 20; sShort -= 1; sUShort--; sChar++;
        sInt = int.MaxValue; sUInt += 300000000; sLong >>= 10; sULong = ulong.MaxValue; sFloat *= 3; sDouble *= sDouble;
        sString = sString + "!";
        for (int i = 0; i < sArray.Length; i++) sArray[i] = i * Limit;
        sPoint.X = 3;
        sPoint.Y = sPoint.X * 4;
        Bump(ref sInt);
        Bump(ref sPoint.Y);
        Console.WriteLine(sBool);
        Console.WriteLine(sByte);
        Console.WriteLine(sSByte);
        Console.WriteLine(sShort);
        Console.WriteLine(sUShort);
        Console.WriteLine(sChar);
        Console.WriteLine(sInt);
        Console.WriteLine(sUInt);
        Console.WriteLine(sLong);
        Console.WriteLine(sULong);
        Console.WriteLine(sFloat);
        Console.WriteLine(sDouble);
        Console.WriteLine(sString);
        Console.WriteLine(sArray[Limit - 1]);
        Console.WriteLine(sPoint.X + sPoint.Y);

        for (int i = 0; i < 17; i++) Counter.Hit(i);
        Console.WriteLine(Counter.Calls);
        Console.WriteLine(Counter.Total);
        return Counter.Calls;
    }
}
