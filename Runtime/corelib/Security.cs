// System.Security.UnverifiableCodeAttribute: mcs marks the module of a program
// with unsafe code with it.
namespace System.Security
{
    [AttributeUsage(AttributeTargets.Module, AllowMultiple = true, Inherited = false)]
    public sealed class UnverifiableCodeAttribute : Attribute
    {
    }
}
