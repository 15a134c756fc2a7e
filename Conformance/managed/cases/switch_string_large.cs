// switch on a string with seven or more cases: mcs builds a
// Dictionary<string,int> in a static field on first use and switches on the
// looked-up index, so this needs generic classes, static fields and
// objects from the core library (later parts of the compiler).
// exit: 7
using System;

class Program
{
    static int Day(string s)
    {
        switch (s)
        {
            case "mon": return 1;
            case "tue": return 2;
            case "wed": return 3;
            case "thu": return 4;
            case "fri": return 5;
            case "sat": return 6;
            case "sun": return 7;
            case "日曜日": return 70;
            default: return 0;
        }
    }

    static int Main()
    {
        string all = "mon tue wed thu fri sat sun xyz 日曜日 Mon";
        int sum = 0;
        int start = 0;
        for (int i = 0; i <= all.Length; i++)
        {
            if (i == all.Length || all[i] == ' ')
            {
                string word = "";
                for (int k = start; k < i; k++) word = word + all[k].ToString();
                int d = Day(word);
                Console.WriteLine(word + " -> " + d.ToString());
                sum = sum * 3 + d;
                start = i + 1;
            }
        }
        Console.WriteLine(Day(null));
        Console.WriteLine(sum);
        return Day("sun");
    }
}
