// System.GC: a full collection on request (Runtime/native/gc.c).
namespace System
{
    public static class GC
    {
        public static void Collect()
        {
            RuntimeImports.Collect();
        }
    }
}
