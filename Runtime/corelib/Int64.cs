namespace System
{
    public struct Int64
    {
        private long m_value;

        public const long MaxValue = 9223372036854775807;
        public const long MinValue = -9223372036854775807L - 1;

        public override string ToString()
        {
            return Number.Int64ToString(m_value);
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
