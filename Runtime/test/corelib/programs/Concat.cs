using System;

class Concat
{
    static void Main()
    {
        int i = 42;
        long l = -7;
        double d = 2.5;
        char c = 'x';
        bool b = true;
        string s = "s";
        Console.WriteLine("i = " + i);
        Console.WriteLine("i = " + i + ", l = " + l);
        Console.WriteLine("d = " + d + ", c = " + c + ", b = " + b + "!");
        Console.WriteLine(s + s);
        Console.WriteLine(s + s + s);
        Console.WriteLine(s + s + s + s);
        Console.WriteLine(s + s + s + s + s);
        Console.WriteLine(i.ToString() + l.ToString() + d.ToString());
        s += i;
        Console.WriteLine(s == "s42");
        Console.WriteLine(s != "s42");
        Console.WriteLine(string.IsNullOrEmpty(s));
        Console.WriteLine(s.Length);
        Console.WriteLine(s[1]);
        foreach (char ch in "abc")
            Console.Write(ch);
        Console.WriteLine();
    }
}
