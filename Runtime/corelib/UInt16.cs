namespace System
{
    public struct UInt16
    {
        private ushort m_value;

        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;

        public override string ToString()
        {
            return Number.UInt32ToString(m_value);
        }

        public bool Equals(ushort obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is ushort && m_value == (ushort)obj;
        }

        public override int GetHashCode()
        {
            return unchecked(m_value);
        }
    }
}
