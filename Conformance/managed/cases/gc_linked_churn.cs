// max-memory: 67108864
// The collector: trees and lists that die young and a tree that lives throughout, many
// times the 64 MiB memory in total, with references held only in locals, fields, static
// fields, array elements, boxed structs and exception objects across collections.
using System;

class Node
{
    public Node Left, Right;
    public int Value;
    public Node(Node left, Node right, int value) { Left = left; Right = right; Value = value; }
}

struct Pair
{
    public Node First;
    public string Label;
}

class ListCell
{
    public object Item;
    public ListCell Next;
}

class Program
{
    static Node longLived;
    static Pair[] pairs = new Pair[64];

    static Node Make(int depth)
    {
        return depth == 0 ? new Node(null, null, 1) : new Node(Make(depth - 1), Make(depth - 1), depth);
    }

    static long Check(Node n)
    {
        return n.Left == null ? n.Value : n.Value + Check(n.Left) + Check(n.Right);
    }

    static ListCell Prepend(ListCell list, object item)
    {
        ListCell cell = new ListCell();
        cell.Item = item;
        cell.Next = list;
        return cell;
    }

    static void Main()
    {
        longLived = Make(14);
        long total = 0;
        for (int i = 0; i < 600; i++)
        {
            Node young = Make(11);
            total += Check(young);
            pairs[i % pairs.Length] = new Pair { First = Make(3), Label = "pair " + i };
        }
        Console.WriteLine("trees " + total);

        ListCell list = null;
        for (int i = 0; i < 300000; i++)
        {
            list = Prepend(list, i % 3 == 0 ? (object)new int[8] : (object)(i * 2));
            if (i % 1000 == 999) list = null;
        }
        int count = 0;
        for (ListCell c = list; c != null; c = c.Next) count++;
        Console.WriteLine("list " + count);

        object boxed = new Pair { First = Make(5), Label = "boxed" };
        string text = "";
        for (int i = 0; i < 20000; i++)
        {
            text = text.Length > 200 ? "" : text + (char)('a' + i % 26);
            try
            {
                if (i % 100 == 0) throw new InvalidOperationException("round " + i + " " + Make(4).Value);
            }
            catch (InvalidOperationException e)
            {
                Node during = Make(6);
                if (i == 19900) Console.WriteLine(e.Message + " " + Check(during));
            }
        }
        Pair unboxed = (Pair)boxed;
        Console.WriteLine(unboxed.Label + " " + Check(unboxed.First) + " " + text.Length);

        long pairTotal = 0;
        foreach (Pair p in pairs) pairTotal += Check(p.First) + p.Label.Length;
        Console.WriteLine("pairs " + pairTotal);
        Console.WriteLine("long-lived " + Check(longLived));
    }
}
