// System.Object: the root of every class. ToString and GetHashCode ask the
// runtime (r2r_object_type_name, r2r_object_address); there is no field to
// read the MethodTable through from C#.
namespace System
{
    public unsafe class Object
    {
        public Object()
        {
        }

        // The type's full name, as mono prints an object without its own ToString.
        public virtual string ToString()
        {
            return RuntimeImports.ObjectTypeName(this);
        }

        public virtual bool Equals(object obj)
        {
            return this == obj;
        }

        // Objects never move, so the address identifies the object for its lifetime.
        public virtual int GetHashCode()
        {
            return (int)((uint)RuntimeImports.ObjectAddress(this) >> 3);
        }

        public static bool Equals(object objA, object objB)
        {
            if (objA == objB)
                return true;
            if (objA == null || objB == null)
                return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB)
        {
            return objA == objB;
        }
    }
}
