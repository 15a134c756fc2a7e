// Bitwise operators (& | ^ ~) and shifts on int, uint, long, ulong and the
// small types: arithmetic >> on signed, logical >> on unsigned, shift counts
// masked to 5 bits (32-bit) or 6 bits (64-bit) including counts >= the width
// and negative counts, variable and constant counts, compound shift
// assignment, popcount and bit reversal loops.
// exit: 21
using System;

class Program
{
    static int I(int x) { return x; }
    static uint U(uint x) { return x; }
    static long L(long x) { return x; }
    static ulong UL(ulong x) { return x; }

    static int PopCount(ulong v)
    {
        int n = 0;
        while (v != 0) { n += (int)(v & 1); v >>= 1; }
        return n;
    }

    static uint Reverse(uint v)
    {
        uint r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (v & 1); v >>= 1; }
        return r;
    }

    static int Main()
    {
        int[] counts = new int[12];
        counts[0] = 0; counts[1] = 1; counts[2] = 7; counts[3] = 31; counts[4] = 32; counts[5] = 33;
        counts[6] = 63; counts[7] = 64; counts[8] = 65; counts[9] = -1; counts[10] = -31; counts[11] = 100;

        int ineg = I(-123456789), ipos = I(0x12345678);
        uint u = U(0xF0F0F0F1);
        long lneg = L(-1234567890123456789), lpos = L(0x0123456789ABCDEF);
        ulong ul = UL(0xF0E0D0C0B0A09081);
        for (int k = 0; k < counts.Length; k++)
        {
            int n = counts[k];
            Console.Write(n); Console.Write(": ");
            Console.Write(ineg << n); Console.Write(" ");
            Console.Write(ineg >> n); Console.Write(" ");
            Console.Write(ipos << n); Console.Write(" ");
            Console.Write(ipos >> n); Console.Write(" ");
            Console.Write(u << n); Console.Write(" ");
            Console.Write(u >> n); Console.Write(" ");
            Console.Write(lneg << n); Console.Write(" ");
            Console.Write(lneg >> n); Console.Write(" ");
            Console.Write(lpos << n); Console.Write(" ");
            Console.Write(lpos >> n); Console.Write(" ");
            Console.Write(ul << n); Console.Write(" ");
            Console.WriteLine(ul >> n);
        }
        // constant counts (the compiler masks them itself)
        Console.WriteLine(ineg << 33);
        Console.WriteLine(ineg >> 35);
        Console.WriteLine(u >> 36);
        Console.WriteLine(lneg >> 65);
        Console.WriteLine(ul << 66);

        // small types shift as int
        byte b = 0x81;
        sbyte sb = -127;
        short s = -2;
        ushort us = 0x8001;
        char c = '\u8001';
        Console.WriteLine(b << 4);
        Console.WriteLine(b >> 1);
        Console.WriteLine((byte)(b << 1));
        Console.WriteLine(sb >> 2);
        Console.WriteLine(sb << 28);
        Console.WriteLine(s << 31);
        Console.WriteLine(s >> 1);
        Console.WriteLine(us >> 15);
        Console.WriteLine(us << 17);
        Console.WriteLine(c >> 3);

        // bitwise operators
        Console.WriteLine(ineg & ipos);
        Console.WriteLine(ineg | ipos);
        Console.WriteLine(ineg ^ ipos);
        Console.WriteLine(~ineg);
        Console.WriteLine(~u);
        Console.WriteLine(u & 0xFFFF);
        Console.WriteLine(u | 0x0F0F0F0E);
        Console.WriteLine(u ^ 0xFFFFFFFF);
        Console.WriteLine(lneg & lpos);
        Console.WriteLine(lneg | lpos);
        Console.WriteLine(lneg ^ lpos);
        Console.WriteLine(~lneg);
        Console.WriteLine(~ul);
        Console.WriteLine(ul & 0xFFFFFFFF00000000);
        Console.WriteLine(ul ^ 0x5555555555555555);
        Console.WriteLine(~b);
        Console.WriteLine(b & sb);
        Console.WriteLine(b | s);
        Console.WriteLine(us ^ c);
        Console.WriteLine(~c);

        // mixed: int & long widens the int with sign extension, uint with zero extension
        Console.WriteLine(ineg & lpos);
        Console.WriteLine(u | lneg);
        Console.WriteLine((ulong)I(-1) & UL(0xFF00FF00FF00FF00 >> 8) & 0xFFFFFF);

        // compound shift and bit operations
        int acc = 1;
        for (int i = 0; i < 40; i++) { acc <<= 3; acc ^= i; acc |= i & 5; acc &= ~(i << 7); }
        Console.WriteLine(acc);
        long lacc = 1;
        for (int i = 0; i < 70; i++) { lacc <<= i; lacc ^= L(0x5DEECE66D) * i; lacc >>= 3; }
        Console.WriteLine(lacc);
        ulong x = UL(88172645463325252);
        for (int i = 0; i < 100; i++) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; }
        Console.WriteLine(x);

        Console.WriteLine(PopCount(ul));
        Console.WriteLine(PopCount(UL(ulong.MaxValue)));
        Console.WriteLine(Reverse(U(1)));
        Console.WriteLine(Reverse(U(0x12345678)));

        bool t = I(3) > 2, f = I(3) < 2;
        Console.WriteLine(t & f);
        Console.WriteLine(t | f);
        Console.WriteLine(t ^ f);
        Console.WriteLine(t ^ t);
        Console.WriteLine(!t);
        return PopCount(ul);
    }
}
