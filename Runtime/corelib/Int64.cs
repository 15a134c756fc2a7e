namespace System
{
    public struct Int64 : IComparable
    {
        public int CompareTo(long value)
        {
            if (m_value < value)
                return -1;
            return m_value > value ? 1 : 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is long))
                throw new ArgumentException("Object must be of type Int64.");
            return CompareTo((long)value);
        }


        private long m_value;

        public const long MaxValue = 9223372036854775807;
        public const long MinValue = -9223372036854775807L - 1;

        public override string ToString()
        {
            return Number.Int64ToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatSigned(m_value, (ulong)m_value, format);
        }

        public static long Parse(string s)
        {
            long value;
            Number.ThrowIfFailed(Number.ParseSigned(s, long.MaxValue, out value), "Value was either too large or too small for an Int64.");
            return (long)value;
        }

        public static bool TryParse(string s, out long result)
        {
            long value = 0;
            bool parsed = (object)s != null && Number.ParseSigned(s, long.MaxValue, out value) == Number.ParsedOk;
            result = (long)(parsed ? value : 0);
            return parsed;
        }

        public bool Equals(long obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is long && m_value == (long)obj;
        }

        public override int GetHashCode()
        {
            return unchecked((int)m_value ^ (int)(m_value >> 32));
        }
    }
}
