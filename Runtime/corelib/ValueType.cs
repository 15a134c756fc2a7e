// System.ValueType, System.Enum, System.Void: the bases mcs gives structs and
// enums, and the type of `void`. Equals and Enum.ToString read what r2r-cc writes
// into MethodTables (Runtime/ABI.md): the GC descriptor of a struct, the names
// table of an enum.
namespace System
{
    public abstract unsafe class ValueType
    {
        protected ValueType()
        {
        }

        // .NET's rule: the same type, and every field equal; reference fields compare with
        // Equals, the rest bit for bit.
        public override bool Equals(object obj)
        {
            if (obj == null)
                return false;
            byte* self = (byte*)RuntimeImports.ObjectAddress(this);
            byte* other = (byte*)RuntimeImports.ObjectAddress(obj);
            byte* type = *(byte**)self;
            if (type != *(byte**)other)
                return false;
            uint size = *(uint*)(type + 4) - 4;
            uint* descriptor = (*(uint*)type & 0x20) != 0 ? null : *(uint**)(type + 24);
            if (descriptor == null)
                return RuntimeImports.Memcmp(self + 4, other + 4, size) == 0;
            uint start = 0;
            for (uint i = 0; i < descriptor[0]; i++)
            {
                uint offset = descriptor[1 + i];
                if (offset > start && RuntimeImports.Memcmp(self + 4 + start, other + 4 + start, offset - start) != 0)
                    return false;
                if (!Object.Equals(RuntimeImports.LoadReference(self + 4 + offset), RuntimeImports.LoadReference(other + 4 + offset)))
                    return false;
                start = offset + 4;
            }
            return size <= start || RuntimeImports.Memcmp(self + 4 + start, other + 4 + start, size - start) == 0;
        }

        public override int GetHashCode()
        {
            byte* self = (byte*)RuntimeImports.ObjectAddress(this);
            uint size = *(uint*)(*(byte**)self + 4) - 4;
            int hash = 0;
            for (uint i = 0; i + 4 <= size; i += 4)
                hash = (hash << 5) - hash ^ *(int*)(self + 4 + i);
            return hash;
        }
    }

    public abstract unsafe class Enum : ValueType
    {
        // The enum table: u32 count, u8 isFlags, u8 size, u8 isSigned, u8 0, then 16-byte
        // entries (u64 value, u32 UTF-8 name, u32 0) in declaration order.
        public override string ToString()
        {
            byte* self = (byte*)RuntimeImports.ObjectAddress(this);
            byte* table = *(byte**)(*(byte**)self + 24);
            int count = *(int*)table;
            bool isSigned = table[6] != 0;
            ulong value = Read(self + 4, table[5], isSigned);
            byte* entries = table + 8;
            for (int i = 0; i < count; i++)
            {
                if (*(ulong*)(entries + 16 * i) == value)
                    return RuntimeImports.StringFromUtf8(*(byte**)(entries + 16 * i + 8));
            }
            if (table[4] != 0 && value != 0)
            {
                string flags = FlagsToString(entries, count, value);
                if ((object)flags != null)
                    return flags;
            }
            return isSigned ? ((long)value).ToString() : value.ToString();
        }

        private static ulong Read(byte* value, int size, bool isSigned)
        {
            switch (size)
            {
                case 1: return isSigned ? (ulong)(long)*(sbyte*)value : *value;
                case 2: return isSigned ? (ulong)(long)*(short*)value : *(ushort*)value;
                case 4: return isSigned ? (ulong)(long)*(int*)value : *(uint*)value;
                default: return *(ulong*)value;
            }
        }

        // .NET's flags format: from the largest value down, each named value wholly contained
        // in what is left is taken; names join with ", " from the smallest. Null when bits remain.
        private static string FlagsToString(byte* entries, int count, ulong value)
        {
            int[] order = new int[count];
            for (int i = 0; i < count; i++)
            {
                int j = i;
                while (j > 0 && *(ulong*)(entries + 16 * order[j - 1]) > *(ulong*)(entries + 16 * i))
                {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            ulong left = value;
            string result = null;
            for (int k = count - 1; k >= 0; k--)
            {
                ulong flag = *(ulong*)(entries + 16 * order[k]);
                if (flag == 0 || (left & flag) != flag)
                    continue;
                left -= flag;
                string name = RuntimeImports.StringFromUtf8(*(byte**)(entries + 16 * order[k] + 8));
                result = (object)result == null ? name : name + ", " + result;
                if (left == 0)
                    break;
            }
            return left == 0 ? result : null;
        }
    }

    public struct Void
    {
    }
}
