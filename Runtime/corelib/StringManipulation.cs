// Strings made from strings: substrings, replacing, case mapping, trimming,
// padding, splitting and joining. Each returns the string itself when
// nothing changes, as .NET does.
namespace System
{
    public sealed unsafe partial class String
    {
        public string Substring(int startIndex)
        {
            if (startIndex < 0)
                ThrowHelper.ThrowArgumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > m_stringLength)
                ThrowHelper.ThrowArgumentOutOfRange("startIndex", "startIndex cannot be larger than length of string.");
            return Substring(startIndex, m_stringLength - startIndex);
        }

        public string Substring(int startIndex, int length)
        {
            if (startIndex < 0)
                ThrowHelper.ThrowArgumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > m_stringLength)
                ThrowHelper.ThrowArgumentOutOfRange("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0)
                ThrowHelper.ThrowArgumentOutOfRange("length", "Length cannot be less than zero.");
            if (startIndex > m_stringLength - length)
                ThrowHelper.ThrowArgumentOutOfRange("length", "Index and length must refer to a location within the string.");
            if (startIndex == 0 && length == m_stringLength)
                return this;
            fixed (char* chars = this)
                return FromChars(chars + startIndex, length);
        }

        public string Remove(int startIndex)
        {
            return Substring(0, startIndex);
        }

        public string Remove(int startIndex, int count)
        {
            return Concat(Substring(0, startIndex), Substring(startIndex + count));
        }

        public string Insert(int startIndex, string value)
        {
            if ((object)value == null)
                ThrowHelper.ThrowArgumentNull("value");
            return Concat(Substring(0, startIndex), value, Substring(startIndex));
        }

        public char[] ToCharArray()
        {
            char[] result = new char[m_stringLength];
            for (int i = 0; i < m_stringLength; i++)
                result[i] = this[i];
            return result;
        }

        public string Replace(char oldChar, char newChar)
        {
            if (IndexOf(oldChar) < 0)
                return this;
            string result = Allocate(m_stringLength);
            fixed (char* from = this)
            fixed (char* to = result)
            {
                for (int i = 0; i < m_stringLength; i++)
                    to[i] = from[i] == oldChar ? newChar : from[i];
            }
            return result;
        }

        // Ordinal, left to right, matches not overlapping; a null newValue removes.
        public string Replace(string oldValue, string newValue)
        {
            if ((object)oldValue == null)
                ThrowHelper.ThrowArgumentNull("oldValue");
            if (oldValue.m_stringLength == 0)
                ThrowHelper.ThrowArgument("String cannot be of zero length.", "oldValue");
            int at = FindOrdinal(oldValue, 0);
            if (at < 0)
                return this;
            string result = Empty;
            int done = 0;
            while (at >= 0)
            {
                result = Concat(result, Substring(done, at - done), newValue);
                done = at + oldValue.m_stringLength;
                at = FindOrdinal(oldValue, done);
            }
            return Concat(result, Substring(done));
        }

        public string ToUpper()
        {
            return MapCase(true);
        }

        public string ToLower()
        {
            return MapCase(false);
        }

        public string ToUpperInvariant()
        {
            return MapCase(true);
        }

        public string ToLowerInvariant()
        {
            return MapCase(false);
        }

        private string MapCase(bool upper)
        {
            string result = Allocate(m_stringLength);
            bool changed = false;
            fixed (char* from = this)
            fixed (char* to = result)
            {
                for (int i = 0; i < m_stringLength; i++)
                {
                    to[i] = upper ? Char.ToUpper(from[i]) : Char.ToLower(from[i]);
                    changed |= to[i] != from[i];
                }
            }
            return changed ? result : this;
        }

        public static bool IsNullOrWhiteSpace(string value)
        {
            if ((object)value == null)
                return true;
            for (int i = 0; i < value.m_stringLength; i++)
                if (!Char.IsWhiteSpace(value[i]))
                    return false;
            return true;
        }

        public string Trim()
        {
            return TrimWhere(null, true, true);
        }

        public string Trim(params char[] trimChars)
        {
            return TrimWhere(trimChars, true, true);
        }

