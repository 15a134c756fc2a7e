namespace System
{
    public struct Int32
    {
        private int m_value;

        public const int MaxValue = 2147483647;
        public const int MinValue = -2147483647 - 1;

        public override string ToString()
        {
            return Number.Int32ToString(m_value);
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
