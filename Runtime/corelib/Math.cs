// System.Math: libc's functions through DllImport (ABI.md), and the integer
// and comparison members written out with mono 6.8's NaN, signed-zero and
// overflow behaviour.
namespace System
{
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;

        public static sbyte Abs(sbyte value)
        {
            if (value >= 0)
                return value;
            if (value == sbyte.MinValue)
                ThrowHelper.ThrowNegateTwosCompOverflow();
            return (sbyte)(-value);
        }

        public static short Abs(short value)
        {
            if (value >= 0)
                return value;
            if (value == short.MinValue)
                ThrowHelper.ThrowNegateTwosCompOverflow();
            return (short)(-value);
        }

        public static int Abs(int value)
        {
            if (value >= 0)
                return value;
            if (value == int.MinValue)
                ThrowHelper.ThrowNegateTwosCompOverflow();
            return (-value);
        }

        public static long Abs(long value)
        {
            if (value >= 0)
                return value;
            if (value == long.MinValue)
                ThrowHelper.ThrowNegateTwosCompOverflow();
            return (-value);
        }

        public static double Abs(double value)
        {
            return RuntimeImports.Fabs(value);
        }

        public static float Abs(float value)
        {
            return RuntimeImports.Fabsf(value);
        }

        public static sbyte Max(sbyte val1, sbyte val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static sbyte Min(sbyte val1, sbyte val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static byte Max(byte val1, byte val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static byte Min(byte val1, byte val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static short Max(short val1, short val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static short Min(short val1, short val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static ushort Max(ushort val1, ushort val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static ushort Min(ushort val1, ushort val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static int Max(int val1, int val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static int Min(int val1, int val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static uint Max(uint val1, uint val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static uint Min(uint val1, uint val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static long Max(long val1, long val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static long Min(long val1, long val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static ulong Max(ulong val1, ulong val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static ulong Min(ulong val1, ulong val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        // NaN if either is NaN; val2 when they compare equal (mono: Max(0.0, -0.0) is -0.0).
        public static double Max(double val1, double val2)
        {
            if (val1 > val2)
                return val1;
            if (double.IsNaN(val1))
                return val1;
            return val2;
        }

        public static double Min(double val1, double val2)
        {
            if (val1 < val2)
                return val1;
            if (double.IsNaN(val1))
                return val1;
            return val2;
        }

        // NaN if either is NaN; val2 when they compare equal (mono: Max(0.0, -0.0) is -0.0).
        public static float Max(float val1, float val2)
        {
            if (val1 > val2)
                return val1;
            if (float.IsNaN(val1))
                return val1;
            return val2;
        }

        public static float Min(float val1, float val2)
        {
            if (val1 < val2)
                return val1;
            if (float.IsNaN(val1))
                return val1;
            return val2;
        }

        public static int Sign(sbyte value)
        {
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }

        public static int Sign(short value)
        {
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }

        public static int Sign(int value)
        {
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }

        public static int Sign(long value)
        {
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }

        public static int Sign(double value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            if (value == 0)
                return 0;
            ThrowHelper.ThrowNaNArithmetic();
            return 0;
        }

        public static int Sign(float value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            if (value == 0)
                return 0;
            ThrowHelper.ThrowNaNArithmetic();
            return 0;
        }

        public static double Sqrt(double d)
        {
            return RuntimeImports.Sqrt(d);
        }

        public static double Pow(double x, double y)
        {
            return RuntimeImports.Pow(x, y);
        }

        public static double Sin(double a)
        {
            return RuntimeImports.Sin(a);
        }

        public static double Cos(double d)
        {
            return RuntimeImports.Cos(d);
        }

        public static double Tan(double a)
        {
            return RuntimeImports.Tan(a);
        }

        public static double Asin(double d)
        {
            return RuntimeImports.Asin(d);
        }

        public static double Acos(double d)
        {
            return RuntimeImports.Acos(d);
        }

        public static double Atan(double d)
        {
            return RuntimeImports.Atan(d);
        }

        public static double Atan2(double y, double x)
        {
            return RuntimeImports.Atan2(y, x);
        }

        public static double Sinh(double value)
        {
            return RuntimeImports.Sinh(value);
        }

        public static double Cosh(double value)
        {
            return RuntimeImports.Cosh(value);
        }

        public static double Tanh(double value)
        {
            return RuntimeImports.Tanh(value);
        }

        public static double Exp(double d)
        {
            return RuntimeImports.Exp(d);
        }

        public static double Log(double d)
        {
            return RuntimeImports.Log(d);
        }

        public static double Log10(double d)
        {
            return RuntimeImports.Log10(d);
        }

        public static double Floor(double d)
        {
            return RuntimeImports.Floor(d);
        }

        public static double Ceiling(double a)
        {
            return RuntimeImports.Ceil(a);
        }

        public static double Truncate(double d)
        {
            return RuntimeImports.Trunc(d);
        }

        // Banker's rounding: halfway cases go to the even neighbour.
        public static double Round(double a)
        {
            return RuntimeImports.Rint(a);
        }

        // Log(a, newBase), with .NET's special cases for NaN, 1, 0 and infinite bases.
        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(newBase)) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || newBase == double.PositiveInfinity)) return double.NaN;
            return Log(a) / Log(newBase);
        }

        public static double Round(double value, MidpointRounding mode)
        {
            return Round(value, 0, mode);
        }

        public static double Round(double value, int digits)
        {
            return Round(value, digits, MidpointRounding.ToEven);
        }

        // As the .NET Framework (and mono 6.8) round: scale by 10^digits, round, scale back;
        // values of 1e16 or more have no fraction left and are returned as they are.
        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 15) ThrowHelper.ThrowRoundingDigits();
            if (Abs(value) < 1e16)
            {
                double power10 = 1;
                for (int i = 0; i < digits; i++) power10 *= 10;
                value *= power10;
                if (mode == MidpointRounding.AwayFromZero)
                {
                    double fraction = value - Truncate(value);
                    value -= fraction;
                    if (Abs(fraction) >= 0.5) value += Sign(fraction);
                }
                else
                {
                    value = Round(value);
                }
                value /= power10;
            }
            return value;
        }

        public static long BigMul(int a, int b)
        {
            return (long)a * b;
        }

        public static int DivRem(int a, int b, out int result)
        {
            int div = a / b;
            result = a - div * b;
            return div;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long div = a / b;
            result = a - div * b;
            return div;
        }
    }
}

namespace System
{
    public enum MidpointRounding
    {
        ToEven = 0,
        AwayFromZero = 1,
    }
}