        public string TrimStart()
        {
            return TrimWhere(null, true, false);
        }

        public string TrimEnd()
        {
            return TrimWhere(null, false, true);
        }

        public string Trim(char trimChar)
        {
            return Trim(new char[] { trimChar });
        }

        public string TrimStart(char trimChar)
        {
            return TrimStart(new char[] { trimChar });
        }

        public string TrimEnd(char trimChar)
        {
            return TrimEnd(new char[] { trimChar });
        }

        public string TrimStart(params char[] trimChars)
        {
            return TrimWhere(trimChars, true, false);
        }

        public string TrimEnd(params char[] trimChars)
        {
            return TrimWhere(trimChars, false, true);
        }

        // Null or empty trimChars trims white space, as .NET.
        private string TrimWhere(char[] trimChars, bool start, bool end)
        {
            int first = 0;
            int last = m_stringLength - 1;
            if (start)
                while (first <= last && IsTrimmed(this[first], trimChars))
                    first++;
            if (end)
                while (last >= first && IsTrimmed(this[last], trimChars))
                    last--;
            return Substring(first, last - first + 1);
        }

        private static bool IsTrimmed(char c, char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0)
                return Char.IsWhiteSpace(c);
            return Contains(trimChars, c);
        }

        public string PadLeft(int totalWidth)
        {
            return Pad(totalWidth, ' ', true);
        }

        public string PadLeft(int totalWidth, char paddingChar)
        {
            return Pad(totalWidth, paddingChar, true);
        }

        public string PadRight(int totalWidth)
        {
            return Pad(totalWidth, ' ', false);
        }

        public string PadRight(int totalWidth, char paddingChar)
        {
            return Pad(totalWidth, paddingChar, false);
        }

        private string Pad(int totalWidth, char paddingChar, bool left)
        {
            if (totalWidth < 0)
                ThrowHelper.ThrowArgumentOutOfRange("totalWidth", "Non-negative number required.");
            if (totalWidth <= m_stringLength)
                return this;
            string padding = Repeat(paddingChar, totalWidth - m_stringLength);
            return left ? Concat(padding, this) : Concat(this, padding);
        }

        // `count` copies of c.
        internal static string Repeat(char c, int count)
        {
            string result = Allocate(count);
            fixed (char* chars = result)
            {
                for (int i = 0; i < count; i++)
                    chars[i] = c;
            }
            return result;
        }

        // No separators (null or empty) splits at white space.
        public string[] Split(params char[] separator)
        {
            return Split(separator, StringSplitOptions.None);
        }

        public string[] Split(char separator, StringSplitOptions options)
        {
            return Split(new char[] { separator }, options);
        }

        public string[] Split(char[] separator, StringSplitOptions options)
        {
            bool removeEmpty = options == StringSplitOptions.RemoveEmptyEntries;
            int pieces = 0;
            for (int pass = 0; pass < 2; pass++)
            {
                // The first pass counts the pieces, the second stores them.
                string[] result = pass == 0 ? null : new string[pieces];
                int piece = 0;
                int start = 0;
                for (int i = 0; i <= m_stringLength; i++)
                {
                    if (i < m_stringLength && !IsSeparator(this[i], separator))
                        continue;
                    if (!removeEmpty || i > start)
                    {
                        if (result != null)
                            result[piece] = Substring(start, i - start);
                        piece++;
                    }
                    start = i + 1;
                }
                if (result != null)
                    return result;
                pieces = piece;
            }
            return null;
        }

        private static bool IsSeparator(char c, char[] separator)
        {
            return IsTrimmed(c, separator);
        }

        // Null elements count as empty strings.
        public static string Join(string separator, params string[] value)
        {
            if (value == null)
                ThrowHelper.ThrowArgumentNull("value");
            if (value.Length == 0)
                return Empty;
            string[] parts = new string[value.Length * 2 - 1];
            for (int i = 0; i < value.Length; i++)
            {
                if (i > 0)
                    parts[i * 2 - 1] = separator;
                parts[i * 2] = value[i];
            }
            return Concat(parts);
        }
    }
}
