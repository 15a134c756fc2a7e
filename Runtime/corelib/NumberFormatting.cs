// Number: the standard numeric formats of ToString(format), as mono 6.8 (like
// .NET Framework) writes them with the invariant culture: "G" (or none), "D",
// "X", "F", "N", "E" for integers; "G", "R", "F", "N", "E" for floating point.
// Floating point is first rounded to 15 significant digits, 7 for float
// (r2r_double_digits; more for long "E" formats), and "F"/"N"/"E" then round
// those digits half up, so 2.675 gives "2.68" where the binary value is below
// the half. A result that rounds to zero drops its sign.
namespace System
{
    internal static unsafe partial class Number
    {
        internal static string FormatSigned(long value, ulong bits, string format)
        {
            // -(value + 1) + 1 keeps long.MinValue in range.
            return FormatInteger(value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value, value < 0, bits, format);
        }

        // An integer of a type whose bits, zero-extended, are `bits` (for "X").
        internal static string FormatInteger(ulong magnitude, bool negative, ulong bits, string format)
        {
            char kind;
            int precision;
            ParseFormat(format, out kind, out precision);
            switch (kind)
            {
                case 'G':
                case 'g':
                    if (precision > 0)
                        break;
                    return Format(magnitude, negative);
                case 'D':
                case 'd':
                {
                    string digits = Format(magnitude, false);
                    if (precision > digits.Length)
                        digits = String.Concat(String.Repeat('0', precision - digits.Length), digits);
                    return negative ? String.Concat("-", digits) : digits;
                }
                case 'X':
                case 'x':
                    return FormatHex(bits, kind == 'X', precision);
                case 'F':
                case 'f':
                case 'N':
                case 'n':
                case 'E':
                case 'e':
                {
                    char[] digits = Format(magnitude, false).ToCharArray();
                    return FormatDigits(negative, digits, digits.Length, digits.Length, kind, precision);
                }
            }
            ThrowHelper.ThrowFormat("Format specifier was invalid.");
            return null;
        }

        internal static string FormatDouble(double value, string format)
        {
            return FormatFloatingPoint(value, false, format);
        }

        internal static string FormatSingle(float value, string format)
        {
            return FormatFloatingPoint(value, true, format);
        }

        // A double, or a float (single) converted to double exactly: 7 significant
        // digits instead of 15 (9 for "E7" and up, and "R" when 7 do not read back).
        private static string FormatFloatingPoint(double value, bool single, string format)
        {
            char kind;
            int precision;
            ParseFormat(format, out kind, out precision);
            if (Double.IsNaN(value) || Double.IsInfinity(value))
                return single ? SingleToString((float)value) : DoubleToString(value);
            switch (kind)
            {
                case 'G':
                case 'g':
                    if (precision > 0)
                        break;
                    return single ? SingleToString((float)value) : DoubleToString(value);
                case 'R':
                case 'r':
                {
                    FormatBuffer buffer;
                    char* chars = (char*)&buffer;
                    int length = single ? RuntimeImports.FormatFloatRoundtrip((float)value, chars) : RuntimeImports.FormatDoubleRoundtrip(value, chars);
                    return String.FromChars(chars, length);
                }
                case 'F':
                case 'f':
                case 'N':
                case 'n':
                case 'E':
                case 'e':
                {
                    // As .NET Framework: "E15" ("E7" for float) and longer show 17 (9) significant digits.
                    bool longer = (kind == 'E' || kind == 'e') && precision > (single ? 6 : 14);
                    int significant = single ? (longer ? 9 : 7) : (longer ? 17 : 15);
                    char[] digits = new char[significant];
                    int exponent;
                    fixed (char* chars = digits)
                        exponent = RuntimeImports.DoubleDigits(value, significant, chars);
                    return FormatDigits(value < 0, digits, significant, exponent + 1, kind, precision);
                }
            }
            ThrowHelper.ThrowFormat("Format specifier was invalid.");
            return null;
        }

