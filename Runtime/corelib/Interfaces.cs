// Interfaces the C# language names: `using` (IDisposable), `foreach` over a
// collection (IEnumerable, IEnumerator).
namespace System
{
    public interface IDisposable
    {
        void Dispose();
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
