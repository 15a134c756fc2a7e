// String.Format: composite formatting as .NET Framework parses it — "{index
// [,alignment][:format]}", "{{" and "}}" for braces — with the invariant
// culture. Without interfaces (IFormattable) a format string reaches the
// primitive number types by their boxed type; other arguments use ToString().
using System.Text;

namespace System
{
    public sealed unsafe partial class String
    {
        public static string Format(string format, object arg0)
        {
            return FormatComposite(format, new object[] { arg0 });
        }

        public static string Format(string format, object arg0, object arg1)
        {
            return FormatComposite(format, new object[] { arg0, arg1 });
        }

        public static string Format(string format, object arg0, object arg1, object arg2)
        {
            return FormatComposite(format, new object[] { arg0, arg1, arg2 });
        }

        public static string Format(string format, params object[] args)
        {
            if (args == null)
                ThrowHelper.ThrowArgumentNull((object)format == null ? "format" : "args");
            return FormatComposite(format, args);
        }

        private static string FormatComposite(string format, object[] args)
        {
            if ((object)format == null)
                ThrowHelper.ThrowArgumentNull("format");
            StringBuilder result = new StringBuilder();
            int pos = 0;
            int length = format.m_stringLength;
            while (true)
            {
                // Literal text up to the next item.
                while (pos < length)
                {
                    char c = format[pos++];
                    if (c == '}')
                    {
                        if (pos < length && format[pos] == '}')
                            pos++;
                        else
                            ThrowFormatError();
                    }
                    else if (c == '{')
                    {
                        if (pos < length && format[pos] == '{')
                        {
                            pos++;
                        }
                        else
                        {
                            pos--;
                            break;
                        }
                    }
                    result.Append(c);
                }
                if (pos == length)
                    break;
                pos++;
                int index = ReadNumber(format, ref pos);
                if (index >= args.Length)
                    ThrowHelper.ThrowFormat("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                pos = SkipSpaces(format, pos);
                int width = 0;
                bool leftAlign = false;
                if (format[pos] == ',')
                {
                    pos = SkipSpaces(format, pos + 1);
                    if (pos < length && format[pos] == '-')
                    {
                        leftAlign = true;
                        pos++;
                    }
                    width = ReadNumber(format, ref pos);
                    pos = SkipSpaces(format, pos);
                }
                string itemFormat = null;
                if (format[pos] == ':')
                {
                    StringBuilder text = new StringBuilder();
                    pos++;
                    while (true)
                    {
                        if (pos == length)
                            ThrowFormatError();
                        char c = format[pos++];
                        if (c == '{')
                        {
                            if (pos < length && format[pos] == '{')
                                pos++;
                            else
                                ThrowFormatError();
                        }
                        else if (c == '}')
                        {
                            if (pos < length && format[pos] == '}')
                            {
                                pos++;
                            }
                            else
                            {
                                pos--;
                                break;
                            }
                        }
                        text.Append(c);
                    }
                    itemFormat = text.ToString();
                }
                if (format[pos] != '}')
                    ThrowFormatError();
                pos++;
                string value = FormatArgument(args[index], itemFormat);
                if ((object)value == null)
                    value = Empty;
                if (!leftAlign && width > value.m_stringLength)
                    result.Append(' ', width - value.m_stringLength);
                result.Append(value);
                if (leftAlign && width > value.m_stringLength)
                    result.Append(' ', width - value.m_stringLength);
            }
            return result.ToString();
        }

        // Digits at pos (at least one, below 1,000,000), which must not end the text.
        private static int ReadNumber(string format, ref int pos)
        {
            if (pos == format.m_stringLength || !Char.IsDigit(format[pos]))
                ThrowFormatError();
            int value = 0;
            do
            {
                value = value * 10 + format[pos++] - '0';
                if (pos == format.m_stringLength)
                    ThrowFormatError();
            } while (Char.IsDigit(format[pos]) && value < 1000000);
            return value;
        }

        // The first position at or after pos that is not a space; the text must not end there.
        private static int SkipSpaces(string format, int pos)
        {
            while (pos < format.m_stringLength && format[pos] == ' ')
                pos++;
            if (pos == format.m_stringLength)
                ThrowFormatError();
            return pos;
        }

        private static string FormatArgument(object arg, string format)
        {
            if (arg == null)
                return Empty;
            if ((object)format == null)
                return arg.ToString();
            if (arg is int)
                return ((int)arg).ToString(format);
            if (arg is long)
                return ((long)arg).ToString(format);
            if (arg is double)
                return ((double)arg).ToString(format);
            if (arg is float)
                return ((float)arg).ToString(format);
            if (arg is uint)
                return ((uint)arg).ToString(format);
            if (arg is ulong)
                return ((ulong)arg).ToString(format);
            if (arg is short)
                return ((short)arg).ToString(format);
            if (arg is ushort)
                return ((ushort)arg).ToString(format);
            if (arg is byte)
                return ((byte)arg).ToString(format);
            if (arg is sbyte)
                return ((sbyte)arg).ToString(format);
            return arg.ToString();
        }

        private static void ThrowFormatError()
        {
            ThrowHelper.ThrowFormat("Input string was not in a correct format.");
        }
    }
}
