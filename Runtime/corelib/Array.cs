// System.Array: the base of every array type. An array is +0 MethodTable,
// +4 length, +8 elements (ABI.md "Objects"); compiled code reads the length
// itself (ldlen), this is for code that holds an Array.
namespace System
{
    public abstract unsafe class Array
    {
        public int Length
        {
            get { return ((int*)RuntimeImports.ObjectAddress(this))[1]; }
        }
    }
}
