// System.ValueType, System.Enum, System.Void: the bases mcs gives structs and
// enums, and the type of `void`.
namespace System
{
    public abstract class ValueType
    {
        protected ValueType()
        {
        }
    }

    public abstract class Enum : ValueType
    {
    }

    public struct Void
    {
    }
}
