// The C runtime and libc functions the core library calls (ABI.md "Core
// library ↔ runtime"): r2r-cc compiles each to a call of the C function named
// by EntryPoint, with the plain C signature of the lowered parameters.
using System.Runtime.InteropServices;

namespace System
{
    internal static unsafe class RuntimeImports
    {
        // r2r_throw_builtin kinds (ABI.md).
        internal const int Overflow = 1;
        internal const int DivideByZero = 2;
        internal const int IndexOutOfRange = 3;
        internal const int NullReference = 4;
        internal const int InvalidCast = 5;
        internal const int ArrayTypeMismatch = 6;
        internal const int OutOfMemory = 7;

        [DllImport("*", EntryPoint = "r2r_alloc_string")]
        internal static extern string AllocString(int length);

        [DllImport("*", EntryPoint = "r2r_throw_builtin")]
        internal static extern void ThrowBuiltin(int kind);

        [DllImport("*", EntryPoint = "r2r_throw_unhandled")]
        internal static extern void ReportUnhandled(Exception exception, string message);

        [DllImport("*", EntryPoint = "r2r_exit")]
        internal static extern void Exit(int code);

        [DllImport("*", EntryPoint = "r2r_write_utf16")]
        internal static extern void WriteUtf16(int fd, char* chars, int count);

        [DllImport("*", EntryPoint = "r2r_format_double")]
        internal static extern int FormatDouble(double value, char* buffer);

        [DllImport("*", EntryPoint = "r2r_format_float")]
        internal static extern int FormatFloat(float value, char* buffer);

        [DllImport("*", EntryPoint = "r2r_format_double_roundtrip")]
        internal static extern int FormatDoubleRoundtrip(double value, char* buffer);

        [DllImport("*", EntryPoint = "r2r_format_float_roundtrip")]
        internal static extern int FormatFloatRoundtrip(float value, char* buffer);

        [DllImport("*", EntryPoint = "r2r_double_digits")]
        internal static extern int DoubleDigits(double value, int precision, char* digits);

        [DllImport("*", EntryPoint = "r2r_parse_double")]
        internal static extern double ParseDouble(char* chars, int count);

        [DllImport("*", EntryPoint = "r2r_object_type_name")]
        internal static extern string ObjectTypeName(object obj);

        [DllImport("*", EntryPoint = "r2r_object_address")]
        internal static extern void* ObjectAddress(object obj);

        [DllImport("*", EntryPoint = "r2r_gc_collect")]
        internal static extern void Collect();

        [DllImport("*", EntryPoint = "r2r_string_from_utf8")]
        internal static extern string StringFromUtf8(byte* text);

        [DllImport("*", EntryPoint = "r2r_load_reference")]
        internal static extern object LoadReference(void* address);

        [DllImport("*", EntryPoint = "memcmp")]
        internal static extern int Memcmp(void* a, void* b, uint size);

        [DllImport("*", EntryPoint = "memcpy")]
        internal static extern void* Memcpy(void* destination, void* source, uint size);

        [DllImport("*", EntryPoint = "fabs")]
        internal static extern double Fabs(double x);

        [DllImport("*", EntryPoint = "fabsf")]
        internal static extern float Fabsf(float x);

        [DllImport("*", EntryPoint = "sqrt")]
        internal static extern double Sqrt(double x);

        [DllImport("*", EntryPoint = "pow")]
        internal static extern double Pow(double x, double y);

        [DllImport("*", EntryPoint = "sin")]
        internal static extern double Sin(double x);

        [DllImport("*", EntryPoint = "cos")]
        internal static extern double Cos(double x);

        [DllImport("*", EntryPoint = "tan")]
        internal static extern double Tan(double x);

        [DllImport("*", EntryPoint = "asin")]
        internal static extern double Asin(double x);

        [DllImport("*", EntryPoint = "acos")]
        internal static extern double Acos(double x);

        [DllImport("*", EntryPoint = "atan")]
        internal static extern double Atan(double x);

        [DllImport("*", EntryPoint = "atan2")]
        internal static extern double Atan2(double y, double x);

        [DllImport("*", EntryPoint = "sinh")]
        internal static extern double Sinh(double x);

        [DllImport("*", EntryPoint = "cosh")]
        internal static extern double Cosh(double x);

        [DllImport("*", EntryPoint = "tanh")]
        internal static extern double Tanh(double x);

        [DllImport("*", EntryPoint = "exp")]
        internal static extern double Exp(double x);

        [DllImport("*", EntryPoint = "log")]
        internal static extern double Log(double x);

        [DllImport("*", EntryPoint = "log10")]
        internal static extern double Log10(double x);

        [DllImport("*", EntryPoint = "floor")]
        internal static extern double Floor(double x);

        [DllImport("*", EntryPoint = "ceil")]
        internal static extern double Ceil(double x);

        [DllImport("*", EntryPoint = "trunc")]
        internal static extern double Trunc(double x);

        // Round half to even in the default rounding mode: Math.Round's banker's rounding.
        [DllImport("*", EntryPoint = "rint")]
        internal static extern double Rint(double x);
    }
}
