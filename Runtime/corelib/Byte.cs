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
