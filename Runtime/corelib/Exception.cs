// System.Exception and the exceptions the runtime and the core library raise,
// with mono 6.8's default messages.
namespace System
{
    public class Exception
    {
        private string _message;

        public Exception()
        {
        }

        public Exception(string message)
        {
            _message = message;
        }

        public virtual string Message
        {
            get
            {
                if ((object)_message != null)
                    return _message;
                return "Exception of type '" + ToTypeName() + "' was thrown.";
            }
        }

        // Object.ToString: the type's name (an override of ToString would recurse).
        private string ToTypeName()
        {
            return RuntimeImports.ObjectTypeName(this);
        }

        public override string ToString()
        {
            string message = Message;
            if (String.IsNullOrEmpty(message))
                return ToTypeName();
            return ToTypeName() + ": " + message;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() : base("System error.")
        {
        }

        public SystemException(string message) : base(message)
        {
        }
    }

    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.")
        {
        }

        public ArithmeticException(string message) : base(message)
        {
        }
    }

    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.")
        {
        }

        public OverflowException(string message) : base(message)
        {
        }
    }

    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.")
        {
        }

        public DivideByZeroException(string message) : base(message)
        {
        }
    }

    public sealed class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.")
        {
        }

        public IndexOutOfRangeException(string message) : base(message)
        {
        }
    }

    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object")
        {
        }

        public NullReferenceException(string message) : base(message)
        {
        }
    }

    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.")
        {
        }

        public InvalidCastException(string message) : base(message)
        {
        }
    }

    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.")
        {
        }

        public ArrayTypeMismatchException(string message) : base(message)
        {
        }
    }

    public class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.")
        {
        }

        public OutOfMemoryException(string message) : base(message)
        {
        }
    }

    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.")
        {
        }

        public FormatException(string message) : base(message)
        {
        }
    }

    public class ArgumentException : SystemException
    {
        private string m_paramName;

        public ArgumentException() : base("Value does not fall within the expected range.")
        {
        }

        public ArgumentException(string message) : base(message)
        {
        }

        public ArgumentException(string message, string paramName) : base(message)
        {
            m_paramName = paramName;
        }

        public virtual string ParamName
        {
            get { return m_paramName; }
        }

        // mono: the message, then "Parameter name: <name>" on its own line.
        public override string Message
        {
            get
            {
                string message = base.Message;
                if (String.IsNullOrEmpty(m_paramName))
                    return message;
                return message + Environment.NewLine + "Parameter name: " + m_paramName;
            }
        }
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.")
        {
        }

        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName)
        {
        }
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.")
        {
        }

        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName)
        {
        }

        public ArgumentNullException(string paramName, string message) : base(message, paramName)
        {
        }
    }
}
