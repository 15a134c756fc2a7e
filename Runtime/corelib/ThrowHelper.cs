// ThrowHelper: the throws of the core library's own checks, kept out of the
// methods that make them so that those stay free of exception objects (the
// first code generator compiles them before it has exceptions).
namespace System
{
    internal static class ThrowHelper
    {
        // The runtime's own exceptions (Runtime/ABI.md kinds), raised from r2r_throw_builtin.
        internal static void ThrowBuiltin(int kind)
        {
            switch (kind)
            {
                case 1: throw new OverflowException();
                case 2: throw new DivideByZeroException();
                case 3: throw new IndexOutOfRangeException();
                // mono's explicit null checks say it without the final period.
                case 4: throw new NullReferenceException("Object reference not set to an instance of an object");
                case 5: throw new InvalidCastException();
                case 6: throw new ArrayTypeMismatchException();
                case 8: throw new NullReferenceException();
                default: throw new OutOfMemoryException();
            }
        }

        // A type initializer failed (now or before): generated code's trigger calls this.
        internal static void ThrowTypeInitialization(string typeName, Exception inner)
        {
            throw new TypeInitializationException(typeName, inner);
        }

        // An exception no handler caught: the invoke thunk that caught it calls this, and the
        // program ends as mono ends it.
        internal static void ReportUnhandled(Exception exception)
        {
            RuntimeImports.ReportUnhandled(exception, exception.Message);
        }

        internal static void ThrowArgumentNull(string paramName)
        {
            throw new ArgumentNullException(paramName);
        }

        internal static void ThrowArgument(string message, string paramName)
        {
            throw new ArgumentException(message, paramName);
        }

        internal static void ThrowArgumentOutOfRange(string paramName, string message)
        {
            throw new ArgumentOutOfRangeException(paramName, message);
        }

        internal static void ThrowFormat(string message)
        {
            throw new FormatException(message);
        }

        internal static void ThrowOverflow(string message)
        {
            throw new OverflowException(message);
        }

        internal static void ThrowNegateTwosCompOverflow()
        {
            throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
        }

        internal static void ThrowRoundingDigits()
        {
            throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
        }

        internal static void ThrowNaNArithmetic()
        {
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }
    }
}
