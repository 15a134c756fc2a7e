// Struct sizes and shapes that lower differently: single-field structs of
// byte, short, char, bool, int, long, float and double (passed and returned
// as that scalar), a struct whose only field is another single-field
// struct, an empty struct, two-field structs of 8 and 16 bytes, and a large
// struct (passed by reference and copied by value); every shape as a
// parameter among scalars, as a return value, in a local, in an array and
// as a field, with copies checked to be independent.
// exit: 30
using System;

struct SB { public byte V; }
struct SS { public short V; }
struct SC { public char V; }
struct SBo { public bool V; }
struct SI { public int V; }
struct SL { public long V; }
struct SF { public float V; }
struct SD { public double V; }
struct Wrap { public SD Inner; }
struct Empty { }
struct Two { public int A; public int B; }
struct TwoWide { public long A; public double B; }
struct Big
{
    public long A, B, C, D;
    public double E, F;
    public int G;
    public byte H;
}

class Program
{
    static SB MakeSB(int v) { SB s; s.V = (byte)v; return s; }
    static SS MakeSS(int v) { SS s; s.V = (short)v; return s; }
    static SC MakeSC(int v) { SC s; s.V = (char)v; return s; }
    static SBo MakeSBo(int v) { SBo s; s.V = v != 0; return s; }
    static SI MakeSI(int v) { SI s; s.V = v; return s; }
    static SL MakeSL(long v) { SL s; s.V = v; return s; }
    static SF MakeSF(float v) { SF s; s.V = v; return s; }
    static SD MakeSD(double v) { SD s; s.V = v; return s; }
    static Wrap MakeWrap(double v) { Wrap w; w.Inner = MakeSD(v); return w; }

    // scalars and structs interleaved, so each lowering shifts the parameter positions
    static double Combine(int i, SB sb, long l, SS ss, float f, SC sc, SBo sbo, double d, SI si,
                          SL sl, Empty e, SF sf, Two two, SD sd, TwoWide tw, Wrap w, Big big, byte last)
    {
        double r = i;
        r = r * 3 + sb.V;
        r = r * 3 + l;
        r = r * 3 + ss.V;
        r = r * 3 + f;
        r = r * 3 + sc.V;
        r = r * 3 + (sbo.V ? 1 : 0);
        r = r * 3 + d;
        r = r * 3 + si.V;
        r = r * 3 + sl.V;
        r = r * 3 + sf.V;
        r = r * 3 + two.A - two.B;
        r = r * 3 + sd.V;
        r = r * 3 + tw.A + tw.B;
        r = r * 3 + w.Inner.V;
        r = r * 3 + big.A + big.B + big.C + big.D + big.E + big.F + big.G + big.H;
        r = r * 3 + last;
        return r;
    }

    static Big MakeBig(int seed)
    {
        Big b;
        b.A = seed; b.B = seed * 2L; b.C = -seed; b.D = 1L << seed;
        b.E = seed / 2.0; b.F = -seed / 4.0; b.G = seed * 1000; b.H = (byte)(seed * 50);
        return b;
    }

    static Big Bump(Big b) { b.A++; b.H++; b.E *= 2; return b; }
    static Two Swap(Two t) { Two r; r.A = t.B; r.B = t.A; return r; }
    static TwoWide Scale(TwoWide t, int k) { t.A *= k; t.B *= k; return t; }
    static Empty Nothing(Empty e) { return e; }

    static void PrintBig(Big b)
    {
        Console.Write(b.A); Console.Write(' '); Console.Write(b.B); Console.Write(' ');
        Console.Write(b.C); Console.Write(' '); Console.Write(b.D); Console.Write(' ');
        Console.Write(b.E); Console.Write(' '); Console.Write(b.F); Console.Write(' ');
        Console.Write(b.G); Console.Write(' '); Console.WriteLine(b.H);
    }

    static int Main()
    {
        Two two; two.A = 10; two.B = 3;
        TwoWide tw; tw.A = 1L << 33; tw.B = 0.125;
        Empty e = new Empty();
        Big big = MakeBig(5);
        Console.WriteLine(Combine(1, MakeSB(200), -7L, MakeSS(-300), 1.5f, MakeSC('A'), MakeSBo(1), 2.25, MakeSI(-9),
                                  MakeSL(1L << 40), e, MakeSF(0.5f), two, MakeSD(-1.75), tw, MakeWrap(8.5), big, 77));

        Console.WriteLine(MakeSB(300).V);
        Console.WriteLine(MakeSS(40000).V);
        Console.WriteLine((int)MakeSC(0x4e2d).V);
        Console.WriteLine(MakeSBo(0).V);
        Console.WriteLine(MakeSL(-5).V);
        Console.WriteLine(MakeSF(1f / 3f).V);
        Console.WriteLine(MakeSD(1.0 / 3.0).V);
        Console.WriteLine(MakeWrap(-0.5).Inner.V);

        Two sw = Swap(two);
        Console.WriteLine(sw.A * 100 + sw.B);
        Console.WriteLine(two.A * 100 + two.B);
        TwoWide sc = Scale(tw, 3);
        Console.WriteLine(sc.A);
        Console.WriteLine(sc.B);
        Console.WriteLine(tw.A);
        e = Nothing(e);

        Big b2 = Bump(Bump(big));
        PrintBig(big);
        PrintBig(b2);
        Big b3 = b2;
        b3.G = -1;
        Console.WriteLine(b2.G);

        SI[] sis = new SI[5];
        SD[] sds = new SD[5];
        Big[] bigs = new Big[3];
        for (int i = 0; i < 5; i++) { sis[i] = MakeSI(i * i); sds[i].V = i * 0.5; }
        for (int i = 0; i < 3; i++) bigs[i] = MakeBig(i + 1);
        bigs[1] = Bump(bigs[1]);
        bigs[2].D = -1;
        int isum = 0;
        double dsum = 0;
        long bsum = 0;
        foreach (SI s in sis) isum += s.V;
        foreach (SD s in sds) dsum += s.V;
        foreach (Big b in bigs) bsum += b.A + b.D + b.H;
        Console.WriteLine(isum);
        Console.WriteLine(dsum);
        Console.WriteLine(bsum);
        return isum;
    }
}
