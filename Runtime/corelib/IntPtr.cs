// System.IntPtr and System.UIntPtr: pointer-sized integers (32 bits on wasm32).
namespace System
{
    public unsafe struct IntPtr
    {
        private void* m_value;

        public static readonly IntPtr Zero;

        public IntPtr(int value)
        {
            m_value = (void*)value;
        }

        public IntPtr(void* value)
        {
            m_value = value;
        }

        public static int Size
        {
            get { return sizeof(void*); }
        }

        public int ToInt32()
        {
            return (int)m_value;
        }

        public long ToInt64()
        {
            return (int)m_value;
        }

        public void* ToPointer()
        {
            return m_value;
        }

        public static explicit operator IntPtr(int value)
        {
            return new IntPtr(value);
        }

        public static explicit operator int(IntPtr value)
        {
            return (int)value.m_value;
        }

        public static explicit operator IntPtr(void* value)
        {
            return new IntPtr(value);
        }

        public static explicit operator void*(IntPtr value)
        {
            return value.m_value;
        }

        public static bool operator ==(IntPtr value1, IntPtr value2)
        {
            return value1.m_value == value2.m_value;
        }

        public static bool operator !=(IntPtr value1, IntPtr value2)
        {
            return value1.m_value != value2.m_value;
        }

        public override bool Equals(object obj)
        {
            return obj is IntPtr && ((IntPtr)obj).m_value == m_value;
        }

        public override int GetHashCode()
        {
            return (int)m_value;
        }

        public override string ToString()
        {
            return Number.Int32ToString((int)m_value);
        }
    }

    public unsafe struct UIntPtr
    {
        private void* m_value;

        public static readonly UIntPtr Zero;

        public UIntPtr(uint value)
        {
            m_value = (void*)value;
        }

        public UIntPtr(void* value)
        {
            m_value = value;
        }

        public static int Size
        {
            get { return sizeof(void*); }
        }

        public uint ToUInt32()
        {
            return (uint)m_value;
        }

        public ulong ToUInt64()
        {
            return (uint)m_value;
        }

        public void* ToPointer()
        {
            return m_value;
        }

        public static explicit operator UIntPtr(uint value)
        {
            return new UIntPtr(value);
        }

        public static explicit operator uint(UIntPtr value)
        {
            return (uint)value.m_value;
        }

        public static bool operator ==(UIntPtr value1, UIntPtr value2)
        {
            return value1.m_value == value2.m_value;
        }

        public static bool operator !=(UIntPtr value1, UIntPtr value2)
        {
            return value1.m_value != value2.m_value;
        }

        public override bool Equals(object obj)
        {
            return obj is UIntPtr && ((UIntPtr)obj).m_value == m_value;
        }

        public override int GetHashCode()
        {
            return (int)m_value;
        }

        public override string ToString()
        {
            return Number.UInt32ToString((uint)m_value);
        }
    }
}
