namespace System
{
    public unsafe struct Char
    {
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
