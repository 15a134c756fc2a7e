// A program's own exception hierarchy with fields: catch (Exception) against catch clauses
// for the custom classes (most derived first), fields and virtual methods of the caught
// object, an overridden Message, casts and `is` on the caught exception, and one
// exception object kept in a static field and thrown several times.
// exit: 52
using System;

class AppError : Exception
{
    public int Code;
    public AppError(string message, int code) : base(message) { Code = code; }
    public virtual string Describe() { return "AppError#" + Code.ToString(); }
}

class IoError : AppError
{
    public string Path;
    public IoError(string message, string path) : base(message, 20) { Path = path; }
    public override string Describe() { return "IoError(" + Path + ")#" + Code.ToString(); }
}

class DiskFull : IoError
{
    public long Needed;
    public DiskFull(string path, long needed) : base("disk full", path) { Needed = needed; Code = 21; }
    public override string Describe() { return "DiskFull(" + Path + ", " + Needed.ToString() + ")#" + Code.ToString(); }
}

class ParseError : AppError
{
    public int Line, Column;
    public ParseError(string message, int line, int column) : base(message, 30) { Line = line; Column = column; }
    public override string Message
    {
        get { return base.Message + " at " + Line.ToString() + ":" + Column.ToString(); }
    }
}

struct Position
{
    public int Line, Column;
}

class PositionedError : Exception
{
    public Position Where;
    public double Weight;
    public PositionedError(Position where, double weight) : base("positioned") { Where = where; Weight = weight; }
}

class Program
{
    static AppError shared = new AppError("shared", 7);

    static void Fail(int kind)
    {
        switch (kind)
        {
            case 0: throw new AppError("generic failure", 10);
            case 1: throw new IoError("cannot open", "/tmp/a.txt");
            case 2: throw new DiskFull("/var/log", 1L << 40);
            case 3: throw new ParseError("unexpected token", 12, 34);
            case 4:
                Position p;
                p.Line = 5;
                p.Column = 6;
                throw new PositionedError(p, 2.5);
            case 5:
                shared.Code++;
                throw shared;
            default: throw new InvalidOperationException("not ours");
        }
    }

    static int Handle(int kind)
    {
        try
        {
            Fail(kind);
            return -1;
        }
        catch (DiskFull e)
        {
            Console.WriteLine("DiskFull: " + e.Message + " " + e.Describe() + " needed=" + e.Needed.ToString());
            return e.Code;
        }
        catch (IoError e)
        {
            Console.WriteLine("IoError: " + e.Message + " " + e.Describe() + " path=" + e.Path);
            return e.Code;
        }
        catch (AppError e)
        {
            ParseError pe = e as ParseError;
            string extra = pe != null ? " line=" + pe.Line.ToString() : " not a parse error";
            Console.WriteLine("AppError: " + e.Message + " " + e.Describe() + extra + " shared=" + ((object)e == (object)shared).ToString());
            return e.Code;
        }
        catch (Exception e)
        {
            if (e is PositionedError)
            {
                PositionedError pe = (PositionedError)e;
                Console.WriteLine("Positioned: " + pe.Where.Line.ToString() + "," + pe.Where.Column.ToString() + " weight " + pe.Weight.ToString());
                return pe.Where.Line * pe.Where.Column;
            }
            Console.WriteLine("Exception: " + e.Message + " isApp=" + (e is AppError).ToString());
            return 0;
        }
    }

    // Catch (Exception) first would hide the others; here it is the only clause.
    static string Generic(int kind)
    {
        try
        {
            Fail(kind);
            return "none";
        }
        catch (Exception e)
        {
            AppError app = e as AppError;
            if (app == null) return "other: " + e.Message;
            return "app " + app.Code.ToString() + ": " + app.Describe();
        }
    }

    static int Main()
    {
        int total = 0;
        for (int k = 0; k <= 6; k++)
        {
            int r = Handle(k);
            Console.WriteLine("  -> " + r.ToString());
            total += r;
        }
        for (int k = 0; k <= 6; k++)
            Console.WriteLine(Generic(k));
        for (int i = 0; i < 3; i++)
            total += Handle(5);
        Console.WriteLine("shared code now " + shared.Code.ToString());
        Console.WriteLine("total " + total.ToString());
        return total % 100;
    }
}
