// float and double arithmetic: + - * / % (fmod semantics, sign of the
// dividend), negation and -0.0, division by zero giving infinities and NaN,
// NaN and infinity in every comparison operator and in branches (where the
// C# compiler emits the unordered branch forms bge.un, ble.un, ...),
// float arithmetic rounding to single precision at each step, mixed
// float/double/int operands, IsNaN/IsInfinity and the MinValue/MaxValue/
// Epsilon constants.
using System;

class Program
{
    static double D(double x) { return x; }
    static float F(float x) { return x; }

    // The branch form of each comparison (mcs negates it into an unordered branch).
    static string Branches(double a, double b)
    {
        string r = "";
        if (a < b) r = r + "<"; else r = r + ".";
        if (a <= b) r = r + "L"; else r = r + ".";
        if (a > b) r = r + ">"; else r = r + ".";
        if (a >= b) r = r + "G"; else r = r + ".";
        if (a == b) r = r + "="; else r = r + ".";
        if (a != b) r = r + "!"; else r = r + ".";
        if (!(a < b)) r = r + "n"; else r = r + ".";
        if (!(a >= b)) r = r + "N"; else r = r + ".";
        return r;
    }

    static string BranchesF(float a, float b)
    {
        string r = "";
        if (a < b) r = r + "<"; else r = r + ".";
        if (a <= b) r = r + "L"; else r = r + ".";
        if (a > b) r = r + ">"; else r = r + ".";
        if (a >= b) r = r + "G"; else r = r + ".";
        if (a == b) r = r + "="; else r = r + ".";
        if (a != b) r = r + "!"; else r = r + ".";
        return r;
    }

    // The value form (clt, cgt, ceq and their .un variants).
    static int Values(double a, double b)
    {
        bool lt = a < b, le = a <= b, gt = a > b, ge = a >= b, eq = a == b, ne = a != b;
        return (lt ? 1 : 0) + (le ? 2 : 0) + (gt ? 4 : 0) + (ge ? 8 : 0) + (eq ? 16 : 0) + (ne ? 32 : 0);
    }

    static int Main()
    {
        double[] vs = new double[9];
        vs[0] = D(double.NaN); vs[1] = D(double.NegativeInfinity); vs[2] = -1.5; vs[3] = -0.0; vs[4] = 0.0;
        vs[5] = double.Epsilon; vs[6] = 1.5; vs[7] = double.MaxValue; vs[8] = double.PositiveInfinity;
        for (int i = 0; i < vs.Length; i++)
        {
            for (int j = 0; j < vs.Length; j++)
            {
                Console.Write(Branches(vs[i], vs[j]));
                Console.Write(" ");
                Console.Write(Values(vs[i], vs[j]));
                Console.Write(j == vs.Length - 1 ? "\n" : " | ");
            }
        }
        float fnan = F(float.NaN), fone = F(1f);
        Console.WriteLine(BranchesF(fnan, fone));
        Console.WriteLine(BranchesF(fone, fnan));
        Console.WriteLine(BranchesF(fnan, fnan));
        Console.WriteLine(BranchesF(fone, fone));
        Console.WriteLine(BranchesF(F(-0f), F(0f)));

        // arithmetic table
        for (int i = 0; i < vs.Length; i++)
        {
            double a = vs[i], b = vs[(i * 4 + 3) % vs.Length];
            Console.Write(a); Console.Write(" op "); Console.Write(b); Console.Write(": ");
            Console.Write(a + b); Console.Write(" ");
            Console.Write(a - b); Console.Write(" ");
            Console.Write(a * b); Console.Write(" ");
            Console.Write(a / b); Console.Write(" ");
            Console.Write(a % b); Console.Write(" ");
            Console.WriteLine(-a);
        }

        double zero = D(0.0), negzero = D(-0.0), one = D(1.0);
        Console.WriteLine(one / zero);
        Console.WriteLine(one / negzero);
        Console.WriteLine(-one / zero);
        Console.WriteLine(zero / zero);
        Console.WriteLine(1.0 / -zero);
        Console.WriteLine(1.0 / (zero * -1.0));
        Console.WriteLine(1.0 / (negzero + 0.0));
        Console.WriteLine(1.0 / (negzero - 0.0));
        Console.WriteLine(double.IsNaN(zero / zero));
        Console.WriteLine(double.IsInfinity(one / negzero));
        Console.WriteLine(double.IsPositiveInfinity(one / negzero));
        Console.WriteLine(double.IsNegativeInfinity(one / negzero));
        Console.WriteLine(D(double.PositiveInfinity) - D(double.PositiveInfinity));
        Console.WriteLine(D(double.PositiveInfinity) * zero);

        // remainder: fmod, the result has the dividend's sign
        Console.WriteLine(D(5.5) % D(2.0));
        Console.WriteLine(D(-5.5) % D(2.0));
        Console.WriteLine(D(5.5) % D(-2.0));
        Console.WriteLine(D(1e20) % D(3.0));
        Console.WriteLine(D(7.0) % D(double.PositiveInfinity));
        Console.WriteLine(D(0.3) % D(0.1));
        Console.WriteLine(F(5.5f) % F(-2f));
        Console.WriteLine(F(-7.25f) % F(0.5f));

        // float rounds at each step; double does not
        float fa = F(0.1f), fb = F(0.2f);
        Console.WriteLine(fa + fb);
        Console.WriteLine((double)(fa + fb));
        Console.WriteLine((double)fa + (double)fb);
        float facc = 0f;
        double dacc = 0.0;
        for (int i = 0; i < 1000; i++) { facc += 0.001f; dacc += 0.001; }
        Console.WriteLine(facc);
        Console.WriteLine(dacc);
        float big = F(16777216f);
        Console.WriteLine(big + 1f);
        Console.WriteLine(big + 1f == big);
        Console.WriteLine(F(1e38f) * F(10f));
        Console.WriteLine(F(1e-38f) / F(1e10f));
        Console.WriteLine(F(3f) / F(7f));
        Console.WriteLine(D(3.0) / D(7.0));

        // mixed operands
        int n = 7;
        long ln = 1L << 60;
        Console.WriteLine(n / 2 * 1.5);
        Console.WriteLine(n / 2.0);
        Console.WriteLine(ln * 2.0);
        Console.WriteLine(fa * n);
        Console.WriteLine(fa * 1.0);
        Console.WriteLine(n + fa + 0.5);

        // loops with double counters and conditions
        int steps = 0;
        for (double x = 0.0; x != 1.0 && steps < 100; x += 0.125) steps++;
        Console.WriteLine(steps);
        double h = 1.0;
        steps = 0;
        while (1.0 + h > 1.0) { h /= 2.0; steps++; }
        Console.WriteLine(steps);
        Console.WriteLine(h);
        float fh = 1f;
        steps = 0;
        while (F(1f + fh) > 1f) { fh /= 2f; steps++; }
        Console.WriteLine(steps);

        Console.WriteLine(double.MaxValue);
        Console.WriteLine(double.MinValue);
        Console.WriteLine(double.Epsilon);
        Console.WriteLine(float.MaxValue);
        Console.WriteLine(float.MinValue);
        Console.WriteLine(float.Epsilon);
        Console.WriteLine(D(double.MaxValue) * 2.0);
        Console.WriteLine(D(double.Epsilon) / 2.0);
        return 0;
    }
}
