namespace System
{
    public struct Byte
    {
        private byte m_value;

        public const byte MaxValue = 255;
        public const byte MinValue = 0;

        public override string ToString()
        {
            return Number.UInt32ToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatInteger(m_value, false, m_value, format);
        }

        public static byte Parse(string s)
        {
            ulong value;
            Number.ThrowIfFailed(Number.ParseUnsigned(s, byte.MaxValue, out value), "Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static bool TryParse(string s, out byte result)
        {
            ulong value = 0;
            bool parsed = (object)s != null && Number.ParseUnsigned(s, byte.MaxValue, out value) == Number.ParsedOk;
            result = (byte)(parsed ? value : 0);
            return parsed;
        }

        public bool Equals(byte obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is byte && m_value == (byte)obj;
        }

        public override int GetHashCode()
        {
            return unchecked(m_value);
        }
    }
}
