// Interfaces the C# language names: `using` (IDisposable), `foreach` over a
// collection (IEnumerable, IEnumerator); and IComparable, which the primitives and
// String implement.
namespace System
{
    public interface IDisposable
    {
        void Dispose();
    }

    public interface IComparable
    {
        int CompareTo(object obj);
    }
}

namespace System.Collections
{
    public interface IEnumerable
    {
        IEnumerator GetEnumerator();
    }

    public interface IEnumerator
    {
        object Current { get; }

        bool MoveNext();

        void Reset();
    }
}
