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
