// Interface method resolution (ECMA-335 II.12.2): only a class that lists the interface maps
// it; a derived class's override of a public method does not replace a base class's explicit
// implementation, a `new virtual` method in a class not listing the interface is not an
// implementation, and a class listing the interface again re-maps it.
using System;

interface I { string M(); }
class A : I { string I.M() { return "A-explicit"; } public virtual string M() { return "A-public"; } }
class B : A { public override string M() { return "B"; } }
class C : I { public virtual string M() { return "C"; } }
class D : C { public new virtual string M() { return "D"; } }
class E : D, I { }
class F : C, I { public override string M() { return "F"; } }
class G : A, I { }

class Program
{
    static void Main()
    {
        I[] all = { new A(), new B(), new C(), new D(), new E(), new F(), new G() };
        foreach (I i in all) Console.WriteLine(i.M());
        Console.WriteLine(new B().M() + " " + ((A)new B()).M() + " " + ((C)new D()).M());
    }
}
