namespace System
{
    public struct Int16
    {
        private short m_value;

        public const short MaxValue = 32767;
        public const short MinValue = -32768;

        public override string ToString()
        {
            return Number.Int32ToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatSigned(m_value, (ushort)m_value, format);
        }

        public static short Parse(string s)
        {
            long value;
            Number.ThrowIfFailed(Number.ParseSigned(s, short.MaxValue, out value), "Value was either too large or too small for an Int16.");
            return (short)value;
        }

        public static bool TryParse(string s, out short result)
        {
            long value = 0;
            bool parsed = (object)s != null && Number.ParseSigned(s, short.MaxValue, out value) == Number.ParsedOk;
            result = (short)(parsed ? value : 0);
            return parsed;
        }

        public bool Equals(short obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is short && m_value == (short)obj;
        }

        public override int GetHashCode()
        {
            return unchecked((int)(ushort)m_value | ((int)m_value << 16));
        }
    }
}
