namespace System
{
    public struct Boolean
    {
        private bool m_value;

        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override string ToString()
        {
            return m_value ? TrueString : FalseString;
        }

        public bool Equals(bool obj)
        {
            return m_value == obj;
        }

        public override bool Equals(object obj)
        {
            return obj is bool && m_value == (bool)obj;
        }

        public override int GetHashCode()
        {
            return m_value ? 1 : 0;
        }
    }
}
