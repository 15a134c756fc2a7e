// Locals, arguments and references to them: ref and out parameters of every
// primitive type, swap through ref, ref to array elements and to struct
// fields (and to fields of struct array elements), refs passed down
// several calls, out parameters assigned on every path, ref locals and ref
// returns (C# 7), arguments modified inside the callee without affecting
// the caller, and a method with many locals of mixed types live at once.
// exit: 99
using System;

struct Cell
{
    public int Count;
    public double Weight;
}

class Program
{
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void SwapL(ref long a, ref long b) { long t = a; a = b; b = t; }
    static void SwapD(ref double a, ref double b) { double t = a; a = b; b = t; }
    static void SwapS(ref string a, ref string b) { string t = a; a = b; b = t; }
    static void SwapCell(ref Cell a, ref Cell b) { Cell t = a; a = b; b = t; }

    static void Bump(ref byte b, ref sbyte sb, ref short s, ref ushort us, ref char c, ref bool bo,
                     ref uint u, ref ulong ul, ref float f)
    {
        b += 1; sb -= 1; s *= 2; us ^= 0xFFFF; c++; bo = !bo; u--; ul <<= 1; f /= 4;
    }

    static bool DivMod(int a, int b, out int q, out int r)
    {
        if (b == 0) { q = 0; r = 0; return false; }
        q = a / b;
        r = a % b;
        return true;
    }

    static void MinMax(double[] xs, out double min, out double max, out int count)
    {
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        count = 0;
        foreach (double x in xs)
        {
            if (x < min) min = x;
            if (x > max) max = x;
            count++;
        }
    }

    static void AddDeep(ref int x, int depth) { if (depth == 0) x += 1000; else { x += depth; AddDeep(ref x, depth - 1); } }
    static void AddTo(ref double total, ref Cell cell) { total += cell.Weight * cell.Count; cell.Count++; }
    static void Increment(ref int x) { x++; }

    static void ByValue(int x, long y, double z, string s, Cell c)
    {
        x++; y--; z *= 2; s = s + "!"; c.Count = -1;
        Console.WriteLine(x + (int)y + (int)z + s.Length + c.Count);
    }

    static ref int Largest(int[] a)
    {
        int best = 0;
        for (int i = 1; i < a.Length; i++) if (a[i] > a[best]) best = i;
        return ref a[best];
    }

    static ref Cell CellAt(Cell[] cells, int i) { return ref cells[i]; }

    static int ManyLocals(int seed)
    {
        int a = seed, b = seed * 2, c = seed * 3;
        long d = seed * 100000000000L, e = -d;
        double f = seed / 7.0, g = seed * 1.25;
        float h = seed / 3f;
        byte i = (byte)seed;
        short j = (short)(seed * -100);
        char k = (char)('A' + seed);
        bool l = seed % 2 == 0;
        uint m = (uint)seed * 4000000000u;
        ulong n = (ulong)seed << 60;
        string o = k.ToString();
        for (int t = 0; t < 5; t++)
        {
            a += b; b += c; c += a;
            d += e / 3; e -= d / 5;
            f += g; g -= f / 2; h *= 1.5f;
            i += 7; j -= 300; k++; l = !l;
            m += 123456789; n ^= n >> 3;
            o = o + k.ToString();
        }
        Console.WriteLine(o);
        long result = a + b + c + d + e + (long)f + (long)g + (long)h + i + j + k + (l ? 1 : 0) + m + (long)(n >> 32);
        Console.WriteLine(result);
        return (int)(result & 0x7F);
    }

    static int Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x * 10 + y);
        long lx = long.MinValue, ly = long.MaxValue;
        SwapL(ref lx, ref ly);
        Console.WriteLine(lx);
        double dx = 0.5, dy = -0.25;
        SwapD(ref dx, ref dy);
        Console.WriteLine(dx);
        string sx = "first", sy = "second";
        SwapS(ref sx, ref sy);
        Console.WriteLine(sx + " " + sy);

        byte b = 255; sbyte sb = -128; short s = 20000; ushort us = 0x00F0; char c = 'y'; bool bo = false;
        uint u = 0; ulong ul = 0x8000000000000001; float f = 1f;
        Bump(ref b, ref sb, ref s, ref us, ref c, ref bo, ref u, ref ul, ref f);
        Console.WriteLine(b); Console.WriteLine(sb); Console.WriteLine(s); Console.WriteLine(us);
        Console.WriteLine(c); Console.WriteLine(bo); Console.WriteLine(u); Console.WriteLine(ul); Console.WriteLine(f);

        int q, r;
        Console.WriteLine(DivMod(-17, 5, out q, out r));
        Console.WriteLine(q * 100 + r);
        Console.WriteLine(DivMod(17, 0, out q, out r));
        Console.WriteLine(q + r);
        double[] xs = new double[5];
        xs[0] = 3; xs[1] = -1.5; xs[2] = 8.25; xs[3] = 0; xs[4] = 2;
        double min, max;
        int count;
        MinMax(xs, out min, out max, out count);
        Console.WriteLine(min); Console.WriteLine(max); Console.WriteLine(count);

        int deep = 0;
        AddDeep(ref deep, 10);
        Console.WriteLine(deep);

        // refs to array elements and struct fields
        int[] arr = new int[5];
        for (int i = 0; i < arr.Length; i++) arr[i] = (i * 37) % 11;
        Swap(ref arr[0], ref arr[4]);
        Increment(ref arr[2]);
        for (int i = 0; i < arr.Length; i++) Console.Write(arr[i]);
        Console.WriteLine();
        Cell cell = new Cell();
        cell.Weight = 1.5;
        Increment(ref cell.Count);
        Increment(ref cell.Count);
        double total = 0;
        AddTo(ref total, ref cell);
        AddTo(ref total, ref cell);
        Console.WriteLine(total);
        Console.WriteLine(cell.Count);
        Cell[] cells = new Cell[3];
        cells[1].Weight = 2;
        AddTo(ref total, ref cells[1]);
        Increment(ref cells[2].Count);
        SwapCell(ref cells[0], ref cells[2]);
        Console.WriteLine(cells[0].Count);
        Console.WriteLine(cells[1].Count);
        Console.WriteLine(cells[2].Count);

        // ref locals and ref returns
        int local = 10;
        ref int alias = ref local;
        alias += 5;
        Console.WriteLine(local);
        ref int big = ref Largest(arr);
        big = -big;
        for (int i = 0; i < arr.Length; i++) Console.Write(arr[i]);
        Console.WriteLine();
        Largest(arr) = 77;
        Console.WriteLine(arr[0] + arr[1] + arr[2] + arr[3] + arr[4]);
        ref Cell cr = ref CellAt(cells, 1);
        cr.Weight = 9.5;
        CellAt(cells, 2).Count = 42;
        Console.WriteLine(cells[1].Weight);
        Console.WriteLine(cells[2].Count);
        ref double w = ref cells[0].Weight;
        w = 0.125;
        Console.WriteLine(cells[0].Weight);

        // by-value arguments are copies
        int vx = 1; long vy = 2; double vz = 3; string vs = "abc"; Cell vc = cell;
        ByValue(vx, vy, vz, vs, vc);
        Console.WriteLine(vx + (int)vy + (int)vz + vs.Length + vc.Count);

        return ((ManyLocals(3) + ManyLocals(4) - ManyLocals(0)) % 100 + 100) % 100;  // wasmtime passes only exit statuses below 126
    }
}
