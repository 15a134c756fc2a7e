// Arrays of references: jagged arrays (int[][] with rows of different
// lengths, stelem.ref of int[] into an int[][]), arrays of strings and of
// string arrays, null rows, rows shared between two outer slots (aliasing),
// Pascal's triangle and a transpose built from rows.
// exit: 35
using System;

class Program
{
    static int[][] Pascal(int n)
    {
        int[][] rows = new int[n][];
        for (int i = 0; i < n; i++)
        {
            rows[i] = new int[i + 1];
            rows[i][0] = rows[i][i] = 1;
            for (int j = 1; j < i; j++) rows[i][j] = rows[i - 1][j - 1] + rows[i - 1][j];
        }
        return rows;
    }

    static long[][] Transpose(long[][] m)
    {
        long[][] t = new long[m[0].Length][];
        for (int j = 0; j < t.Length; j++)
        {
            t[j] = new long[m.Length];
            for (int i = 0; i < m.Length; i++) t[j][i] = m[i][j];
        }
        return t;
    }

    static int Main()
    {
        int[][] p = Pascal(12);
        for (int i = 0; i < p.Length; i++)
        {
            for (int j = 0; j < p[i].Length; j++)
            {
                Console.Write(p[i][j]);
                Console.Write(j == p[i].Length - 1 ? "\n" : " ");
            }
        }

        long[][] m = new long[3][];
        for (int i = 0; i < 3; i++)
        {
            m[i] = new long[4];
            for (int j = 0; j < 4; j++) m[i][j] = (i + 1) * 1000000000000L + j;
        }
        long[][] t = Transpose(m);
        Console.WriteLine(t.Length);
        Console.WriteLine(t[3][2]);
        Console.WriteLine(t[0][1]);

        int[][] shared = new int[3][];
        shared[0] = new int[2];
        shared[1] = shared[0];
        shared[0][1] = 7;
        Console.WriteLine(shared[1][1]);
        Console.WriteLine(shared[2] == null);
        Console.WriteLine(shared[0] == shared[1]);

        string[][] words = new string[2][];
        words[0] = new string[3];
        words[0][0] = "un"; words[0][1] = "deux"; words[0][2] = "trois";
        words[1] = new string[2];
        words[1][0] = "一"; words[1][1] = "二";
        int chars = 0;
        for (int i = 0; i < words.Length; i++)
            for (int j = 0; j < words[i].Length; j++)
            {
                Console.Write(words[i][j]);
                Console.Write(' ');
                chars += words[i][j].Length;
            }
        Console.WriteLine();
        Console.WriteLine(chars);

        double[][] tri = new double[5][];
        for (int i = 0; i < tri.Length; i++)
        {
            tri[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) tri[i][j] = 1.0 / (i + j + 1);
        }
        double sum = 0;
        foreach (double[] row in tri) foreach (double v in row) sum += v;
        Console.WriteLine(sum);
        return p[7][3];
    }
}
