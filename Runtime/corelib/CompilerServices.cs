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

    public static class RuntimeHelpers
    {
        // Where `fixed (char* p = s)` points: the characters, after the MethodTable and length.
        public static int OffsetToStringData
        {
            get { return 8; }
        }
    }
}
