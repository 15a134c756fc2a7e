// The handles ldtoken produces, and System.Type (the class typeof names).
namespace System
{
    public struct RuntimeTypeHandle
    {
        private IntPtr m_value;

        public IntPtr Value
        {
            get { return m_value; }
        }
    }

    public struct RuntimeFieldHandle
    {
        private IntPtr m_value;

        public IntPtr Value
        {
            get { return m_value; }
        }
    }

    public struct RuntimeMethodHandle
    {
        private IntPtr m_value;

        public IntPtr Value
        {
            get { return m_value; }
        }
    }

    public abstract class Type
    {
    }
}
