// FormatReference.cs — mono's side of the format test: for each hex bit pattern
// on stdin (16 digits: a double, 8: a float) prints "<hex> <ToString()>",
// which is what Console.WriteLine(double/float) writes.
using System;

class FormatReference
{
    static void Main()
    {
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            if (line.Length == 16)
            {
                double d = BitConverter.Int64BitsToDouble((long)Convert.ToUInt64(line, 16));
                Console.WriteLine(line + " " + d.ToString());
            }
            else
            {
                float f = BitConverter.ToSingle(BitConverter.GetBytes(Convert.ToUInt32(line, 16)), 0);
                Console.WriteLine(line + " " + f.ToString());
            }
        }
    }
}
