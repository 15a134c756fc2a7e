namespace System
{
    public struct SByte
    {
        private sbyte m_value;

        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;

        public override string ToString()
        {
            return Number.Int32ToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatSigned(m_value, (byte)m_value, format);
        }

        public static sbyte Parse(string s)
        {
            long value;
            Number.ThrowIfFailed(Number.ParseSigned(s, sbyte.MaxValue, out value), "Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static bool TryParse(string s, out sbyte result)
        {
            long value = 0;
            bool parsed = (object)s != null && Number.ParseSigned(s, sbyte.MaxValue, out value) == Number.ParsedOk;
            result = (sbyte)(parsed ? value : 0);
            return parsed;
        }

        public bool Equals(sbyte obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is sbyte && m_value == (sbyte)obj;
        }

        public override int GetHashCode()
        {
            return unchecked((int)m_value ^ ((int)m_value << 8));
        }
    }
}
