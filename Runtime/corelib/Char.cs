namespace System
{
    public unsafe struct Char : IComparable
    {
        public int CompareTo(char value)
        {
            if (m_value < value)
                return -1;
            return m_value > value ? 1 : 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is char))
                throw new ArgumentException("Object must be of type Char.");
            return CompareTo((char)value);
        }


        private char m_value;

        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0;

        public override string ToString()
        {
            char value = m_value;
            return String.FromChars(&value, 1);
        }

        public static string ToString(char c)
        {
            return String.FromChars(&c, 1);
        }

        // White space as .NET defines it (Unicode Zs, Zl, Zp, and U+0009–U+000D, U+0085).
        public static bool IsWhiteSpace(char c)
        {
            if (c <= '\u00FF')
                return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u0085';
            return c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
        }

        public static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        // Case mapping of ASCII and Latin-1 letters (× and ÷ are not letters;
        // ß and ÿ have no Latin-1 counterpart and stay). Other characters are unchanged.
        public static char ToUpper(char c)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '\u00E0' && c <= '\u00FE' && c != '\u00F7'))
                return (char)(c - 32);
            return c;
        }

        public static char ToLower(char c)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7'))
                return (char)(c + 32);
            return c;
        }

        public bool Equals(char obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is char && m_value == (char)obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value | ((int)m_value << 16);
        }
    }
}
