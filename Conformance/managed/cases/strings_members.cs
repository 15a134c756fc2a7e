// String members: Substring (1 and 2 arguments), IndexOf (char, string, with
// a start index), LastIndexOf, IndexOfAny, Contains, StartsWith/EndsWith
// (ASCII, where culture and ordinal agree), Replace (char and string),
// ToUpper/ToLower (ASCII and Latin-1 letters), Trim/TrimStart/TrimEnd (white
// space and given characters), PadLeft/PadRight, Split, Join, Insert/Remove,
// Compare/CompareTo signs (same-case letters and digits), Equals,
// ToCharArray, IsNullOrEmpty/IsNullOrWhiteSpace.
// exit: 56
using System;

class Program
{
    static string Id(string s) { return s; }
    static int I(int x) { return x; }
    static char C(char c) { return c; }

    static void Show(string label, string value)
    {
        Console.WriteLine(label + "=[" + (value == null ? "null" : value) + "]");
    }

    static void ShowAll(string label, string[] parts)
    {
        Console.Write(label + " " + parts.Length.ToString() + ":");
        foreach (string p in parts)
            Console.Write(" [" + p + "]");
        Console.WriteLine();
    }

    static int Sign(int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

    static int Main()
    {
        string s = Id("Hello, World");
        Show("sub7", s.Substring(I(7)));
        Show("sub0", s.Substring(I(0)));
        Show("subEnd", s.Substring(s.Length));
        Show("sub0,5", s.Substring(I(0), I(5)));
        Show("sub3,0", s.Substring(I(3), I(0)));
        Show("sub7,5", s.Substring(I(7), I(5)));
        Console.WriteLine((object)s.Substring(0) == (object)s);

        Console.WriteLine(s.IndexOf(C('o')));
        Console.WriteLine(s.IndexOf(C('o'), I(5)));
        Console.WriteLine(s.IndexOf(C('o'), I(9)));
        Console.WriteLine(s.IndexOf(C('z')));
        Console.WriteLine(s.IndexOf(C('H'), s.Length));
        Console.WriteLine(s.IndexOf(Id("World")));
        Console.WriteLine(s.IndexOf(Id("l")));
        Console.WriteLine(s.IndexOf(Id("l"), I(4)));
        Console.WriteLine(s.IndexOf(Id("lo, W")));
        Console.WriteLine(s.IndexOf(Id("Worlds")));
        Console.WriteLine(s.IndexOf(Id("")));
        Console.WriteLine(s.IndexOf(Id(""), I(5)));
        Console.WriteLine(s.LastIndexOf(C('o')));
        Console.WriteLine(s.LastIndexOf(C('H')));
        Console.WriteLine(s.LastIndexOf(C('q')));
        Console.WriteLine(s.LastIndexOf(Id("l")));
        char[] any = new char[2];
        any[0] = 'W'; any[1] = ',';
        Console.WriteLine(s.IndexOfAny(any));

        Console.WriteLine(s.Contains(Id("lo, ")));
        Console.WriteLine(s.Contains(Id("low")));
        Console.WriteLine(s.Contains(Id("")));
        Console.WriteLine(s.StartsWith(Id("Hell")));
        Console.WriteLine(s.StartsWith(Id("hell")));
        Console.WriteLine(s.StartsWith(Id("")));
        Console.WriteLine(s.StartsWith(Id("Hello, World!")));
        Console.WriteLine(s.EndsWith(Id("World")));
        Console.WriteLine(s.EndsWith(Id("Worl")));
        Console.WriteLine(s.EndsWith(Id("")));
        Console.WriteLine(Id("abc123").EndsWith(Id("123")));

        Show("repc", s.Replace(C('l'), C('L')));
        Show("repc-none", s.Replace(C('q'), C('Q')));
        Show("reps", s.Replace(Id("l"), Id("[l]")));
        Show("reps2", Id("aaaa").Replace(Id("aa"), Id("b")));
        Show("reps3", Id("abcabc").Replace(Id("bc"), Id("")));
        Show("reps4", Id("abcabc").Replace(Id("bc"), null));
        Show("reps5", s.Replace(Id("World"), Id("There")));
        Show("reps6", s.Replace(Id("xyz"), Id("q")));

        Show("upper", s.ToUpper());
        Show("lower", s.ToLower());
        Show("upper-l1", Id("àéîõüçñ éa1").ToUpper());
        Show("lower-l1", Id("ÀÉÎÕÜÇÑ ÉA1").ToLower());
        Show("upper-inv", Id("mixed Case 42").ToUpperInvariant());
        Show("lower-inv", Id("MIXED Case 42").ToLowerInvariant());

        string padded = Id(" \t\n  trim me \r\n\u00A0\u2003 ");
        Show("trim", padded.Trim());
        Show("trimStart", padded.TrimStart());
        Show("trimEnd", padded.TrimEnd());
        Show("trimAll", Id("   ").Trim());
        Show("trimChars", Id("xxhixyx").Trim('x', 'y'));
        Show("trimStartChars", Id("--a-b--").TrimStart('-'));
        Show("trimEndChars", Id("--a-b--").TrimEnd('-'));
        Show("trimNone", Id("abc").Trim());

        Show("padL", Id("42").PadLeft(I(6)));
        Show("padL0", Id("42").PadLeft(I(6), C('0')));
        Show("padR", Id("42").PadRight(I(6)) + "|");
        Show("padR.", Id("42").PadRight(I(6), C('.')));
        Show("padShort", Id("toolong").PadLeft(I(3)));

        ShowAll("split,", Id("a,b,,c,").Split(','));
        ShowAll("split2", Id("k=v;x=y").Split('=', ';'));
        ShowAll("splitNone", Id("single").Split(','));
        ShowAll("splitEmpty", Id("").Split(','));
        ShowAll("splitWs", Id("two words\there").Split((char[])null));
        ShowAll("splitRemove", Id(",a,,b,").Split(',', StringSplitOptions.RemoveEmptyEntries));
        ShowAll("splitRemoveAll", Id(",,").Split(new char[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        string[] words = new string[4];
        words[0] = "one"; words[1] = "two"; words[2] = null; words[3] = "four";
        Show("join", string.Join(Id(", "), words));
        Show("joinEmpty", string.Join(Id("-"), new string[0]));
        Show("join1", string.Join(Id("-"), Id("x").Split(',')));
        Show("joinNullSep", string.Join(null, words));
        Show("joinSplit", string.Join(Id("+"), Id("1 2 3").Split(' ')));

        Show("insert", Id("HelloWorld").Insert(I(5), Id(", ")));
        Show("remove", s.Remove(I(5)));
        Show("remove2", s.Remove(I(5), I(2)));

        Console.WriteLine(Sign(string.Compare(Id("apple"), Id("banana"))));
        Console.WriteLine(Sign(string.Compare(Id("banana"), Id("apple"))));
        Console.WriteLine(Sign(string.Compare(Id("apple"), Id("apple"))));
        Console.WriteLine(Sign(string.Compare(Id("app"), Id("apple"))));
        Console.WriteLine(Sign(string.Compare(Id("123"), Id("124"))));
        Console.WriteLine(Sign(string.Compare(null, Id("a"))));
        Console.WriteLine(Sign(string.Compare(Id("a"), null)));
        Console.WriteLine(Sign(Id("xyz").CompareTo(Id("xya"))));
        Console.WriteLine(Sign(string.CompareOrdinal(Id("a"), Id("B"))));
        Console.WriteLine(Sign(string.CompareOrdinal(Id("abc"), Id("abc"))));

        Console.WriteLine(s.Equals(Id("Hello, ") + Id("World")));
        Console.WriteLine(s.Equals((object)Id("Hello")));
        Console.WriteLine(string.Equals(Id("a"), Id("a")));

        char[] chars = s.ToCharArray();
        Console.WriteLine(chars.Length);
        Console.WriteLine(chars[4]);
        Console.WriteLine(chars);
        Console.WriteLine(Id("").ToCharArray().Length);

        Console.WriteLine(string.IsNullOrEmpty(null));
        Console.WriteLine(string.IsNullOrEmpty(Id("")));
        Console.WriteLine(string.IsNullOrEmpty(Id(" ")));
        Console.WriteLine(string.IsNullOrWhiteSpace(null));
        Console.WriteLine(string.IsNullOrWhiteSpace(Id(" \t\r\n")));
        Console.WriteLine(string.IsNullOrWhiteSpace(Id(" x ")));
        Console.WriteLine(char.IsWhiteSpace(C('\u3000')));
        Console.WriteLine(char.IsWhiteSpace(C('\u200B')));
        Console.WriteLine(char.ToUpper(C('q')));
        Console.WriteLine(char.ToLower(C('Q')));

        string csv = Id("10,20,30,40,50");
        int sum = 0;
        foreach (string part in csv.Split(','))
            sum += part.Length * (part[0] - '0');
        Console.WriteLine(sum);
        return s.Length + sum + s.IndexOf(C('W')) + 7;
    }
}
