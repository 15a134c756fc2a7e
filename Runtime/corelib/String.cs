// System.String: +4 length, +8 the UTF-16 characters and a terminating 0
// (ABI.md "Objects"). m_stringLength is the length; `fixed (char* p = s)`
// points at the characters (RuntimeHelpers.OffsetToStringData). New strings
// come from r2r_alloc_string.
using System.Runtime.CompilerServices;

namespace System
{
    public sealed unsafe partial class String : IComparable
    {
        private int m_stringLength;

        public static readonly string Empty = "";

        public int Length
        {
            get { return m_stringLength; }
        }

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)m_stringLength)
                    RuntimeImports.ThrowBuiltin(RuntimeImports.IndexOutOfRange);
                fixed (char* chars = this)
                    return chars[index];
            }
        }

        public static bool IsNullOrEmpty(string value)
        {
            return value == null || value.m_stringLength == 0;
        }

        public override string ToString()
        {
            return this;
        }

        // ---- Equality (ordinal) ----

        public bool Equals(string value)
        {
            return Equals(this, value);
        }

        public override bool Equals(object obj)
        {
            return Equals(this, obj as string);
        }

        public static bool Equals(string a, string b)
        {
            if ((object)a == (object)b)
                return true;
            if ((object)a == null || (object)b == null || a.m_stringLength != b.m_stringLength)
                return false;
            fixed (char* pa = a)
            fixed (char* pb = b)
            {
                for (int i = 0; i < a.m_stringLength; i++)
                    if (pa[i] != pb[i])
                        return false;
            }
            return true;
        }

        public static bool operator ==(string a, string b)
        {
            return Equals(a, b);
        }

        public static bool operator !=(string a, string b)
        {
            return !Equals(a, b);
        }

        // .NET Framework's non-randomized string hash (mono 6.8's values differ).
        public override int GetHashCode()
        {
            int hash1 = (5381 << 16) + 5381;
            int hash2 = hash1;
            fixed (char* chars = this)
            {
                for (int i = 0; i < m_stringLength; i += 2)
                {
                    hash1 = ((hash1 << 5) + hash1 + (hash1 >> 27)) ^ chars[i];
                    if (i + 1 < m_stringLength)
                        hash2 = ((hash2 << 5) + hash2 + (hash2 >> 27)) ^ chars[i + 1];
                }
            }
            return hash1 + hash2 * 1566083941;
        }

        // ---- Concatenation (what mcs emits for +) ----

        public static string Concat(object arg0)
        {
            if (arg0 == null)
                return Empty;
            return arg0.ToString();
        }

        public static string Concat(object arg0, object arg1)
        {
            return Concat(ToStringOrNull(arg0), ToStringOrNull(arg1));
        }

        public static string Concat(object arg0, object arg1, object arg2)
        {
            return Concat(ToStringOrNull(arg0), ToStringOrNull(arg1), ToStringOrNull(arg2));
        }

        public static string Concat(params object[] args)
        {
            if (args == null)
                ThrowHelper.ThrowArgumentNull("args");
            string[] values = new string[args.Length];
            for (int i = 0; i < args.Length; i++)
                values[i] = ToStringOrNull(args[i]);
            return Concat(values);
        }

        public static string Concat(string str0, string str1)
        {
            // As .NET: one empty side gives the other string itself.
            if (IsNullOrEmpty(str0))
                return (object)str1 == null ? Empty : str1;
            if (IsNullOrEmpty(str1))
                return str0;
            return Join(str0, str1, null, null, 2);
        }

        public static string Concat(string str0, string str1, string str2)
        {
            return Join(str0, str1, str2, null, 3);
        }

        public static string Concat(string str0, string str1, string str2, string str3)
        {
            return Join(str0, str1, str2, str3, 4);
        }

        public static string Concat(params string[] values)
        {
            if (values == null)
                ThrowHelper.ThrowArgumentNull("values");
            long total = 0;
            for (int i = 0; i < values.Length; i++)
                if ((object)values[i] != null)
                    total += values[i].m_stringLength;
            string result = Allocate(total);
            int at = 0;
            for (int i = 0; i < values.Length; i++)
                at = CopyInto(result, at, values[i]);
            return result;
        }

        private static string ToStringOrNull(object value)
        {
            return value == null ? null : value.ToString();
        }

        // The first `count` of str0..str3, concatenated; null counts as empty.
        private static string Join(string str0, string str1, string str2, string str3, int count)
        {
            long total = LengthOf(str0) + LengthOf(str1) + (count > 2 ? LengthOf(str2) : 0) + (count > 3 ? LengthOf(str3) : 0);
            string result = Allocate(total);
            int at = CopyInto(result, 0, str0);
            at = CopyInto(result, at, str1);
            if (count > 2)
                at = CopyInto(result, at, str2);
            if (count > 3)
                CopyInto(result, at, str3);
            return result;
        }

        private static long LengthOf(string value)
        {
            return (object)value == null ? 0 : value.m_stringLength;
        }

        // A new string of `length` characters (zeroed); longer than int.MaxValue is out of memory, as in .NET.
        internal static string Allocate(long length)
        {
            if (length == 0)
                return Empty;
            if (length > int.MaxValue)
                RuntimeImports.ThrowBuiltin(RuntimeImports.OutOfMemory);
            return RuntimeImports.AllocString((int)length);
        }

        // Copies value into destination at character `at`; returns the index after it.
        private static int CopyInto(string destination, int at, string value)
        {
            if ((object)value == null || value.m_stringLength == 0)
                return at;
            fixed (char* to = destination)
            fixed (char* from = value)
                RuntimeImports.Memcpy(to + at, from, (uint)value.m_stringLength * 2);
            return at + value.m_stringLength;
        }

        // A new string holding `count` characters from `chars`.
        internal static string FromChars(char* chars, int count)
        {
            string result = Allocate(count);
            if (count > 0)
                fixed (char* to = result)
                    RuntimeImports.Memcpy(to, chars, (uint)count * 2);
            return result;
        }
    }
}
