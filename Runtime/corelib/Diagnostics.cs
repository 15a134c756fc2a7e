// System.Diagnostics: the attributes mcs emits (DebuggableAttribute with
// -debug, DebuggerBrowsable on auto-property backing fields) and Conditional.
namespace System.Diagnostics
{
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module, AllowMultiple = false)]
    public sealed class DebuggableAttribute : Attribute
    {
        [Flags]
        public enum DebuggingModes
        {
            None = 0x0,
            Default = 0x1,
            IgnoreSymbolStoreSequencePoints = 0x2,
            EnableEditAndContinue = 0x4,
            DisableOptimizations = 0x100,
        }

        private DebuggingModes m_debuggingModes;

        public DebuggableAttribute(bool isJITTrackingEnabled, bool isJITOptimizerDisabled)
        {
            m_debuggingModes = 0;
            if (isJITTrackingEnabled)
                m_debuggingModes |= DebuggingModes.Default;
            if (isJITOptimizerDisabled)
                m_debuggingModes |= DebuggingModes.DisableOptimizations;
        }

        public DebuggableAttribute(DebuggingModes modes)
        {
            m_debuggingModes = modes;
        }

        public DebuggingModes DebuggingFlags
        {
            get { return m_debuggingModes; }
        }
    }

    public enum DebuggerBrowsableState
    {
        Never = 0,
        Collapsed = 2,
        RootHidden = 3,
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false)]
    public sealed class DebuggerBrowsableAttribute : Attribute
    {
        private DebuggerBrowsableState m_state;

        public DebuggerBrowsableAttribute(DebuggerBrowsableState state)
        {
            m_state = state;
        }

        public DebuggerBrowsableState State
        {
            get { return m_state; }
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        private string m_conditionString;

        public ConditionalAttribute(string conditionString)
        {
            m_conditionString = conditionString;
        }

        public string ConditionString
        {
            get { return m_conditionString; }
        }
    }
}
