// Exception objects that are never thrown: Message (given, null, empty, and the default
// "Exception of type '...' was thrown." of the program's own classes, also in a
// namespace), InnerException chains built with `new Exception(msg, inner)`,
// GetBaseException, and ToString ("<type>: <message>", " ---> " for each inner exception
// and an end-of-inner-trace line); then InnerException of a thrown and caught exception
// (only its Message: a thrown exception's ToString has mono's stack trace).
// exit: 0
using System;

namespace Errors
{
    class Oops : Exception
    {
        public Oops() { }
        public Oops(string m) : base(m) { }
        public Oops(string m, Exception inner) : base(m, inner) { }
    }
}

class Plain : Exception
{
    public Plain() { }
}

class Decorated : Exception
{
    public int Level;
    public Decorated(int level, Exception inner) : base("decorated " + level.ToString(), inner) { Level = level; }
    public override string Message { get { return "[" + base.Message + "]"; } }
}

class Program
{
    static void Show(string label, Exception e)
    {
        Console.WriteLine(label + ": Message=<" + e.Message + "> inner=" + (e.InnerException == null ? "none" : "<" + e.InnerException.Message + ">"));
        Console.WriteLine(e.ToString());
    }

    static void Fail(int n)
    {
        if (n == 0) throw new FormatException("innermost");
        try
        {
            Fail(n - 1);
        }
        catch (Exception e)
        {
            throw new Errors.Oops("wrapped " + n.ToString(), e);
        }
    }

    static int Main()
    {
        Show("given", new Exception("given message"));
        Show("null", new Exception(null));
        Show("empty", new Exception(""));
        Show("default", new Exception());
        Show("plain", new Plain());
        Show("oops", new Errors.Oops());
        Show("oops msg", new Errors.Oops("bad thing"));
        Show("invalid op", new InvalidOperationException("state"));
        Show("app", new ApplicationException("application"));

        Exception root = new ArgumentException("root");
        Exception mid = new InvalidOperationException("middle", root);
        Exception top = new Exception("top", mid);
        Show("chain", top);
        Console.WriteLine("base: " + top.GetBaseException().Message + " same=" + ((object)top.GetBaseException() == (object)root).ToString());
        Console.WriteLine("mid base: " + mid.GetBaseException().Message + " root base: " + root.GetBaseException().Message);

        Exception d = new Decorated(2, new Decorated(1, new Errors.Oops("deep", new Plain())));
        Show("decorated", d);
        int depth = 0;
        for (Exception x = d; x != null; x = x.InnerException) depth++;
        Console.WriteLine("depth " + depth.ToString());

        try
        {
            Fail(3);
        }
        catch (Errors.Oops e)
        {
            string chain = "";
            for (Exception x = e; x != null; x = x.InnerException)
                chain = chain + "<" + x.Message + ">";
            Console.WriteLine("thrown chain " + chain);
            Console.WriteLine("thrown base is FormatException: " + (e.GetBaseException() is FormatException).ToString());
        }
        return 0;
    }
}
