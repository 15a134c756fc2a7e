// System.Runtime.CompilerServices: the attributes mcs puts into assemblies and
// the helpers its code calls.
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Method)]
    public class CompilationRelaxationsAttribute : Attribute
    {
        private int m_relaxations;

        public CompilationRelaxationsAttribute(int relaxations)
        {
            m_relaxations = relaxations;
        }

        public int CompilationRelaxations
        {
            get { return m_relaxations; }
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class RuntimeCompatibilityAttribute : Attribute
    {
        private bool m_wrapNonExceptionThrows;

        public bool WrapNonExceptionThrows
        {
            get { return m_wrapNonExceptionThrows; }
            set { m_wrapNonExceptionThrows = value; }
        }
    }

    [AttributeUsage(AttributeTargets.All, Inherited = true)]
    public sealed class CompilerGeneratedAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class ExtensionAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Property, Inherited = true)]
    public sealed class IndexerNameAttribute : Attribute
    {
        public IndexerNameAttribute(string indexerName)
        {
        }
    }

    // The modreq mcs puts on volatile fields.
    public static class IsVolatile
    {
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FixedBufferAttribute : Attribute
    {
        private Type m_elementType;
        private int m_length;

        public FixedBufferAttribute(Type elementType, int length)
        {
            m_elementType = elementType;
            m_length = length;
        }

        public Type ElementType
        {
            get { return m_elementType; }
        }

        public int Length
        {
            get { return m_length; }
        }
    }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class UnsafeValueTypeAttribute : Attribute
    {
    }

    public enum MethodImplOptions
    {
        Unmanaged = 0x4,
        NoInlining = 0x8,
        ForwardRef = 0x10,
        Synchronized = 0x20,
        NoOptimization = 0x40,
        PreserveSig = 0x80,
        AggressiveInlining = 0x100,
        InternalCall = 0x1000,
    }

    // A pseudo-attribute: mcs turns it into the method's ImplFlags.
    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        private MethodImplOptions m_val;

        public MethodImplAttribute()
        {
        }

        public MethodImplAttribute(MethodImplOptions methodImplOptions)
        {
            m_val = methodImplOptions;
        }

        public MethodImplAttribute(short value)
        {
            m_val = (MethodImplOptions)value;
        }

        public MethodImplOptions Value
        {
            get { return m_val; }
        }
    }

    public static class RuntimeHelpers
    {
        // What mcs emits for an array initializer (`ldtoken <field with RVA data>`
        // then this call). An intrinsic, as in CoreCLR: r2r-cc copies the field's
        // data into the array's elements in its place (ABI.md).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);

        // Where `fixed (char* p = s)` points: the characters, after the MethodTable and length.
        public static int OffsetToStringData
        {
            get { return 8; }
        }
    }
}
