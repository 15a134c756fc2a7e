// System.Text.StringBuilder: a growing character buffer (doubling), enough
// for composite formatting and for programs that build text piece by piece.
namespace System.Text
{
    public sealed unsafe class StringBuilder
    {
        private char[] m_chars;
        private int m_length;

        public StringBuilder()
        {
            m_chars = new char[16];
        }

        public StringBuilder(string value) : this()
        {
            Append(value);
        }

        public int Length
        {
            get { return m_length; }
        }

        public StringBuilder Append(char value)
        {
            Reserve(1);
            m_chars[m_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0)
                ThrowHelper.ThrowArgumentOutOfRange("repeatCount", "Count cannot be less than zero.");
            Reserve(repeatCount);
            for (int i = 0; i < repeatCount; i++)
                m_chars[m_length++] = value;
            return this;
        }

        public StringBuilder Append(string value)
        {
            if ((object)value == null)
                return this;
            Reserve(value.Length);
            for (int i = 0; i < value.Length; i++)
                m_chars[m_length++] = value[i];
            return this;
        }

        public StringBuilder Append(object value)
        {
            return value == null ? this : Append(value.ToString());
        }

        public StringBuilder AppendLine(string value)
        {
            return Append(value).Append('\n');
        }

        public StringBuilder AppendLine()
        {
            return Append('\n');
        }

        public override string ToString()
        {
            fixed (char* chars = m_chars)
                return String.FromChars(chars, m_length);
        }

        // Room for `count` more characters.
        private void Reserve(int count)
        {
            if (m_chars.Length - m_length >= count)
                return;
            int capacity = m_chars.Length * 2;
            if (capacity - m_length < count)
                capacity = m_length + count;
            char[] grown = new char[capacity];
            for (int i = 0; i < m_length; i++)
                grown[i] = m_chars[i];
            m_chars = grown;
        }
    }
}
