// switch statements: dense int cases (IL switch table, with and without an
// offset from zero, with holes), sparse int cases (compare chains or a
// binary search), negative case labels, several labels per section, goto
// case / goto default, switch on long, on char (dense and sparse), on byte,
// on string with fewer than seven cases (mcs compares with op_Equality; see
// switch_string_large for the Dictionary form), on a string that is null,
// switches nested in loops with break and continue, and returns from cases.
// exit: 2
using System;

class Program
{
    static int Dense(int x)
    {
        switch (x)
        {
            case 0: return 100;
            case 1: return 101;
            case 2: return 102;
            case 3: return 103;
            case 4: return 104;
            case 5: return 105;
            case 6: return 106;
            default: return -1;
        }
    }

    static string DenseOffset(int x)
    {
        string r;
        switch (x)
        {
            case 10: r = "ten"; break;
            case 11: r = "eleven"; break;
            case 12:
            case 13: r = "twelve-or-thirteen"; break;
            case 15: r = "fifteen"; break;
            case 16: r = "sixteen"; break;
            default: r = "other"; break;
        }
        return r;
    }

    static int Sparse(int x)
    {
        switch (x)
        {
            case -1000000: return 1;
            case -7: return 2;
            case 0: return 3;
            case 42: return 4;
            case 1000: return 5;
            case 65536: return 6;
            case int.MaxValue: return 7;
            case int.MinValue: return 8;
        }
        return 0;
    }

    static int Negative(int x)
    {
        switch (x)
        {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            default: return 99;
        }
    }

    static int GotoCase(int x)
    {
        int acc = 0;
        switch (x)
        {
            case 0:
                acc += 1;
                goto case 2;
            case 1:
                acc += 10;
                goto default;
            case 2:
                acc += 100;
                break;
            case 3:
                acc += 1000;
                goto case 1;
            default:
                acc += 10000;
                break;
        }
        return acc;
    }

    static int OnLong(long x)
    {
        switch (x)
        {
            case 0L: return 1;
            case 1L: return 2;
            case 2L: return 3;
            case 4294967296L: return 4;
            case -9223372036854775808L: return 5;
            default: return 0;
        }
    }

    static string OnChar(char c)
    {
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case 'y': return "sometimes";
            case ' ': return "space";
            case '\n': return "newline";
            case 'é': return "e-acute";
            case '中': return "zhong";
            default:
                if (c >= '0' && c <= '9') return "digit";
                return "consonant-or-other";
        }
    }

    static int OnDenseChar(char c)
    {
        switch (c)
        {
            case 'A': return 1;
            case 'B': return 2;
            case 'C': return 3;
            case 'D': return 4;
            case 'E': return 5;
            case 'F': return 6;
        }
        return 0;
    }

    static int OnByte(byte b)
    {
        switch (b)
        {
            case 0: return 1;
            case 1: return 2;
            case 2: return 3;
            case 3: return 4;
            case 255: return 5;
        }
        return 0;
    }

    static int OnString(string s)
    {
        switch (s)
        {
            case "zero": return 0;
            case "one": return 1;
            case "two": return 2;
            case "": return 3;
            case "中文": return 4;
            default: return -1;
        }
    }

    static int Main()
    {
        for (int i = -2; i <= 8; i++)
        {
            Console.Write(Dense(i));
            Console.Write(" ");
            Console.Write(DenseOffset(i + 8));
            Console.Write(" ");
            Console.Write(Negative(i - 2));
            Console.Write(" ");
            Console.WriteLine(GotoCase(i));
        }
        int[] probes = new int[12];
        probes[0] = -1000000; probes[1] = -7; probes[2] = 0; probes[3] = 42; probes[4] = 1000; probes[5] = 65536;
        probes[6] = int.MaxValue; probes[7] = int.MinValue; probes[8] = 41; probes[9] = 43; probes[10] = 999999; probes[11] = -6;
        for (int i = 0; i < probes.Length; i++)
        {
            Console.Write(Sparse(probes[i]));
            Console.Write(" ");
        }
        Console.WriteLine();
        long[] lprobes = new long[6];
        lprobes[0] = 0; lprobes[1] = 1; lprobes[2] = 2; lprobes[3] = 4294967296L; lprobes[4] = long.MinValue; lprobes[5] = 3;
        for (int i = 0; i < lprobes.Length; i++)
        {
            Console.Write(OnLong(lprobes[i]));
            Console.Write(" ");
        }
        Console.WriteLine();

        string text = "Hey you, eye 9\né中!";
        for (int i = 0; i < text.Length; i++)
        {
            Console.Write(OnChar(text[i]));
            Console.Write(i + 1 < text.Length ? " " : "\n");
        }
        for (char c = '@'; c <= 'G'; c++) Console.Write(OnDenseChar(c));
        Console.WriteLine();
        byte bb = 0;
        int byteSum = 0;
        do { byteSum = byteSum * 7 + OnByte(bb); bb++; } while (bb != 0);
        Console.WriteLine(byteSum);

        string[] keys = new string[7];
        keys[0] = "zero"; keys[1] = "one"; keys[2] = "two"; keys[3] = ""; keys[4] = "中文"; keys[5] = "three"; keys[6] = null;
        for (int i = 0; i < keys.Length; i++)
        {
            Console.Write(OnString(keys[i]));
            Console.Write(" ");
        }
        Console.WriteLine(OnString("tw" + "o".ToString()));

        // switch in a loop: break leaves the switch, continue the loop iteration
        int evens = 0, odds = 0, skipped = 0;
        for (int i = 0; i < 30; i++)
        {
            switch (i % 5)
            {
                case 0:
                    skipped++;
                    continue;
                case 1:
                case 3:
                    odds++;
                    break;
                default:
                    evens++;
                    break;
            }
            if (i > 25) break;
        }
        Console.WriteLine(evens);
        Console.WriteLine(odds);
        Console.WriteLine(skipped);
        return GotoCase(3) % 256;
    }
}
