namespace System
{
    public unsafe struct Single
    {
        private float m_value;

        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NaN = 0.0f / 0.0f;

        public static bool IsNaN(float f)
        {
            // NaN is the only value unequal to itself.
#pragma warning disable 1718
            return f != f;
#pragma warning restore 1718
        }

        public static bool IsInfinity(float f)
        {
            return f == PositiveInfinity || f == NegativeInfinity;
        }

        public static bool IsPositiveInfinity(float f)
        {
            return f == PositiveInfinity;
        }

        public static bool IsNegativeInfinity(float f)
        {
            return f == NegativeInfinity;
        }

        public bool Equals(float obj)
        {
            return obj == m_value || (IsNaN(obj) && IsNaN(m_value));
        }

        public override bool Equals(object obj)
        {
            return obj is float && Equals((float)obj);
        }

        // As mono: ±0 hash alike, and so does every NaN.
        public override int GetHashCode()
        {
            float value = m_value;
            int bits = *(int*)&value;
            if (((bits - 1) & 0x7FFFFFFF) >= 0x7F7FFFFF)
                bits &= 0x7F800000;
            return unchecked(bits);
        }

        public override string ToString()
        {
            return Number.SingleToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatSingle(m_value, format);
        }
    }
}
