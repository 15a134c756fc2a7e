// Number: parsing as int.Parse, long.Parse, double.Parse and their TryParse
// do with the invariant culture and the default styles: integers are
// [ws][sign]digits[ws]; doubles also take a point, ',' group separators in
// the integer part, an exponent, and "NaN"/"Infinity"/"-Infinity". White
// space is U+0009–U+000D and the space. A malformed text is a format error
// even when its digits would also overflow.
namespace System
{
    internal static unsafe partial class Number
    {
        internal const int ParsedOk = 0;
        internal const int ParsedBadFormat = 1;
        internal const int ParsedOverflow = 2;

        // The magnitude and sign of an integer text; ParsedOverflow when the
        // magnitude exceeds ulong.
        internal static int ParseInteger(string s, out ulong magnitude, out bool negative)
        {
            magnitude = 0;
            negative = false;
            if ((object)s == null)
                ThrowHelper.ThrowArgumentNull("s");
            int at = SkipWhiteSpace(s, 0);
            if (at < s.Length && (s[at] == '-' || s[at] == '+'))
                negative = s[at++] == '-';
            int first = at;
            bool overflow = false;
            for (; at < s.Length && Char.IsDigit(s[at]); at++)
            {
                uint digit = (uint)(s[at] - '0');
                if (magnitude > (ulong.MaxValue - digit) / 10)
                    overflow = true;
                magnitude = magnitude * 10 + digit;
            }
            if (at == first || SkipWhiteSpace(s, at) != s.Length)
                return ParsedBadFormat;
            return overflow ? ParsedOverflow : ParsedOk;
        }

        // A signed integer in [-limit - 1, limit].
        internal static int ParseSigned(string s, long limit, out long result)
        {
            ulong magnitude;
            bool negative;
            result = 0;
            int status = ParseInteger(s, out magnitude, out negative);
            if (status != ParsedOk)
                return status;
            if (magnitude > (ulong)limit + (negative ? 1UL : 0UL))
                return ParsedOverflow;
            result = negative ? (long)(0 - magnitude) : (long)magnitude;
            return ParsedOk;
        }

        // An unsigned integer up to limit ("-0" is zero).
        internal static int ParseUnsigned(string s, ulong limit, out ulong result)
        {
            bool negative;
            int status = ParseInteger(s, out result, out negative);
            if (status == ParsedOk && (result > limit || (negative && result != 0)))
                status = ParsedOverflow;
            if (status != ParsedOk)
                result = 0;
            return status;
        }

        internal static int ParseDouble(string s, out double result)
        {
            result = 0;
            if ((object)s == null)
                ThrowHelper.ThrowArgumentNull("s");
            int start = SkipWhiteSpace(s, 0);
            int end = s.Length;
            while (end > start && IsParseWhiteSpace(s[end - 1]))
                end--;
            string text = s.Substring(start, end - start);
            if (text == "NaN")
            {
                result = Double.NaN;
                return ParsedOk;
            }
            if (text == "Infinity" || text == "+Infinity")
            {
                result = Double.PositiveInfinity;
                return ParsedOk;
            }
            if (text == "-Infinity")
            {
                result = Double.NegativeInfinity;
                return ParsedOk;
            }
            // The text for strtod: the sign, digits, point and exponent, without group separators.
            char[] clean = new char[text.Length];
            int length = 0;
            int at = 0;
            if (at < text.Length && (text[at] == '-' || text[at] == '+'))
                clean[length++] = text[at++];
            int digits = 0;
            for (; at < text.Length && (Char.IsDigit(text[at]) || (text[at] == ',' && digits > 0)); at++)
            {
                if (text[at] != ',')
                {
                    clean[length++] = text[at];
                    digits++;
                }
            }
            if (at < text.Length && text[at] == '.')
            {
                clean[length++] = text[at++];
                for (; at < text.Length && Char.IsDigit(text[at]); at++, digits++)
                    clean[length++] = text[at];
            }
            if (digits == 0)
                return ParsedBadFormat;
            if (at < text.Length && (text[at] == 'e' || text[at] == 'E'))
            {
                clean[length++] = text[at++];
                if (at < text.Length && (text[at] == '-' || text[at] == '+'))
                    clean[length++] = text[at++];
                int exponentDigits = 0;
                for (; at < text.Length && Char.IsDigit(text[at]); at++, exponentDigits++)
                    clean[length++] = text[at];
                if (exponentDigits == 0)
                    return ParsedBadFormat;
            }
            if (at != text.Length)
                return ParsedBadFormat;
            fixed (char* chars = clean)
                result = RuntimeImports.ParseDouble(chars, length);
            return ParsedOk;
        }

        // Throws what a failed Parse throws for status.
        internal static void ThrowIfFailed(int status, string overflowMessage)
        {
            if (status == ParsedBadFormat)
                ThrowHelper.ThrowFormat("Input string was not in a correct format.");
            if (status == ParsedOverflow)
                ThrowHelper.ThrowOverflow(overflowMessage);
        }

        private static int SkipWhiteSpace(string s, int at)
        {
            while (at < s.Length && IsParseWhiteSpace(s[at]))
                at++;
            return at;
        }

        private static bool IsParseWhiteSpace(char c)
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
    }
}
