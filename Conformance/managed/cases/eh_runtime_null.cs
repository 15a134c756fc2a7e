// NullReferenceException raised by the runtime and caught: instance field load and store
// through null, a non-virtual and a virtual method call on null, a null array (element
// load, store, Length), a null string's Length and indexer, a struct field through a null
// class reference, unboxing null, and `throw null`; each prints the exception's Message.
// mono 6.8's message depends on how the null is detected: an explicit check (ldfld,
// stfld, calls, arrays, `throw null`) gives "...of an object" without a final period; a
// fault on a field address (ldflda: `obj.IntField.ToString()`, `obj.StructField.X`) goes
// through the default constructor, "...of an object." with one.
// exit: 0
using System;

class Box
{
    public int Value;
    public Box Next;
    public Point Where;
    public int Get() { return Value; }
    public virtual int Virtual() { return Value * 2; }
}

struct Point { public int X, Y; }

class Program
{
    static Box NullBox(int n) { return n > 100 ? new Box() : null; }
    static int[] NullArray(int n) { return n > 100 ? new int[n] : null; }
    static string NullString(int n) { return n > 100 ? "x" : null; }
    static object NullObject(int n) { return n > 100 ? (object)n : null; }

    static string Try(int which)
    {
        int n = which;
        try
        {
            switch (which)
            {
                case 0: { int v = NullBox(n).Value; return "field load " + v.ToString(); }
                case 1: NullBox(n).Value = 5; return "field store";
                case 2: return "call " + NullBox(n).Get().ToString();
                case 3: return "virtual " + NullBox(n).Virtual().ToString();
                case 4: { int v = new Box().Next.Value; return "chain " + v.ToString(); }
                case 5: return "array load " + NullArray(n)[0].ToString();
                case 6: NullArray(n)[1] = 7; return "array store";
                case 7: return "array length " + NullArray(n).Length.ToString();
                case 8: return "string length " + NullString(n).Length.ToString();
                case 9: return "string index " + NullString(n)[0].ToString();
                case 10: return "struct field " + NullBox(n).Where.X.ToString();
                case 11: return "unbox " + ((int)NullObject(n)).ToString();
                case 12: throw null;
                case 13: return "ToString " + NullObject(n).ToString();
                case 14: return "field address " + NullBox(n).Value.ToString();
                case 15: return "chain address " + new Box().Next.Value.ToString();
                case 16: throw new NullReferenceException();
                default: return "no exception";
            }
        }
        catch (NullReferenceException e)
        {
            return which.ToString() + ": NRE " + e.Message;
        }
        catch (Exception e)
        {
            return which.ToString() + ": other " + e.Message;
        }
    }

    static int Main()
    {
        int caught = 0;
        for (int i = 0; i <= 17; i++)
        {
            string s = Try(i);
            if (s.IndexOf("NRE") >= 0) caught++;
            Console.WriteLine(s);
        }
        // The program goes on normally afterwards.
        Box b = new Box();
        b.Value = 21;
        Console.WriteLine("after: " + b.Virtual().ToString() + " caught " + caught.ToString());
        return 0;
    }
}
