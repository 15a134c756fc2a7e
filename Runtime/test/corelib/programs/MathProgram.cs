using System;

class MathProgram
{
    static void Main()
    {
        double x = 0.5;
        Console.WriteLine(Math.Sqrt(2.0));
        Console.WriteLine(Math.Pow(2.0, 0.5));
        Console.WriteLine(Math.Sin(x) + Math.Cos(x) + Math.Tan(x));
        Console.WriteLine(Math.Atan(x) + Math.Atan2(1.0, x));
        Console.WriteLine(Math.Exp(x) + Math.Log(x) + Math.Log10(x));
        Console.WriteLine(Math.Floor(-x) + Math.Ceiling(-x) + Math.Round(2.5 + x));
        Console.WriteLine(Math.Abs(-3) + Math.Abs(-3L) + Math.Abs(-3.5) + Math.Abs(-1.5f));
        Console.WriteLine(Math.Min(1, 2) + Math.Max(1, 2));
        Console.WriteLine(Math.Min(1L, 2L) + Math.Max(1.5, 2.5) + Math.Min(1.5f, 2.5f));
        Console.WriteLine(Math.PI * Math.E);
        Console.WriteLine(double.IsNaN(x) || double.IsInfinity(x));
    }
}
