using System;

class Arrays
{
    static int Sum(int[] values)
    {
        int sum = 0;
        for (int i = 0; i < values.Length; i++)
            sum += values[i];
        return sum;
    }

    static void Main()
    {
        int[] squares = new int[10];
        for (int i = 0; i < squares.Length; i++)
            squares[i] = i * i;
        Console.WriteLine(Sum(squares));
        double[] halves = new double[3];
        halves[1] = 0.5;
        foreach (double h in halves)
            Console.WriteLine(h);
        int[] primes = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 };
        Console.WriteLine(Sum(primes));
        string[] words = new string[2];
        words[0] = "a";
        words[1] = "b";
        Console.WriteLine(words[0] + words[1]);
        char[] letters = new char[2];
        letters[0] = 'o';
        letters[1] = 'k';
        Console.WriteLine(letters);
        int[,] grid = new int[2, 2];
        Console.WriteLine(grid.Length);
    }
}
