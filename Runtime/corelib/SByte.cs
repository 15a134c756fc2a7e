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
