// System.Delegate and System.MulticastDelegate: the bases mcs gives delegate types.
namespace System
{
    public abstract class Delegate
    {
    }

    public abstract class MulticastDelegate : Delegate
    {
    }
}
