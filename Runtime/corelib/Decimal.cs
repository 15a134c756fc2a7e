// System.Decimal: mcs requires the type to exist. It has .NET's 16-byte layout
// and no members yet; a program that uses decimal arithmetic or formatting
// names members the core library lacks.
namespace System
{
    public struct Decimal
    {
        private int flags;
        private int hi;
        private int lo;
        private int mid;
    }
}
