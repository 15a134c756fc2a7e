namespace System
{
    public unsafe struct Double : IComparable
    {
        // NaN orders before every other value and equals itself here.
        public int CompareTo(double value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            if (m_value == value)
                return 0;
            if (IsNaN(m_value))
                return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is double))
                throw new ArgumentException("Object must be of type Double.");
            return CompareTo((double)value);
        }


        private double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = -1.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NaN = 0.0 / 0.0;

        public static bool IsNaN(double d)
        {
            // NaN is the only value unequal to itself.
#pragma warning disable 1718
            return d != d;
#pragma warning restore 1718
        }

        public static bool IsInfinity(double d)
        {
            return d == PositiveInfinity || d == NegativeInfinity;
        }

        public static bool IsPositiveInfinity(double d)
        {
            return d == PositiveInfinity;
        }

        public static bool IsNegativeInfinity(double d)
        {
            return d == NegativeInfinity;
        }

        public static double Parse(string s)
        {
            double value;
            Number.ThrowIfFailed(Number.ParseDouble(s, out value), "Value was either too large or too small for a Double.");
            return value;
        }

        public static bool TryParse(string s, out double result)
        {
            result = 0;
            return (object)s != null && Number.ParseDouble(s, out result) == Number.ParsedOk;
        }

        public bool Equals(double obj)
        {
            return obj == m_value || (IsNaN(obj) && IsNaN(m_value));
        }

        public override bool Equals(object obj)
        {
            return obj is double && Equals((double)obj);
        }

        // As mono: ±0 hash alike, and so does every NaN.
        public override int GetHashCode()
        {
            double value = m_value;
            long bits = *(long*)&value;
            if (((bits - 1) & 0x7FFFFFFFFFFFFFFF) >= 0x7FEFFFFFFFFFFFFF)
                bits &= 0x7FF0000000000000;
            return unchecked((int)bits ^ (int)(bits >> 32));
        }

        public override string ToString()
        {
            return Number.DoubleToString(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatDouble(m_value, format);
        }
    }
}
