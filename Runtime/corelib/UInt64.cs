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
