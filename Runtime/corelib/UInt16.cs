namespace System
{
    public struct UInt16
    {
        private ushort m_value;

        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;

        public override string ToString()
        {
            return Number.UInt32ToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatInteger(m_value, false, m_value, format);
        }

        public static ushort Parse(string s)
        {
            ulong value;
            Number.ThrowIfFailed(Number.ParseUnsigned(s, ushort.MaxValue, out value), "Value was either too large or too small for a UInt16.");
            return (ushort)value;
        }

        public static bool TryParse(string s, out ushort result)
        {
            ulong value = 0;
            bool parsed = (object)s != null && Number.ParseUnsigned(s, ushort.MaxValue, out value) == Number.ParsedOk;
            result = (ushort)(parsed ? value : 0);
            return parsed;
        }

        public bool Equals(ushort obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is ushort && m_value == (ushort)obj;
        }

        public override int GetHashCode()
        {
            return unchecked(m_value);
        }
    }
}
