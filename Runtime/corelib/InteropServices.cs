// System.Runtime.InteropServices: the pseudo-attributes mcs turns into metadata
// (DllImport → ImplMap, StructLayout → ClassLayout, FieldOffset → FieldLayout,
// In/Out → Param flags) and the enums they take.
namespace System.Runtime.InteropServices
{
    public enum CallingConvention
    {
        Winapi = 1,
        Cdecl = 2,
        StdCall = 3,
        ThisCall = 4,
        FastCall = 5,
    }

    public enum CharSet
    {
        None = 1,
        Ansi = 2,
        Unicode = 3,
        Auto = 4,
    }

    public enum LayoutKind
    {
        Sequential = 0,
        Explicit = 2,
        Auto = 3,
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class DllImportAttribute : Attribute
    {
        private string m_value;

        public string EntryPoint;
        public CharSet CharSet;
        public bool SetLastError;
        public bool ExactSpelling;
        public bool PreserveSig;
        public CallingConvention CallingConvention;
        public bool BestFitMapping;
        public bool ThrowOnUnmappableChar;

        public DllImportAttribute(string dllName)
        {
            m_value = dllName;
        }

        public string Value
        {
            get { return m_value; }
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class StructLayoutAttribute : Attribute
    {
        private LayoutKind m_value;

        public int Pack;
        public int Size;
        public CharSet CharSet;

        public StructLayoutAttribute(LayoutKind layoutKind)
        {
            m_value = layoutKind;
        }

        public StructLayoutAttribute(short layoutKind)
        {
            m_value = (LayoutKind)layoutKind;
        }

        public LayoutKind Value
        {
            get { return m_value; }
        }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FieldOffsetAttribute : Attribute
    {
        private int m_value;

        public FieldOffsetAttribute(int offset)
        {
            m_value = offset;
        }

        public int Value
        {
            get { return m_value; }
        }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class InAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OutAttribute : Attribute
    {
    }
}
