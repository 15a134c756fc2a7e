// Struct layout: [StructLayout(LayoutKind.Explicit)] with overlapping
// fields used as unions (int/float and long/double reinterpretation, the
// bytes of an int in little-endian order, two shorts over an int), fields
// at explicit offsets with gaps, an explicit struct nested in a sequential
// one, sequential structs with Pack, and arrays of union structs.
// exit: 33
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct IntFloat
{
    [FieldOffset(0)] public int I;
    [FieldOffset(0)] public float F;
    [FieldOffset(0)] public uint U;
}

[StructLayout(LayoutKind.Explicit)]
struct LongDouble
{
    [FieldOffset(0)] public long L;
    [FieldOffset(0)] public double D;
    [FieldOffset(0)] public int Lo;
    [FieldOffset(4)] public int Hi;
    [FieldOffset(0)] public ulong UL;
}

[StructLayout(LayoutKind.Explicit)]
struct Bytes4
{
    [FieldOffset(0)] public int Whole;
    [FieldOffset(0)] public byte B0;
    [FieldOffset(1)] public byte B1;
    [FieldOffset(2)] public byte B2;
    [FieldOffset(3)] public byte B3;
    [FieldOffset(0)] public short Low;
    [FieldOffset(2)] public short High;
    [FieldOffset(1)] public ushort Middle;
}

[StructLayout(LayoutKind.Explicit)]
struct Gappy
{
    [FieldOffset(0)] public byte Tag;
    [FieldOffset(8)] public long Value;
    [FieldOffset(20)] public int Extra;
    [FieldOffset(16)] public double Weight;
}

[StructLayout(LayoutKind.Sequential)]
struct Holder
{
    public byte Kind;
    public LongDouble Payload;
    public IntFloat Small;
    public char Mark;
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed
{
    public byte A;
    public int B;
    public short C;
    public long D;
}

class Program
{
    static float BitsToFloat(int bits)
    {
        IntFloat u = new IntFloat();
        u.I = bits;
        return u.F;
    }

    static int FloatToBits(float f)
    {
        IntFloat u = new IntFloat();
        u.F = f;
        return u.I;
    }

    static long DoubleToBits(double d)
    {
        LongDouble u = new LongDouble();
        u.D = d;
        return u.L;
    }

    static double BitsToDouble(long bits)
    {
        LongDouble u = new LongDouble();
        u.L = bits;
        return u.D;
    }

    static int Main()
    {
        Console.WriteLine(FloatToBits(1f));
        Console.WriteLine(FloatToBits(-2.5f));
        Console.WriteLine(FloatToBits(0.1f));
        Console.WriteLine(FloatToBits(-0f));
        Console.WriteLine(FloatToBits(float.PositiveInfinity));
        Console.WriteLine(BitsToFloat(0x40490FDB));
        Console.WriteLine(BitsToFloat(1));
        Console.WriteLine(BitsToFloat(0x7F7FFFFF));
        Console.WriteLine(float.IsNaN(BitsToFloat(0x7FC00000)));
        Console.WriteLine(DoubleToBits(1.0));
        Console.WriteLine(DoubleToBits(-0.0));
        Console.WriteLine(DoubleToBits(0.1));
        Console.WriteLine(DoubleToBits(double.NegativeInfinity));
        Console.WriteLine(BitsToDouble(0x400921FB54442D18));
        Console.WriteLine(BitsToDouble(1));
        Console.WriteLine(BitsToDouble(0x7FEFFFFFFFFFFFFF));

        LongDouble ld = new LongDouble();
        ld.D = -1.5;
        Console.WriteLine(ld.Lo);
        Console.WriteLine(ld.Hi);
        Console.WriteLine(ld.UL);
        ld.Hi = 0x3FF00000;
        ld.Lo = 1;
        Console.WriteLine(ld.D);
        Console.WriteLine(ld.L);

        Bytes4 b = new Bytes4();
        b.Whole = 0x12345678;
        Console.WriteLine(b.B0);
        Console.WriteLine(b.B1);
        Console.WriteLine(b.B2);
        Console.WriteLine(b.B3);
        Console.WriteLine(b.Low);
        Console.WriteLine(b.High);
        Console.WriteLine(b.Middle);
        b.B3 = 0xFF;
        b.Middle = 0xABCD;
        Console.WriteLine(b.Whole);
        b.Low = -1;
        Console.WriteLine(b.Whole);
        Bytes4 bcopy = b;
        bcopy.B0 = 0;
        Console.WriteLine(b.Whole);
        Console.WriteLine(bcopy.Whole);

        Gappy g = new Gappy();
        g.Tag = 9;
        g.Value = -77;
        g.Weight = 2.0;
        Console.WriteLine(g.Extra);
        g.Extra = 0x40100000;
        Console.WriteLine(g.Weight);
        Console.WriteLine(g.Tag);
        Console.WriteLine(g.Value);

        Holder h = new Holder();
        h.Kind = 3;
        h.Payload.D = 1e10;
        h.Small.F = 0.5f;
        h.Mark = 'é';
        Holder h2 = h;
        h2.Payload.Lo ^= 1;
        h2.Small.I += 1;
        Console.WriteLine(h.Payload.L);
        Console.WriteLine(h2.Payload.D);
        Console.WriteLine(h.Small.U);
        Console.WriteLine(h2.Small.F);
        Console.WriteLine(h2.Mark);
        Console.WriteLine(h2.Kind);

        Packed p = new Packed();
        p.A = 1; p.B = -2; p.C = 3; p.D = -4;
        Packed p2 = p;
        p2.B = 20;
        Console.WriteLine(p.A + p.B + p.C + p.D);
        Console.WriteLine(p2.A + p2.B + p2.C + p2.D);

        IntFloat[] arr = new IntFloat[8];
        for (int i = 0; i < arr.Length; i++) arr[i].F = i * 0.75f;
        long bitsum = 0;
        for (int i = 0; i < arr.Length; i++) bitsum += arr[i].I;
        Console.WriteLine(bitsum);
        arr[5].I = FloatToBits(-1f);
        Console.WriteLine(arr[5].F);

        // float next-up by bit increment, and a double exponent extraction
        float f = 1f;
        IntFloat step = new IntFloat();
        step.F = f;
        step.I++;
        Console.WriteLine(step.F - f);
        LongDouble e = new LongDouble();
        e.D = 1e300;
        Console.WriteLine(((e.Hi >> 20) & 0x7FF) - 1023);
        return (int)(bitsum % 97);
    }
}
