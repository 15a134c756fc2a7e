// Strings: literals with every escape (\n \t \\ \" \' \0 \xNN \uNNNN
// \UNNNNNNNN), verbatim literals, non-ASCII text (é, 中文) and emoji as
// surrogate pairs (Length counts UTF-16 units), the indexer, ==, !=,
// Equals between literals and strings built at run time, null and empty
// strings, String.Concat of 2, 3, 4 and 5+ strings (mcs uses Concat(string[])
// for more than four), string arrays, strings as parameters and results,
// and a hash computed over the characters.
// exit: 19
using System;

class Program
{
    static string Id(string s) { return s; }
    static string Null() { return null; }

    static int Hash(string s)
    {
        int h = 5381;
        for (int i = 0; i < s.Length; i++) h = h * 33 + s[i];
        return h;
    }

    static void Describe(string s)
    {
        Console.Write(s.Length);
        Console.Write(" ");
        Console.Write(Hash(s));
        Console.Write(" [");
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0) Console.Write(",");
            Console.Write((int)s[i]);
        }
        Console.WriteLine("]");
    }

    static string Repeat(string s, int n)
    {
        string r = "";
        for (int i = 0; i < n; i++) r = r + s;
        return r;
    }

    static int Main()
    {
        string esc = "tab\there\nnewline \\ backslash \" quote \' apostrophe \x41\x4a \u00e9\u4e2d \U0001F600 end";
        Console.WriteLine(esc);
        Describe(esc);
        string nul = "a\0b";
        Describe(nul);
        string verbatim = @"C:\path\to ""quoted""
second line";
        Console.WriteLine(verbatim);
        Describe(verbatim);

        string accents = "é è à ç ß Ω";
        string chinese = "中文字符";
        string emoji = "😀👍🏽";
        string mixed = "aé中😀z";
        Console.WriteLine(accents);
        Console.WriteLine(chinese);
        Console.WriteLine(emoji);
        Console.WriteLine(mixed);
        Describe(accents);
        Describe(chinese);
        Describe(emoji);
        Describe(mixed);
        Console.WriteLine(mixed[0]);
        Console.WriteLine(mixed[1]);
        Console.WriteLine(mixed[2]);
        Console.WriteLine((int)mixed[3]);
        Console.WriteLine((int)mixed[4]);
        Console.WriteLine(mixed[5]);
        Console.WriteLine(mixed[mixed.Length - 1] == 'z');

        // equality: content, not identity
        string a = Id("hello");
        string b = Id("hel") + Id("lo");
        string c = Id("Hello");
        Console.WriteLine(a == b);
        Console.WriteLine(a != b);
        Console.WriteLine(a == c);
        Console.WriteLine(a != c);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a.Equals(c));
        Console.WriteLine(string.Equals(a, b));
        Console.WriteLine(string.Equals(a, Null()));
        Console.WriteLine(Null() == Null());
        Console.WriteLine(a == Null());
        Console.WriteLine(Null() != a);
        Console.WriteLine(Id("") == string.Empty);
        Console.WriteLine(Id("") == Null());
        Console.WriteLine(Id("a") == Id("ab"));
        Console.WriteLine(Id("ab") == Id("a"));
        Console.WriteLine(Id("中文") == Id("中") + Id("文"));
        Console.WriteLine(Id("😀") == Id("\uD83D\uDE00"));
        Console.WriteLine(Id("é") == Id("e\u0301"));

        // concatenation
        string s2 = a + b;
        string s3 = a + " " + c;
        string s4 = a + "," + b + "," ;
        string s5 = a + "|" + b + "|" + c;
        string s9 = Id("1") + Id("2") + Id("3") + Id("4") + Id("5") + Id("6") + Id("7") + Id("8") + Id("9");
        Console.WriteLine(s2);
        Console.WriteLine(s3);
        Console.WriteLine(s4);
        Console.WriteLine(s5);
        Console.WriteLine(s9);
        Console.WriteLine(s9.Length);
        Console.WriteLine(Null() + a + Null());
        Console.WriteLine((Null() + Null()).Length);
        Console.WriteLine(string.Concat(a, c));
        Console.WriteLine(Repeat("ab", 5));
        Console.WriteLine(Repeat("中", 3) + Repeat("😀", 2));
        Console.WriteLine(Repeat("xyz", 1000).Length);
        string grow = "";
        for (int i = 0; i < 10; i++) grow = grow + i.ToString();
        Console.WriteLine(grow);
        Console.WriteLine(Hash(Repeat(grow, 50)));

        string[] words = new string[5];
        words[0] = "alpha"; words[1] = "beta"; words[2] = "gamma"; words[3] = "δέλτα"; words[4] = Null();
        int total = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] == null) { Console.WriteLine("(null)"); continue; }
            total += words[i].Length;
            Console.WriteLine(words[i] + "=" + words[i].Length.ToString());
        }
        Console.WriteLine(total);
        return total;
    }
}
