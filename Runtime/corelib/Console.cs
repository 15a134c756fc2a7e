// System.Console: output to stdout through r2r_write_utf16 (UTF-8, buffered by
// the runtime until exit), with mono's text for every primitive.
namespace System
{
    public static unsafe class Console
    {
        private const int StandardOutput = 1;

        private static void WriteString(string value)
        {
            if ((object)value == null)
                return;
            fixed (char* chars = value)
                RuntimeImports.WriteUtf16(StandardOutput, chars, value.Length);
        }

        private static void WriteNewLine()
        {
            char newLine = '\n';
            RuntimeImports.WriteUtf16(StandardOutput, &newLine, 1);
        }

        public static void Write(string value)
        {
            WriteString(value);
        }

        public static void Write(object value)
        {
            if (value != null)
                WriteString(value.ToString());
        }

        public static void Write(bool value)
        {
            WriteString(value ? Boolean.TrueString : Boolean.FalseString);
        }

        public static void Write(char value)
        {
            RuntimeImports.WriteUtf16(StandardOutput, &value, 1);
        }

        public static void Write(char[] buffer)
        {
            if (buffer != null && buffer.Length > 0)
                fixed (char* chars = buffer)
                    RuntimeImports.WriteUtf16(StandardOutput, chars, buffer.Length);
        }

        public static void Write(int value)
        {
            WriteString(Number.Int32ToString(value));
        }

        public static void Write(uint value)
        {
            WriteString(Number.UInt32ToString(value));
        }

        public static void Write(long value)
        {
            WriteString(Number.Int64ToString(value));
        }

        public static void Write(ulong value)
        {
            WriteString(Number.UInt64ToString(value));
        }

        public static void Write(float value)
        {
            WriteString(Number.SingleToString(value));
        }

        public static void Write(double value)
        {
            WriteString(Number.DoubleToString(value));
        }

        public static void WriteLine()
        {
            WriteNewLine();
        }

        public static void WriteLine(string value)
        {
            WriteString(value);
            WriteNewLine();
        }

        public static void WriteLine(object value)
        {
            Write(value);
            WriteNewLine();
        }

        public static void WriteLine(bool value)
        {
            Write(value);
            WriteNewLine();
        }

        public static void WriteLine(char value)
        {
            Write(value);
            WriteNewLine();
        }

        public static void WriteLine(char[] buffer)
        {
            Write(buffer);
            WriteNewLine();
        }

        public static void WriteLine(int value)
        {
            Write(value);
            WriteNewLine();
        }

        public static void WriteLine(uint value)
        {
            Write(value);
            WriteNewLine();
        }

        public static void WriteLine(long value)
        {
            Write(value);
            WriteNewLine();
        }

        public static void WriteLine(ulong value)
        {
            Write(value);
            WriteNewLine();
        }

        public static void WriteLine(float value)
        {
            Write(value);
            WriteNewLine();
        }

        public static void WriteLine(double value)
        {
            Write(value);
            WriteNewLine();
        }

        // Composite formatting (String.Format).
        public static void Write(string format, object arg0)
        {
            WriteString(String.Format(format, arg0));
        }

        public static void Write(string format, object arg0, object arg1)
        {
            WriteString(String.Format(format, arg0, arg1));
        }

        public static void Write(string format, object arg0, object arg1, object arg2)
        {
            WriteString(String.Format(format, arg0, arg1, arg2));
        }

        public static void Write(string format, params object[] arg)
        {
            WriteString(String.Format(format, arg));
        }

        public static void WriteLine(string format, object arg0)
        {
            WriteString(String.Format(format, arg0));
            WriteNewLine();
        }

        public static void WriteLine(string format, object arg0, object arg1)
        {
            WriteString(String.Format(format, arg0, arg1));
            WriteNewLine();
        }

        public static void WriteLine(string format, object arg0, object arg1, object arg2)
        {
            WriteString(String.Format(format, arg0, arg1, arg2));
            WriteNewLine();
        }

        public static void WriteLine(string format, params object[] arg)
        {
            WriteString(String.Format(format, arg));
            WriteNewLine();
        }
    }
}
