namespace System
{
    public struct UInt32
    {
        private uint m_value;

        public const uint MaxValue = 4294967295;
        public const uint MinValue = 0;

        public override string ToString()
        {
            return Number.UInt32ToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatInteger(m_value, false, m_value, format);
        }

        public static uint Parse(string s)
        {
            ulong value;
            Number.ThrowIfFailed(Number.ParseUnsigned(s, uint.MaxValue, out value), "Value was either too large or too small for a UInt32.");
            return (uint)value;
        }

        public static bool TryParse(string s, out uint result)
        {
            ulong value = 0;
            bool parsed = (object)s != null && Number.ParseUnsigned(s, uint.MaxValue, out value) == Number.ParsedOk;
            result = (uint)(parsed ? value : 0);
            return parsed;
        }

        public bool Equals(uint obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is uint && m_value == (uint)obj;
        }

        public override int GetHashCode()
        {
            return unchecked((int)m_value);
        }
    }
}
