// Number: the text of numbers, as mono 6.8's ToString() without a format
// writes it. Integers are formatted here; floating point by the runtime's
// r2r_format_double/float (exactness against mono is tested there).
namespace System
{
    internal static unsafe partial class Number
    {
        // 32 characters for r2r_format_double/float, as a local the caller owns.
        private struct FormatBuffer
        {
            public ulong C0, C1, C2, C3, C4, C5, C6, C7;
        }

        internal static string Int32ToString(int value)
        {
            return value < 0 ? Format((ulong)(-(long)value), true) : Format((ulong)value, false);
        }

        internal static string UInt32ToString(uint value)
        {
            return Format(value, false);
        }

        internal static string Int64ToString(long value)
        {
            // -(value + 1) + 1 keeps long.MinValue in range.
            return value < 0 ? Format((ulong)(-(value + 1)) + 1, true) : Format((ulong)value, false);
        }

        internal static string UInt64ToString(ulong value)
        {
            return Format(value, false);
        }

        internal static string DoubleToString(double value)
        {
            FormatBuffer buffer;
            char* chars = (char*)&buffer;
            int length = RuntimeImports.FormatDouble(value, chars);
            return String.FromChars(chars, length);
        }

        internal static string SingleToString(float value)
        {
            FormatBuffer buffer;
            char* chars = (char*)&buffer;
            int length = RuntimeImports.FormatFloat(value, chars);
            return String.FromChars(chars, length);
        }

        // Decimal digits of magnitude, after a '-' when negative.
        private static string Format(ulong magnitude, bool negative)
        {
            int digits = 1;
            for (ulong rest = magnitude / 10; rest != 0; rest /= 10)
                digits++;
            int length = negative ? digits + 1 : digits;
            string result = String.Allocate(length);
            fixed (char* chars = result)
            {
                char* at = chars + length;
                do
                {
                    *--at = (char)('0' + (int)(magnitude % 10));
                    magnitude /= 10;
                } while (magnitude != 0);
                if (negative)
                    chars[0] = '-';
            }
            return result;
        }
    }
}
