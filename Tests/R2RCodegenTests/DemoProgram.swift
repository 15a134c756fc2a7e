/// The C# program the WebCIL and R2R image tests compile with mcs: a namespace with a nested
/// type, a value type outside any namespace, and a method the image tests leave uncompiled.
enum DemoProgram {
    static let source = """
        using System;
        namespace Demo {
            public class Program {
                static int Main(string[] args) { return Helper.Add(args.Length, 2); }
            }
            static class Helper {
                public static int Add(int a, int b) { return a + b; }
                public static void Unused() {}
                public class Nested { public void Run() {} }
            }
        }
        struct Point { public int X; }

        """
}
