// Main comes after 39 other methods, so its MethodDefEntryPoints entry is in
// the third block.
class Program
{
    static void M01() {} static void M02() {} static void M03() {} static void M04() {} static void M05() {}
    static void M06() {} static void M07() {} static void M08() {} static void M09() {} static void M10() {}
    static void M11() {} static void M12() {} static void M13() {} static void M14() {} static void M15() {}
    static void M16() {} static void M17() {} static void M18() {} static void M19() {} static void M20() {}
    static void M21() {} static void M22() {} static void M23() {} static void M24() {} static void M25() {}
    static void M26() {} static void M27() {} static void M28() {} static void M29() {} static void M30() {}
    static void M31() {} static void M32() {} static void M33() {} static void M34() {} static void M35() {}
    static void M36() {} static void M37() {} static void M38(string[] a) {} static int M39() { return 0; }

    static void Main(string[] args)
    {
    }
}
