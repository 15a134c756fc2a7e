// InvalidCastException, ArrayTypeMismatchException and IndexOutOfRangeException raised by
// the runtime and caught, with their Message: castclass of an unrelated or base-class
// object to a class, of a string and of a boxed int to a class, unboxing as the wrong
// type, a covariant array store of the wrong class, indexes past the end and negative
// on loads and stores of several element types, and a string indexer out of range.
// Successful casts and stores in between check the program carries on normally.
// exit: 0
using System;

class Animal { public virtual string Name() { return "animal"; } }
class Dog : Animal { public override string Name() { return "dog"; } }
class Puppy : Dog { public override string Name() { return "puppy"; } }
class Cat : Animal { public override string Name() { return "cat"; } }

class Program
{
    static object O(object o) { return o; }
    static int I(int x) { return x; }

    static string Run(int which)
    {
        try
        {
            switch (which)
            {
                case 0: return ((Dog)O(new Puppy())).Name();
                case 1: return ((Dog)O(new Cat())).Name();
                case 2: return ((Puppy)O(new Dog())).Name();
                case 3: return ((Animal)O("a string")).Name();
                case 4: return ((Animal)O(42)).Name();
                case 5: return ((string)O(new Dog())).Length.ToString();
                case 6: return ((long)O(42)).ToString();
                case 7: return ((int)O(42L)).ToString();
                case 8: return ((Dog)O(null)) == null ? "null casts" : "?";
                case 9:
                {
                    Animal[] dogs = new Dog[2];
                    dogs[0] = new Puppy();
                    dogs[1] = new Cat();
                    return "stored";
                }
                case 10:
                {
                    object[] strings = new string[1];
                    strings[0] = 1;
                    return "stored";
                }
                case 11:
                {
                    object[] strings = new string[1];
                    strings[0] = null;
                    strings[0] = "fine";
                    return "stored " + (string)strings[0];
                }
                case 12: { int[] a = new int[I(3)]; return a[I(3)].ToString(); }
                case 13: { int[] a = new int[I(3)]; a[I(-1)] = 1; return "stored"; }
                case 14: { long[] a = new long[I(0)]; return a[I(0)].ToString(); }
                case 15: { string[] a = new string[I(2)]; a[I(2)] = "x"; return "stored"; }
                case 16: { double[] a = new double[I(5)]; return a[I(int.MaxValue)].ToString(); }
                case 17: { Dog[] a = new Dog[I(1)]; return a[I(1)].Name(); }
                case 18: { byte[] a = new byte[I(4)]; a[I(4)] = 9; return "stored"; }
                case 19: return "abc"[I(3)].ToString();
                case 20: return "abc"[I(-1)].ToString();
                case 21: { int[][] j = new int[I(2)][]; j[0] = new int[I(2)]; return j[0][I(2)].ToString(); }
                default: return "none";
            }
        }
        catch (InvalidCastException e)
        {
            return "InvalidCastException: " + e.Message;
        }
        catch (ArrayTypeMismatchException e)
        {
            return "ArrayTypeMismatchException: " + e.Message;
        }
        catch (IndexOutOfRangeException e)
        {
            return "IndexOutOfRangeException: " + e.Message;
        }
    }

    static int Main()
    {
        for (int i = 0; i <= 22; i++)
            Console.WriteLine(i.ToString() + " " + Run(i));
        return 0;
    }
}
