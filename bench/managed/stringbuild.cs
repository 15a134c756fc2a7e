// String building: per iteration a StringBuilder appending strings, chars and
// formatted ints, concatenation, IndexOf, Substring and int.Parse to read the
// numbers back, Replace and ToUpper. Many short-lived strings and char
// buffers: measures allocation, the garbage collector and the string code.
// A running checksum of lengths, parsed values and char codes prints at the
// end, with a few sample strings along the way. Only ordinal-safe text (ASCII
// letters, digits and punctuation) so that mono's culture-aware IndexOf and
// ToUpper agree with the C version's byte operations.
using System;
using System.Text;

class Program
{
    const int Iterations = 300000;

    static readonly string[] Words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" };

    static int Main()
    {
        long checksum = 0;
        for (int i = 0; i < Iterations; i++)
        {
            string word = Words[i & 7];
            int a = i % 10007 * 7919 % 10007 - 5000;

            StringBuilder sb = new StringBuilder();
            sb.Append(word).Append('[').Append(i.ToString()).Append("]=").Append(a.ToString());
            for (int k = 0; k <= (i & 3); k++)
                sb.Append(',').Append((a * k + i).ToString());
            string line = sb.ToString();

            string joined = line + ";" + word + "/" + (i % 97).ToString();

            int open = joined.IndexOf('[');
            int close = joined.IndexOf(']', open);
            int index = int.Parse(joined.Substring(open + 1, close - open - 1));
            int eq = joined.IndexOf('=');
            int comma = joined.IndexOf(',', eq);
            int value = int.Parse(joined.Substring(eq + 1, comma - eq - 1));

            string replaced = joined.Replace(",", ", ").Replace(word, "w");
            string upper = replaced.ToUpper();
            int at = upper.IndexOf("W");

            checksum += line.Length + joined.Length + replaced.Length + upper.Length;
            checksum += index + value + at + upper[upper.Length / 2] + upper[upper.Length - 1];

            if (i % 75001 == 0)
            {
                Console.WriteLine(joined);
                Console.WriteLine(upper);
            }
        }
        Console.WriteLine("checksum: " + checksum.ToString());
        return 0;
    }
}
