// Unchecked conversions between every pair of numeric types (sbyte, byte,
// short, ushort, int, uint, long, ulong, char, float, double): one line per
// source value, one column per target type. Integer-to-integer conversions
// truncate or extend; integer-to-float conversions round (2^24+1, 2^53+1,
// values above 2^63 through conv.r.un). Conversions from float and double to
// an integer type are only done when the truncated value is in the target's
// range (the guards print "-" otherwise): C# leaves NaN, infinities and
// out-of-range values unspecified in an unchecked context, so mono and
// wasm may differ there legitimately.
using System;

class Program
{
    static void W(int v) { Console.Write(v); Console.Write(' '); }
    static void W(uint v) { Console.Write(v); Console.Write(' '); }
    static void W(long v) { Console.Write(v); Console.Write(' '); }
    static void W(ulong v) { Console.Write(v); Console.Write(' '); }
    static void W(float v) { Console.Write(v); Console.Write(' '); }
    static void W(double v) { Console.Write(v); Console.WriteLine(); }
    static void Skip() { Console.Write("- "); }

    static void FromSByte(sbyte v)
    {
        Console.Write("sbyte "); Console.Write(v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromByte(byte v)
    {
        Console.Write("byte "); Console.Write(v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromShort(short v)
    {
        Console.Write("short "); Console.Write(v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromUShort(ushort v)
    {
        Console.Write("ushort "); Console.Write(v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromChar(char v)
    {
        Console.Write("char "); Console.Write((int)v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromInt(int v)
    {
        Console.Write("int "); Console.Write(v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromUInt(uint v)
    {
        Console.Write("uint "); Console.Write(v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromLong(long v)
    {
        Console.Write("long "); Console.Write(v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromULong(ulong v)
    {
        Console.Write("ulong "); Console.Write(v); Console.Write(": ");
        W((sbyte)v); W((byte)v); W((short)v); W((ushort)v); W((int)v); W((uint)v); W((long)v);
        W((ulong)v); W((int)(char)v); W((float)v); W((double)v);
    }

    static void FromDouble(double v)
    {
        Console.Write("double "); Console.Write(v); Console.Write(": ");
        if (v > -129.0 && v < 128.0) W((sbyte)v); else Skip();
        if (v > -1.0 && v < 256.0) W((byte)v); else Skip();
        if (v > -32769.0 && v < 32768.0) W((short)v); else Skip();
        if (v > -1.0 && v < 65536.0) W((ushort)v); else Skip();
        if (v > -2147483649.0 && v < 2147483648.0) W((int)v); else Skip();
        if (v > -1.0 && v < 4294967296.0) W((uint)v); else Skip();
        if (v >= -9223372036854775808.0 && v < 9223372036854775808.0) W((long)v); else Skip();
        if (v > -1.0 && v < 18446744073709551616.0) W((ulong)v); else Skip();
        if (v > -1.0 && v < 65536.0) W((int)(char)v); else Skip();
        W((float)v); W((double)v);
    }

    static void FromFloat(float v)
    {
        Console.Write("float "); Console.Write(v); Console.Write(": ");
        if (v > -129f && v < 128f) W((sbyte)v); else Skip();
        if (v > -1f && v < 256f) W((byte)v); else Skip();
        if (v > -32769f && v < 32768f) W((short)v); else Skip();
        if (v > -1f && v < 65536f) W((ushort)v); else Skip();
        if (v >= -2147483648f && v < 2147483648f) W((int)v); else Skip();
        if (v > -1f && v < 4294967296f) W((uint)v); else Skip();
        if (v >= -9223372036854775808f && v < 9223372036854775808f) W((long)v); else Skip();
        if (v > -1f && v < 18446744073709551616f) W((ulong)v); else Skip();
        if (v > -1f && v < 65536f) W((int)(char)v); else Skip();
        W((float)v); W((double)v);
    }

    static int Main()
    {
        sbyte[] sbs = new sbyte[5];
        sbs[0] = -128; sbs[1] = -1; sbs[2] = 0; sbs[3] = 1; sbs[4] = 127;
        for (int i = 0; i < sbs.Length; i++) FromSByte(sbs[i]);

        byte[] bs = new byte[4];
        bs[0] = 0; bs[1] = 127; bs[2] = 128; bs[3] = 255;
        for (int i = 0; i < bs.Length; i++) FromByte(bs[i]);

        short[] ss = new short[6];
        ss[0] = -32768; ss[1] = -129; ss[2] = -1; ss[3] = 255; ss[4] = 256; ss[5] = 32767;
        for (int i = 0; i < ss.Length; i++) FromShort(ss[i]);

        ushort[] uss = new ushort[5];
        uss[0] = 0; uss[1] = 128; uss[2] = 255; uss[3] = 32768; uss[4] = 65535;
        for (int i = 0; i < uss.Length; i++) FromUShort(uss[i]);

        char[] cs = new char[5];
        cs[0] = '\0'; cs[1] = 'A'; cs[2] = '\u00e9'; cs[3] = '\u8000'; cs[4] = '\uffff';
        for (int i = 0; i < cs.Length; i++) FromChar(cs[i]);

        int[] ins = new int[8];
        ins[0] = int.MinValue; ins[1] = -32769; ins[2] = -1; ins[3] = 65791; ins[4] = 16777217;
        ins[5] = -16777219; ins[6] = 2147483520; ins[7] = int.MaxValue;
        for (int i = 0; i < ins.Length; i++) FromInt(ins[i]);

        uint[] uis = new uint[6];
        uis[0] = 0; uis[1] = 255; uis[2] = 2147483648; uis[3] = 16777217; uis[4] = 4294967040; uis[5] = uint.MaxValue;
        for (int i = 0; i < uis.Length; i++) FromUInt(uis[i]);

        long[] ls = new long[8];
        ls[0] = long.MinValue; ls[1] = -4294967297; ls[2] = -1; ls[3] = 4294967596; ls[4] = 9007199254740993;
        ls[5] = -9007199254740995; ls[6] = 1L << 62; ls[7] = long.MaxValue;
        for (int i = 0; i < ls.Length; i++) FromLong(ls[i]);

        ulong[] uls = new ulong[7];
        uls[0] = 0; uls[1] = 9007199254740993; uls[2] = 9223372036854775808; uls[3] = 9223372036854777857;
        uls[4] = 13835058055282163712; uls[5] = 18446744073709550591; uls[6] = ulong.MaxValue;
        for (int i = 0; i < uls.Length; i++) FromULong(uls[i]);

        double[] ds = new double[24];
        ds[0] = 0.0; ds[1] = -0.0; ds[2] = 0.5; ds[3] = -0.5; ds[4] = 1.5; ds[5] = -1.5; ds[6] = 2.5;
        ds[7] = 127.99; ds[8] = -128.99; ds[9] = 255.5; ds[10] = 65535.75; ds[11] = -32768.5;
        ds[12] = 2147483647.5; ds[13] = -2147483648.5; ds[14] = 4294967295.25; ds[15] = 9007199254740993.0;
        ds[16] = 1e19; ds[17] = -9.2e18; ds[18] = 0.1; ds[19] = 1e300; ds[20] = 1e-300;
        ds[21] = double.NaN; ds[22] = double.PositiveInfinity; ds[23] = double.NegativeInfinity;
        for (int i = 0; i < ds.Length; i++) FromDouble(ds[i]);

        float[] fs = new float[16];
        fs[0] = 0f; fs[1] = -0.75f; fs[2] = 1.5f; fs[3] = -2.5f; fs[4] = 127.5f; fs[5] = 255.99f;
        fs[6] = 16777216f; fs[7] = 3e9f; fs[8] = -2.5e9f; fs[9] = 1e19f; fs[10] = 3.4e38f; fs[11] = 1e-45f;
        fs[12] = 0.1f; fs[13] = float.NaN; fs[14] = float.PositiveInfinity; fs[15] = float.NegativeInfinity;
        for (int i = 0; i < fs.Length; i++) FromFloat(fs[i]);
        return 0;
    }
}
