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
