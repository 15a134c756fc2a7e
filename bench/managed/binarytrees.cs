// The Computer Language Benchmarks Game's binary-trees, single-threaded:
// many short-lived small objects (two references each), built bottom-up and
// walked recursively, next to one long-lived tree. Measures allocation and
// the garbage collector.
using System;

class TreeNode
{
    public TreeNode Left, Right;

    public TreeNode(TreeNode left, TreeNode right)
    {
        Left = left;
        Right = right;
    }

    public static TreeNode BottomUp(int depth)
    {
        return depth > 0 ? new TreeNode(BottomUp(depth - 1), BottomUp(depth - 1))
                         : new TreeNode(null, null);
    }

    public int Check()
    {
        return Left == null ? 1 : 1 + Left.Check() + Right.Check();
    }
}

class Program
{
    const int MinDepth = 4;
    const int MaxDepth = 16;

    static int Main()
    {
        int stretchDepth = MaxDepth + 1;
        Console.WriteLine("stretch tree of depth {0}\t check: {1}",
                          stretchDepth, TreeNode.BottomUp(stretchDepth).Check());

        TreeNode longLived = TreeNode.BottomUp(MaxDepth);

        for (int depth = MinDepth; depth <= MaxDepth; depth += 2)
        {
            int iterations = 1 << (MaxDepth - depth + MinDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++)
                check += TreeNode.BottomUp(depth).Check();
            Console.WriteLine("{0}\t trees of depth {1}\t check: {2}", iterations, depth, check);
        }

        Console.WriteLine("long lived tree of depth {0}\t check: {1}", MaxDepth, longLived.Check());
        return 0;
    }
}
