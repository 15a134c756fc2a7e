// Branch forms: if/else chains, while, do-while, for with every part empty
// or present, break and continue in each loop kind, nested loops,
// while(true) with break, early returns from inside loops, conditions on
// every primitive type (brtrue/brfalse on int, long, bool, references),
// short-circuit && and || whose right operands have side effects, ! and
// nested conditions, ternaries, and loops whose bodies never run.
// exit: 16
using System;

class Program
{
    // Each call appends its tag to the trace, so the trace shows which operands ran.
    static bool T(ref int trace, int tag) { trace = trace * 10 + tag; return true; }
    static bool F(ref int trace, int tag) { trace = trace * 10 + tag; return false; }

    static string Grade(int score)
    {
        if (score >= 90) return "A";
        else if (score >= 80) return "B";
        else if (score >= 70) return "C";
        else if (score >= 60) return "D";
        else return "F";
    }

    static int FirstMultiple(int start, int of)
    {
        for (int i = start; ; i++)
            if (i % of == 0) return i;
    }

    static int Collatz(long n)
    {
        int steps = 0;
        while (n != 1)
        {
            if ((n & 1) == 0) n /= 2;
            else n = 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static int Main()
    {
        for (int score = 55; score <= 100; score += 9) Console.Write(Grade(score));
        Console.WriteLine();

        // short-circuit evaluation: the trace of calls shows what ran
        int calls;
        calls = 0; bool r1 = F(ref calls, 1) && T(ref calls, 2); Console.WriteLine(r1); Console.WriteLine(calls);
        calls = 0; bool r2 = T(ref calls, 1) && T(ref calls, 2) && F(ref calls, 3) && T(ref calls, 4); Console.WriteLine(r2); Console.WriteLine(calls);
        calls = 0; bool r3 = T(ref calls, 1) || F(ref calls, 2); Console.WriteLine(r3); Console.WriteLine(calls);
        calls = 0; bool r4 = F(ref calls, 1) || F(ref calls, 2) || T(ref calls, 3) || T(ref calls, 4); Console.WriteLine(r4); Console.WriteLine(calls);
        calls = 0; bool r5 = (F(ref calls, 1) || T(ref calls, 2)) && (T(ref calls, 3) || F(ref calls, 4)) && !(F(ref calls, 5) && T(ref calls, 6)); Console.WriteLine(r5); Console.WriteLine(calls);
        calls = 0; if (F(ref calls, 1) || T(ref calls, 2) && F(ref calls, 3) || T(ref calls, 4)) calls = calls * 10 + 9; Console.WriteLine(calls);
        calls = 0; if (!(T(ref calls, 1) && F(ref calls, 2)) && !F(ref calls, 3)) calls = calls * 10 + 9; else calls = -calls; Console.WriteLine(calls);
        calls = 0; int tv = T(ref calls, 1) ? (F(ref calls, 2) ? 10 : 20) : (T(ref calls, 3) ? 30 : 40); Console.WriteLine(tv); Console.WriteLine(calls);
        calls = 0; bool r6 = F(ref calls, 1) & T(ref calls, 2) | F(ref calls, 3) ^ T(ref calls, 4); Console.WriteLine(r6); Console.WriteLine(calls);

        // while / do-while / for with break and continue
        int n = 0, sum = 0;
        while (n < 100)
        {
            n++;
            if (n % 3 == 0) continue;
            if (n > 50) break;
            sum += n;
        }
        Console.WriteLine(sum);
        Console.WriteLine(n);
        int d = 10;
        do { d -= 3; } while (d > 0);
        Console.WriteLine(d);
        int once = 0;
        do { once++; } while (false);
        Console.WriteLine(once);
        int never = 0;
        while (never > 0) never++;
        for (int i = 0; i < 0; i++) never++;
        Console.WriteLine(never);
        int k = 0;
        for (; ; )
        {
            k += 7;
            if (k > 100) break;
        }
        Console.WriteLine(k);
        int a = 0, b = 100;
        for (; a < b; a += 3, b -= 2) { }
        Console.WriteLine(a);
        Console.WriteLine(b);
        int w = 1;
        while (true)
        {
            w *= 3;
            if (w > 1000) break;
        }
        Console.WriteLine(w);

        // nested loops with break/continue on each level
        int pairs = 0;
        for (int i = 0; i < 20; i++)
        {
            if (i % 4 == 3) continue;
            for (int j = i; j < 20; j++)
            {
                if (j - i > 5) break;
                if ((i + j) % 3 == 0) continue;
                int m = 0;
                while (m < j) { m += i + 1; if (m == 7) break; }
                pairs += m;
            }
        }
        Console.WriteLine(pairs);

        // conditions on other types
        long big = 1L << 40;
        if (big != 0) Console.WriteLine("long nonzero");
        if ((big & 0xFFFFFFFF) == 0) Console.WriteLine("low half zero");
        string s = null;
        if (s == null) Console.WriteLine("null string");
        s = "x";
        if (s != null && s.Length == 1) Console.WriteLine("one char");
        double dd = 0.5;
        if (dd > 0 && dd < 1) Console.WriteLine("fraction");
        bool flag = big > 0;
        if (flag) Console.WriteLine("flag");
        if (!flag) Console.WriteLine("not reached");
        char ch = 'q';
        if (ch >= 'a' && ch <= 'z') Console.WriteLine("lower");

        // early return from nested loops, and the Collatz loop
        Console.WriteLine(FirstMultiple(100, 17));
        int maxSteps = 0, arg = 0;
        for (int i = 1; i < 3000; i++)
        {
            int st = Collatz(i);
            if (st > maxSteps) { maxSteps = st; arg = i; }
        }
        Console.WriteLine(arg);
        Console.WriteLine(maxSteps);
        return maxSteps % 100;
    }
}