        // A standard format: a letter and an optional precision of up to two
        // digits (-1 when absent); null or "" is "G".
        private static void ParseFormat(string format, out char kind, out int precision)
        {
            kind = 'G';
            precision = -1;
            if (String.IsNullOrEmpty(format))
                return;
            kind = format[0];
            bool valid = (kind >= 'A' && kind <= 'Z') || (kind >= 'a' && kind <= 'z');
            if (format.Length > 1)
            {
                precision = 0;
                valid &= format.Length <= 3;
                for (int i = 1; i < format.Length; i++)
                {
                    valid &= Char.IsDigit(format[i]);
                    precision = precision * 10 + (format[i] - '0');
                }
            }
            if (!valid)
                ThrowHelper.ThrowFormat("Format specifier was invalid.");
        }

        private static string FormatHex(ulong bits, bool upper, int precision)
        {
            int length = 1;
            for (ulong rest = bits >> 4; rest != 0; rest >>= 4)
                length++;
            if (precision > length)
                length = precision;
            string result = String.Allocate(length);
            fixed (char* chars = result)
            {
                for (int i = length - 1; i >= 0; i--)
                {
                    int nibble = (int)(bits & 15);
                    chars[i] = (char)(nibble < 10 ? '0' + nibble : (upper ? 'A' : 'a') + nibble - 10);
                    bits >>= 4;
                }
            }
            return result;
        }

        // The value 0.d₀d₁…×10^scale of the first `count` digits, in format kind
        // "F", "N" or "E" with `precision` (-1: the invariant culture's 2, or 6 for "E").
        private static string FormatDigits(bool negative, char[] digits, int count, int scale, char kind, int precision)
        {
            bool scientific = kind == 'E' || kind == 'e';
            if (precision < 0)
                precision = scientific ? 6 : 2;
            count = Round(digits, count, scientific ? precision + 1 : scale + precision, ref scale);
            if (count == 0)
            {
                negative = false;
                scale = 0;
            }
            int integerDigits = scale > 0 ? scale : 1;
            char[] text = new char[integerDigits * 2 + precision + 16];
            int at = 0;
            if (negative)
                text[at++] = '-';
            if (scientific)
            {
                text[at++] = Digit(digits, count, 0);
                if (precision > 0)
                    text[at++] = '.';
                for (int i = 1; i <= precision; i++)
                    text[at++] = Digit(digits, count, i);
                int exponent = count == 0 ? 0 : scale - 1;
                text[at++] = kind;
                text[at++] = exponent < 0 ? '-' : '+';
                if (exponent < 0)
                    exponent = -exponent;
                text[at++] = (char)('0' + exponent / 100);
                text[at++] = (char)('0' + exponent / 10 % 10);
                text[at++] = (char)('0' + exponent % 10);
            }
            else
            {
                bool grouped = kind == 'N' || kind == 'n';
                for (int i = 0; i < integerDigits; i++)
                {
                    if (grouped && i > 0 && (integerDigits - i) % 3 == 0)
                        text[at++] = ',';
                    text[at++] = scale > 0 ? Digit(digits, count, i) : '0';
                }
                if (precision > 0)
                    text[at++] = '.';
                for (int i = 0; i < precision; i++)
                    text[at++] = Digit(digits, count, scale + i);
            }
            fixed (char* chars = text)
                return String.FromChars(chars, at);
        }

        private static char Digit(char[] digits, int count, int index)
        {
            return index >= 0 && index < count ? digits[index] : '0';
        }

        // .NET's RoundNumber: keeps the digits before `position`, rounding half
        // up on the next; returns how many remain without trailing zeros.
        private static int Round(char[] digits, int count, int position, ref int scale)
        {
            int i = 0;
            while (i < position && i < count)
                i++;
            if (i == position && i < count && digits[i] >= '5')
            {
                while (i > 0 && digits[i - 1] == '9')
                    i--;
                if (i > 0)
                {
                    digits[i - 1]++;
                }
                else
                {
                    scale++;
                    digits[0] = '1';
                    i = 1;
                }
            }
            else
            {
                while (i > 0 && digits[i - 1] == '0')
                    i--;
            }
            return i;
        }
    }
}
