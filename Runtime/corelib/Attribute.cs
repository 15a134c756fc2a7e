// System.Attribute and the attributes of namespace System the compiler knows.
namespace System
{
    public abstract class Attribute
    {
        protected Attribute()
        {
        }
    }

    [Flags]
    public enum AttributeTargets
    {
        Assembly = 0x1,
        Module = 0x2,
        Class = 0x4,
        Struct = 0x8,
        Enum = 0x10,
        Constructor = 0x20,
        Method = 0x40,
        Property = 0x80,
        Field = 0x100,
        Event = 0x200,
        Interface = 0x400,
        Parameter = 0x800,
        Delegate = 0x1000,
        ReturnValue = 0x2000,
        GenericParameter = 0x4000,
        All = 0x7FFF,
    }

    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        private AttributeTargets m_attributeTarget;
        private bool m_allowMultiple;
        private bool m_inherited = true;

        public AttributeUsageAttribute(AttributeTargets validOn)
        {
            m_attributeTarget = validOn;
        }

        public AttributeTargets ValidOn
        {
            get { return m_attributeTarget; }
        }

        public bool AllowMultiple
        {
            get { return m_allowMultiple; }
            set { m_allowMultiple = value; }
        }

        public bool Inherited
        {
            get { return m_inherited; }
            set { m_inherited = value; }
        }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = true)]
    public sealed class ParamArrayAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Enum, Inherited = false)]
    public class FlagsAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor |
                    AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event |
                    AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    public sealed class ObsoleteAttribute : Attribute
    {
        private string m_message;
        private bool m_error;

        public ObsoleteAttribute()
        {
        }

        public ObsoleteAttribute(string message)
        {
            m_message = message;
        }

        public ObsoleteAttribute(string message, bool error)
        {
            m_message = message;
            m_error = error;
        }

        public string Message
        {
            get { return m_message; }
        }

        public bool IsError
        {
            get { return m_error; }
        }
    }
}
