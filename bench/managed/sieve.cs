// Sieve of Eratosthenes over 20 million numbers, repeated: array allocation,
// bounds-checked loads and stores in tight loops.
using System;

class Program
{
    static int CountPrimes(int limit)
    {
        bool[] composite = new bool[limit];
        int count = 0;
        for (int i = 2; i < limit; i++)
        {
            if (composite[i]) continue;
            count++;
            for (long j = (long)i * i; j < limit; j += i) composite[j] = true;
        }
        return count;
    }

    static int Main()
    {
        int count = 0;
        for (int round = 0; round < 5; round++) count = CountPrimes(20000000);
        Console.WriteLine(count);
        return 0;
    }
}
