// String searching and comparison: ordinal, character by character. mono's
// culture-sensitive overloads (StartsWith(string), Compare) agree with these
// for the invariant culture on ASCII letters of one case and digits, which is
// all the core library promises for them.
namespace System
{
    public sealed unsafe partial class String
    {
        public int IndexOf(char value)
        {
            return IndexOf(value, 0, m_stringLength);
        }

        public int IndexOf(char value, int startIndex)
        {
            if ((uint)startIndex > (uint)m_stringLength)
                ThrowHelper.ThrowArgumentOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return IndexOf(value, startIndex, m_stringLength - startIndex);
        }

        public int IndexOf(char value, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_stringLength)
                ThrowHelper.ThrowArgumentOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if ((uint)count > (uint)(m_stringLength - startIndex))
                ThrowHelper.ThrowArgumentOutOfRange("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            fixed (char* chars = this)
            {
                for (int i = startIndex; i < startIndex + count; i++)
                    if (chars[i] == value)
                        return i;
            }
            return -1;
        }

        public int IndexOf(string value)
        {
            return IndexOf(value, 0);
        }

        public int IndexOf(string value, int startIndex)
        {
            if ((object)value == null)
                ThrowHelper.ThrowArgumentNull("value");
            if ((uint)startIndex > (uint)m_stringLength)
                ThrowHelper.ThrowArgumentOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return FindOrdinal(value, startIndex);
        }

        public int IndexOfAny(char[] anyOf)
        {
            if (anyOf == null)
                ThrowHelper.ThrowArgumentNull("anyOf");
            fixed (char* chars = this)
            {
                for (int i = 0; i < m_stringLength; i++)
                    if (Contains(anyOf, chars[i]))
                        return i;
            }
            return -1;
        }

        public int LastIndexOf(char value)
        {
            fixed (char* chars = this)
            {
                for (int i = m_stringLength - 1; i >= 0; i--)
                    if (chars[i] == value)
                        return i;
            }
            return -1;
        }

        public int LastIndexOf(string value)
        {
            if ((object)value == null)
                ThrowHelper.ThrowArgumentNull("value");
            for (int i = m_stringLength - value.m_stringLength; i >= 0; i--)
                if (MatchesAt(value, i))
                    return i;
            return -1;
        }

        public bool Contains(string value)
        {
            if ((object)value == null)
                ThrowHelper.ThrowArgumentNull("value");
            return FindOrdinal(value, 0) >= 0;
        }

        public bool Contains(char value)
        {
            return IndexOf(value) >= 0;
        }

        public bool StartsWith(string value)
        {
            if ((object)value == null)
                ThrowHelper.ThrowArgumentNull("value");
            return value.m_stringLength <= m_stringLength && MatchesAt(value, 0);
        }

        public bool EndsWith(string value)
        {
            if ((object)value == null)
                ThrowHelper.ThrowArgumentNull("value");
            return value.m_stringLength <= m_stringLength && MatchesAt(value, m_stringLength - value.m_stringLength);
        }

        public bool StartsWith(char value)
        {
            return m_stringLength != 0 && this[0] == value;
        }

        public bool EndsWith(char value)
        {
            return m_stringLength != 0 && this[m_stringLength - 1] == value;
        }

        public int CompareTo(string strB)
        {
            return Compare(this, strB);
        }

        public int CompareTo(object value)
        {
            return Compare(this, (string)value);
        }

        // -1, 0 or 1; null sorts first.
        public static int Compare(string strA, string strB)
        {
            int difference = CompareOrdinal(strA, strB);
            return difference < 0 ? -1 : difference > 0 ? 1 : 0;
        }

        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == (object)strB)
                return 0;
            if ((object)strA == null)
                return -1;
            if ((object)strB == null)
                return 1;
            int common = strA.m_stringLength < strB.m_stringLength ? strA.m_stringLength : strB.m_stringLength;
            fixed (char* a = strA)
            fixed (char* b = strB)
            {
                for (int i = 0; i < common; i++)
                    if (a[i] != b[i])
                        return a[i] - b[i];
            }
            return strA.m_stringLength - strB.m_stringLength;
        }

        // The first index ≥ startIndex where value occurs, or -1; "" occurs at startIndex.
        private int FindOrdinal(string value, int startIndex)
        {
            for (int i = startIndex; i <= m_stringLength - value.m_stringLength; i++)
                if (MatchesAt(value, i))
                    return i;
            return -1;
        }

        // Whether value's characters are this string's from index `at` on (value fits).
        private bool MatchesAt(string value, int at)
        {
            fixed (char* chars = this)
            fixed (char* other = value)
            {
                for (int i = 0; i < value.m_stringLength; i++)
                    if (chars[at + i] != other[i])
                        return false;
            }
            return true;
        }

        private static bool Contains(char[] set, char c)
        {
            for (int i = 0; i < set.Length; i++)
                if (set[i] == c)
                    return true;
            return false;
        }
    }
}
