// checked(...) arithmetic (add.ovf, sub.ovf, mul.ovf and their .un forms) on
// int, uint, long and ulong with results exactly at the limits, which must
// not throw, next to the same expressions unchecked; checked blocks,
// checked compound assignment and increments. Overflowing cases are in the
// exc_* programs.
using System;

class Program
{
    static int I(int x) { return x; }
    static uint U(uint x) { return x; }
    static long L(long x) { return x; }
    static ulong UL(ulong x) { return x; }

    static int Main()
    {
        int imax = I(int.MaxValue), imin = I(int.MinValue);
        Console.WriteLine(checked(imax - 1 + 1));
        Console.WriteLine(checked(imin + 1 - 1));
        Console.WriteLine(checked(imax + imin));
        Console.WriteLine(checked(imin - imin));
        Console.WriteLine(checked(I(46340) * I(46340)));
        Console.WriteLine(checked(I(-46340) * I(46341)));
        Console.WriteLine(checked(I(65536) * I(-32768)));
        Console.WriteLine(checked(I(-1) * imax));
        Console.WriteLine(checked(-imax));
        Console.WriteLine(checked(imin / I(1)));
        Console.WriteLine(checked(I(-2147483647) - 1));
        Console.WriteLine(checked(imax * I(1)));
        Console.WriteLine(checked(imin * I(1)));
        Console.WriteLine(checked(imin * I(0)));
        Console.WriteLine(unchecked(imax + 1));

        uint umax = U(uint.MaxValue);
        Console.WriteLine(checked(umax - 1 + 1));
        Console.WriteLine(checked(U(0) + umax));
        Console.WriteLine(checked(umax - umax));
        Console.WriteLine(checked(U(65535) * U(65537)));
        Console.WriteLine(checked(U(2147483648) + U(2147483647)));
        Console.WriteLine(checked(U(3) * U(1431655765)));
        Console.WriteLine(checked(umax / U(2) * U(2)));
        Console.WriteLine(unchecked(U(0) - 1));

        long lmax = L(long.MaxValue), lmin = L(long.MinValue);
        Console.WriteLine(checked(lmax - 1 + 1));
        Console.WriteLine(checked(lmin + 1 - 1));
        Console.WriteLine(checked(lmax + lmin));
        Console.WriteLine(checked(L(3037000499) * L(3037000499)));
        Console.WriteLine(checked(L(-3037000499) * L(3037000499)));
        Console.WriteLine(checked(L(4294967296) * L(-2147483648)));
        Console.WriteLine(checked(-lmax));
        Console.WriteLine(checked(L(-1) * lmax));
        Console.WriteLine(checked(lmin * L(1)));
        Console.WriteLine(unchecked(lmin - 1));

        ulong ulmax = UL(ulong.MaxValue);
        Console.WriteLine(checked(ulmax - 1 + 1));
        Console.WriteLine(checked(UL(0) + ulmax));
        Console.WriteLine(checked(UL(4294967295) * UL(4294967297)));
        Console.WriteLine(checked(UL(9223372036854775808) + UL(9223372036854775807)));
        Console.WriteLine(checked(UL(5) * UL(3689348814741910323)));
        Console.WriteLine(checked(ulmax - UL(9223372036854775808)));
        Console.WriteLine(unchecked(ulmax + 1));

        // small types: checked arithmetic happens in int, the narrowing is checked separately
        byte b1 = 200, b2 = 55;
        Console.WriteLine(checked((byte)(b1 + b2)));
        sbyte s1 = -100, s2 = -28;
        Console.WriteLine(checked((sbyte)(s1 + s2)));
        short h1 = 181, h2 = 181;
        Console.WriteLine(checked((short)(h1 * h2)));
        ushort w1 = 255, w2 = 257;
        Console.WriteLine(checked((ushort)(w1 * w2)));

        // checked blocks, compound assignment and increments
        int acc = 0;
        long lacc = 0;
        checked
        {
            for (int i = 0; i < 65535; i++) acc += 32768;
            acc += 32767;
            for (int i = 0; i < 1000; i++) lacc += 9223372036854775L;
            lacc += 807;
            int k = imax - 10;
            for (int i = 0; i < 10; i++) k++;
            acc -= k;
            uint uk = 10;
            while (uk > 0) uk--;
            acc += (int)uk;
        }
        Console.WriteLine(acc);
        Console.WriteLine(lacc);

        // factorials up to the largest that fits, checked
        long f = 1;
        for (int i = 1; i <= 20; i++) f = checked(f * i);
        Console.WriteLine(f);
        ulong uf = 1;
        for (uint i = 1; i <= 20; i++) uf = checked(uf * i);
        Console.WriteLine(checked(uf * 7));
        return 0;
    }
}
