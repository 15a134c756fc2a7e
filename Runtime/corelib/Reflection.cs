// System.Reflection: DefaultMemberAttribute, which mcs puts on types with an
// indexer (String's is "Chars").
namespace System.Reflection
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        private string m_memberName;

        public DefaultMemberAttribute(string memberName)
        {
            m_memberName = memberName;
        }

        public string MemberName
        {
            get { return m_memberName; }
        }
    }
}
