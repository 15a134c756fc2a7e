// char and bool as values: char arithmetic and comparisons, char <-> int
// and char <-> ushort conversions, iterating over character ranges,
// case conversion by arithmetic, digits to numbers, chars as array indices;
// bool from comparisons, !, &, |, ^, == and != on bools, bools stored in
// locals, arrays and struct fields, returned and passed, and bool used as
// an int through a ternary.
// exit: 14
using System;

struct Flags
{
    public bool A, B;
    public char Letter;
}

class Program
{
    static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
    static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
    static char ToLower(char c) { return IsUpper(c) ? (char)(c + 32) : c; }
    static char Rot13(char c)
    {
        if (c >= 'a' && c <= 'z') return (char)('a' + (c - 'a' + 13) % 26);
        if (c >= 'A' && c <= 'Z') return (char)('A' + (c - 'A' + 13) % 26);
        return c;
    }
    static bool Xor(bool a, bool b) { return a ^ b; }
    static bool Implies(bool a, bool b) { return !a | b; }

    static int Main()
    {
        string text = "Hello, World! 2024 ÀÉ zz";
        for (int i = 0; i < text.Length; i++) Console.Write(ToLower(text[i]));
        Console.WriteLine();
        for (int i = 0; i < text.Length; i++) Console.Write(Rot13(text[i]));
        Console.WriteLine();

        int number = 0;
        for (int i = 0; i < text.Length; i++) if (IsDigit(text[i])) number = number * 10 + (text[i] - '0');
        Console.WriteLine(number);

        int[] counts = new int[128];
        string sample = "the quick brown fox jumps over the lazy dog";
        for (int i = 0; i < sample.Length; i++) counts[sample[i]]++;
        for (char c = 'a'; c <= 'z'; c++) Console.Write(counts[c]);
        Console.WriteLine();
        Console.WriteLine(counts[' ']);

        char c1 = 'a', c2 = 'b';
        Console.WriteLine(c1 < c2);
        Console.WriteLine(c1 == 'a');
        Console.WriteLine(c2 - c1);
        Console.WriteLine((int)'€');
        Console.WriteLine((char)8364);
        Console.WriteLine((ushort)'\uFFFF');
        Console.WriteLine((char)(ushort)65);
        char maxc = char.MaxValue, minc = char.MinValue;
        Console.WriteLine((int)maxc + (int)minc);
        char up = 'x';
        up -= (char)32;
        Console.WriteLine(up);
        int letters = 0;
        for (char c = 'A'; c != 'Z' + 1; c++) letters++;
        Console.WriteLine(letters);

        bool t = number > 0, f = number < 0;
        Console.WriteLine(t);
        Console.WriteLine(f);
        Console.WriteLine(!t);
        Console.WriteLine(t & f);
        Console.WriteLine(t | f);
        Console.WriteLine(t ^ f);
        Console.WriteLine(t == f);
        Console.WriteLine(t != f);
        Console.WriteLine(Xor(t, t));
        Console.WriteLine(Implies(f, f));
        Console.WriteLine(Implies(t, f));
        bool acc = false;
        for (int i = 0; i < 7; i++) acc ^= i % 3 == 0;
        Console.WriteLine(acc);
        acc &= t;
        acc |= f;
        Console.WriteLine(acc);

        bool[] sieve = new bool[50];
        int ones = 0;
        for (int i = 0; i < sieve.Length; i++) sieve[i] = (i * i) % 7 == 2;
        for (int i = 0; i < sieve.Length; i++) ones += sieve[i] ? 1 : 0;
        Console.WriteLine(ones);

        Flags fl = new Flags();
        fl.A = t;
        fl.B = !fl.A;
        fl.Letter = ToLower('Q');
        Flags copy = fl;
        copy.A = false;
        Console.WriteLine(fl.A);
        Console.WriteLine(fl.B);
        Console.WriteLine(copy.A);
        Console.WriteLine(fl.Letter);

        int truth = 0;
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 2; b++)
            {
                bool x = a == 1, y = b == 1;
                truth = truth * 16 + (x && y ? 8 : 0) + (x || y ? 4 : 0) + (x ^ y ? 2 : 0) + (Implies(x, y) ? 1 : 0);
            }
        Console.WriteLine(truth);
        return ones;
    }
}
