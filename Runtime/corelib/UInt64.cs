namespace System
{
    public struct UInt64
    {
        private ulong m_value;

        public const ulong MaxValue = 18446744073709551615;
        public const ulong MinValue = 0;

        public override string ToString()
        {
            return Number.UInt64ToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatInteger(m_value, false, m_value, format);
        }

        public static ulong Parse(string s)
        {
            ulong value;
            Number.ThrowIfFailed(Number.ParseUnsigned(s, ulong.MaxValue, out value), "Value was either too large or too small for a UInt64.");
            return (ulong)value;
        }

        public static bool TryParse(string s, out ulong result)
        {
            ulong value = 0;
            bool parsed = (object)s != null && Number.ParseUnsigned(s, ulong.MaxValue, out value) == Number.ParsedOk;
            result = (ulong)(parsed ? value : 0);
            return parsed;
        }

        public bool Equals(ulong obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is ulong && m_value == (ulong)obj;
        }

        public override int GetHashCode()
        {
            return unchecked((int)m_value ^ (int)(m_value >> 32));
        }
    }
}
