// sbyte, byte, short, ushort and char arithmetic: promotion to int in every
// operator, explicit narrowing (conv.i1/u1/i2/u2 truncation and sign
// extension), compound assignment and ++/-- that wrap silently, array
// elements and parameters of small types (loads must sign- or zero-extend).
using System;

class Program
{
    static sbyte SB(int x) { return (sbyte)x; }
    static byte B(int x) { return (byte)x; }
    static short S(int x) { return (short)x; }
    static ushort US(int x) { return (ushort)x; }

    static int SumSB(sbyte a, sbyte b) { return a + b; }
    static int SumB(byte a, byte b) { return a + b; }
    static int MulS(short a, short b) { return a * b; }
    static int MulUS(ushort a, ushort b) { return a * b; }

    static int Main()
    {
        sbyte sb = SB(127);
        sb++;
        Console.WriteLine(sb);
        sb--;
        Console.WriteLine(sb);
        sb += 100;
        Console.WriteLine(sb);
        sb = SB(-128);
        sb -= 1;
        Console.WriteLine(sb);
        sb = (sbyte)-sb;
        Console.WriteLine(sb);
        Console.WriteLine(-SB(-128));
        Console.WriteLine(SumSB(SB(-100), SB(-100)));
        Console.WriteLine((sbyte)SumSB(SB(-100), SB(-100)));

        byte b = B(255);
        b++;
        Console.WriteLine(b);
        b--;
        Console.WriteLine(b);
        b += 10;
        Console.WriteLine(b);
        b *= 100;
        Console.WriteLine(b);
        b = B(200);
        Console.WriteLine(b + b);
        Console.WriteLine((byte)(b + b));
        Console.WriteLine(b * b);
        Console.WriteLine(b / B(7));
        Console.WriteLine(b % B(7));
        Console.WriteLine(~b);
        Console.WriteLine((byte)~b);
        Console.WriteLine(-b);
        Console.WriteLine(SumB(B(250), B(250)));

        short s = S(32767);
        s++;
        Console.WriteLine(s);
        s = S(-32768);
        s--;
        Console.WriteLine(s);
        s = S(1000);
        s *= 100;
        Console.WriteLine(s);
        Console.WriteLine(MulS(S(-32768), S(-32768)));
        Console.WriteLine(S(-7) / S(2));
        Console.WriteLine(S(-7) % S(2));
        Console.WriteLine(S(70000));
        Console.WriteLine(S(-70000));

        ushort us = US(65535);
        us++;
        Console.WriteLine(us);
        us--;
        Console.WriteLine(us);
        Console.WriteLine(MulUS(US(65535), US(65535)));
        Console.WriteLine((ushort)MulUS(US(65535), US(65535)));
        Console.WriteLine(US(-1) / US(16));
        Console.WriteLine(US(70000));

        char c = 'A';
        c++;
        Console.WriteLine(c);
        c += (char)2;
        Console.WriteLine(c);
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        Console.WriteLine('z' - 'a');
        char cmax = (char)US(65535);
        cmax++;
        Console.WriteLine((int)cmax);

        // arrays of small types: stores truncate, loads extend
        sbyte[] sbs = new sbyte[4];
        byte[] bs = new byte[4];
        short[] ss = new short[4];
        ushort[] uss = new ushort[4];
        for (int i = 0; i < 4; i++)
        {
            int v = 100 * i - 150 + 64 * i * i;
            sbs[i] = (sbyte)v;
            bs[i] = (byte)v;
            ss[i] = (short)(v * 300);
            uss[i] = (ushort)(v * 300);
        }
        int total = 0;
        for (int i = 0; i < 4; i++)
        {
            Console.Write(sbs[i]); Console.Write(" ");
            Console.Write(bs[i]); Console.Write(" ");
            Console.Write(ss[i]); Console.Write(" ");
            Console.WriteLine(uss[i]);
            total += sbs[i] + bs[i] + ss[i] + uss[i];
        }
        Console.WriteLine(total);
        bs[1] += 200;
        sbs[1] -= 100;
        ss[2] *= 3;
        uss[3] <<= 4;
        Console.WriteLine(bs[1]);
        Console.WriteLine(sbs[1]);
        Console.WriteLine(ss[2]);
        Console.WriteLine(uss[3]);

        // comparisons between small types of different signedness
        Console.WriteLine(SB(-1) < B(1));
        Console.WriteLine(S(-1) < US(65535));
        Console.WriteLine(B(255) == SB(-1));
        Console.WriteLine((byte)SB(-1) == B(255));
        return 0;
    }
}
