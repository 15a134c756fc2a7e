namespace System
{
    public struct Int32 : IComparable
    {
        public int CompareTo(int value)
        {
            if (m_value < value)
                return -1;
            return m_value > value ? 1 : 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is int))
                throw new ArgumentException("Object must be of type Int32.");
            return CompareTo((int)value);
        }


        private int m_value;

        public const int MaxValue = 2147483647;
        public const int MinValue = -2147483647 - 1;

        public override string ToString()
        {
            return Number.Int32ToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatSigned(m_value, (uint)m_value, format);
        }

        public static int Parse(string s)
        {
            long value;
            Number.ThrowIfFailed(Number.ParseSigned(s, int.MaxValue, out value), "Value was either too large or too small for an Int32.");
            return (int)value;
        }

        public static bool TryParse(string s, out int result)
        {
            long value = 0;
            bool parsed = (object)s != null && Number.ParseSigned(s, int.MaxValue, out value) == Number.ParsedOk;
            result = (int)(parsed ? value : 0);
            return parsed;
        }

        public bool Equals(int obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is int && m_value == (int)obj;
        }

        public override int GetHashCode()
        {
            return unchecked(m_value);
        }
    }
}
