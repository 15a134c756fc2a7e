// An unhandled exception thrown several frames below Main after some output: frames on
// the way have catch clauses that do not match (and a filter that returns false); mono
// prints the exception to stderr and exits with 1, and everything written to stdout
// before, including the filter's output and a partial line, must appear.
// exit: 1
using System;

class ConfigError : Exception
{
    public int Line;
    public ConfigError(string m, int line) : base(m) { Line = line; }
}

class Program
{
    static int filterRuns;

    static int Parse(string text, int line)
    {
        if (text.IndexOf('=') < 0) throw new ConfigError("missing '=' in \"" + text + "\"", line);
        return text.IndexOf('=');
    }

    static int ParseAll(string[] lines)
    {
        int total = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            try
            {
                Console.Write("parsing " + (i + 1).ToString() + "... ");
                total += Parse(lines[i], i + 1);
                Console.WriteLine("line " + (i + 1).ToString() + " ok, total " + total.ToString());
            }
            catch (FormatException)
            {
                Console.WriteLine("format problem");
            }
        }
        return total;
    }

    static int Load(string[] lines)
    {
        try
        {
            return ParseAll(lines);
        }
        catch (ConfigError e) when (Count(e.Line > 100))
        {
            Console.WriteLine("late error handled");
            return -1;
        }
    }

    static bool Count(bool b)
    {
        filterRuns++;
        Console.WriteLine("filter run " + filterRuns.ToString() + " -> " + b.ToString());
        return b;
    }

    static int Main()
    {
        string[] lines = new string[4];
        lines[0] = "a=1";
        lines[1] = "bb=2";
        lines[2] = "no equals sign";
        lines[3] = "c=3";
        Console.WriteLine("loading");
        Console.Write("partial line, ");
        try
        {
            Console.WriteLine("first load " + Load(lines).ToString());
        }
        catch (ArgumentException)
        {
            Console.WriteLine("not this one");
        }
        Console.WriteLine("not reached");
        return 0;
    }
}
