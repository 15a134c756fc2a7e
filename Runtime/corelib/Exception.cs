// System.Exception and the exceptions the runtime and the core library raise,
// with mono 6.8's default messages.
namespace System
{
    public class Exception
    {
        private string _message;
        private Exception _innerException;

        public Exception()
        {
        }

        public Exception(string message)
        {
            _message = message;
        }

        public Exception(string message, Exception innerException)
        {
            _message = message;
            _innerException = innerException;
        }

        public Exception InnerException
        {
            get { return _innerException; }
        }

        public virtual Exception GetBaseException()
        {
            Exception inner = this;
            while (inner._innerException != null)
                inner = inner._innerException;
            return inner;
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

        // mono's form without the stack trace: "<type>: <message>", then each inner exception
        // after " ---> " and an end-of-inner-trace line.
        public override string ToString()
        {
            string message = Message;
            string text = String.IsNullOrEmpty(message) ? ToTypeName() : ToTypeName() + ": " + message;
            if (_innerException != null)
                text = text + " ---> " + _innerException.ToString() + Environment.NewLine
                    + "   --- End of inner exception stack trace ---";
            return text;
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

        public SystemException(string message, Exception innerException) : base(message, innerException)
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
        public NullReferenceException() : base("Object reference not set to an instance of an object.")
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

    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.")
        {
        }

        public InvalidOperationException(string message) : base(message)
        {
        }

        public InvalidOperationException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.")
        {
        }

        public NotSupportedException(string message) : base(message)
        {
        }

        public NotSupportedException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.")
        {
        }

        public PlatformNotSupportedException(string message) : base(message)
        {
        }

        public PlatformNotSupportedException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.")
        {
        }

        public NotImplementedException(string message) : base(message)
        {
        }

        public NotImplementedException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.")
        {
        }

        public ApplicationException(string message) : base(message)
        {
        }

        public ApplicationException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.")
        {
        }

        public TimeoutException(string message) : base(message)
        {
        }

        public TimeoutException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class RankException : SystemException
    {
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.")
        {
        }

        public RankException(string message) : base(message)
        {
        }

        public RankException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public sealed class TypeInitializationException : SystemException
    {
        private string _typeName;

        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException)
        {
            _typeName = fullTypeName;
        }

        public string TypeName
        {
            get { return (object)_typeName == null ? "" : _typeName; }
        }
    }
}
