// Array covariance: storing into a string[] seen as object[] accepts strings and null,
// storing an int throws ArrayTypeMismatchException (unhandled: exit 1 after the output).
// exit: 1
using System;

class Animal { public virtual string Name() { return "animal"; } }
class Dog : Animal { public override string Name() { return "dog"; } }
class Cat : Animal { public override string Name() { return "cat"; } }

class Program
{
    static void Store(object[] array, int index, object value) { array[index] = value; }

    static int Main()
    {
        object[] strings = new string[3];
        Store(strings, 0, "first");
        Store(strings, 1, null);
        Console.WriteLine(strings[0] + " " + (strings[1] == null));
        Animal[] dogs = new Dog[2];
        dogs[0] = new Dog();
        Console.WriteLine(dogs[0].Name());
        object[] anything = new object[3];
        Store(anything, 0, 1);
        Store(anything, 1, "two");
        Store(anything, 2, new Cat());
        Console.WriteLine(anything[0].ToString() + anything[1] + ((Animal)anything[2]).Name());
        Animal[] animals = dogs;
        try_store(animals);
        return 0;
    }

    static void try_store(Animal[] animals)
    {
        Console.WriteLine("storing a cat into a Dog[]");
        animals[1] = new Cat();
        Console.WriteLine("not reached");
    }
}
