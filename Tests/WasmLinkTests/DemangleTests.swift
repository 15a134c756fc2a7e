import Foundation
import XCTest
import WasmLink

/// `demangleSymbol` reproduces wasm-ld 21's `llvm::demangle()` output byte for byte.
///
/// The reference data in Fixtures/demangle-llvm21.txt was produced by wasm-ld 21
/// itself: every mangled name was defined as a function in a wasm assembly file,
/// linked with `wasm-ld --no-entry --export-all`, and its demangled spelling read
/// back from the output's `name` section.
final class DemangleTests: XCTestCase {
    private static let fixturePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Fixtures/demangle-llvm21.txt").path

    /// `<mangled> TAB <demangled>` lines; `#` starts a comment line.
    private func loadFixture() throws -> [(mangled: [UInt8], demangled: [UInt8])] {
        guard let data = FileManager.default.contents(atPath: Self.fixturePath) else {
            throw XCTSkip("missing fixture \(Self.fixturePath)")
        }
        var pairs: [(mangled: [UInt8], demangled: [UInt8])] = []
        for line in [UInt8](data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            if line.first == UInt8(ascii: "#") { continue }
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            pairs.append((Array(line[..<tab]), Array(line[(tab + 1)...])))
        }
        return pairs
    }

    func testFixtureMatchesWasmLd21() throws {
        let pairs = try loadFixture()
        XCTAssertGreaterThan(pairs.count, 15_000)
        var identical = 0
        var failures: [String] = []
        for (mangled, expected) in pairs {
            let got = demangleSymbol(utf8: mangled)
            if got == expected {
                identical += 1
            } else if failures.count < 20 {
                failures.append("\(String(decoding: mangled, as: UTF8.self))\n  expected: "
                                + "\(String(decoding: expected, as: UTF8.self))\n  got:      \(String(decoding: got, as: UTF8.self))")
            }
            // The String API agrees with the byte API on UTF-8 data.
            let name = String(decoding: mangled, as: UTF8.self)
            XCTAssertEqual(demangleSymbol(name), String(decoding: expected, as: UTF8.self))
        }
        print("demangle: \(pairs.count) names, \(identical) identical")
        XCTAssertEqual(identical, pairs.count, failures.joined(separator: "\n"))
    }

    /// Constructs worth spelling out (expected strings are wasm-ld 21's output).
    static let cases: [(String, String)] = [
        (#"_ZNSt3__16vectorIiNS_9allocatorIiEEE9push_backERKi"#, #"std::__1::vector<int, std::__1::allocator<int>>::push_back(int const&)"#),
        (#"_ZN12_GLOBAL__N_13FooC2Ev"#, #"(anonymous namespace)::Foo::Foo()"#),
        (#"_ZNSsC1Ev"#, #"std::basic_string<char, std::char_traits<char>, std::allocator<char>>::basic_string()"#),
        (#"_ZNSaIcEC1Ev"#, #"std::allocator<char>::allocator()"#),
        (#"_ZNSs4sizeEv"#, #"std::string::size()"#),
        (#"_ZNKSt3__112basic_stringIcNS_11char_traitsIcEENS_9allocatorIcEEE4sizeB8ne190000Ev"#, #"std::__1::basic_string<char, std::__1::char_traits<char>, std::__1::allocator<char>>::size[abi:ne190000]() const"#),
        (#"_ZN1AIiE1fIcEEvT_S1_"#, #"void A<int>::f<char>(char, A<int>::f)"#),
        (#"_ZNK1A1fEv"#, #"A::f() const"#),
        (#"_ZNVK1A1fEv"#, #"A::f() const volatile"#),
        (#"_ZNO1A1fEv"#, #"A::f() &&"#),
        (#"_ZNR1A1fEv"#, #"A::f() &"#),
        (#"_ZNH1A1fERKS_"#, #"A::f(this A const&)"#),
        (#"_Z1fPVKi"#, #"f(int const volatile*)"#),
        (#"_Z1fPrKi"#, #"f(int const restrict*)"#),
        (#"_Z1fCf"#, #"f(float complex)"#),
        (#"_Z1fGd"#, #"f(double imaginary)"#),
        (#"_Z1fPFvvEPFviE"#, #"f(void (*)(), void (*)(int))"#),
        (#"_Z1fPFPFivEvE"#, #"f(int (* (*)())())"#),
        (#"_Z1fRA3_A4_i"#, #"f(int (&) [3][4])"#),
        (#"_Z1fMN1A1BEi"#, #"f(int A::B::*)"#),
        (#"_Z1fM1AKFvvE"#, #"f(void (A::*)() const)"#),
        (#"_Z1fM1AFvvRE"#, #"f(void (A::*)() &)"#),
        (#"_Z1fPDoFvvE"#, #"f(void (*)() noexcept)"#),
        (#"_Z1fPDwiEFvvE"#, #"f(void (*)() throw(int))"#),
        (#"_ZZ1fvENKUliE_clEi"#, #"f()::'lambda'(int)::operator()(int) const"#),
        (#"_ZZ1fvENKUlvE0_clEv"#, #"f()::'lambda0'()::operator()() const"#),
        (#"_ZZ1fvENKUlT_E_clIiEEDaS_"#, #"auto f()::'lambda'(auto)::operator()<int>(auto) const"#),
        (#"_ZZ1fvENKUlTyT_E_clIiEEDaS_"#, #"auto f()::'lambda'<typename $T>($T)::operator()<int>($T) const"#),
        (#"_ZZ1fvENKUlTk1CT_E_clIiEEDaS_"#, #"auto f()::'lambda'<C $T>($T)::operator()<int>($T) const"#),
        (#"_ZZ1fvENKUlTyQ1CIT_ET_E_clIiEEDaS_"#, #"auto f()::'lambda'<typename $T> requires C<T> ($T)::operator()<int>(T) const"#),
        (#"_ZZ1fvENKUlTpTnivE_clIJLi1EEEEDav"#, #"auto f()::'lambda'<int ...$N>()::operator()<1>() const"#),
        (#"_ZZ1fvENKUlTtTyEvE_clI1AEEDav"#, #"auto f()::'lambda'<template<typename $T> typename $TT>()::operator()<A>() const"#),
        (#"_ZNK1fMUlvE_clEv"#, #"f::'lambda'()::operator()() const"#),
        (#"_ZZ1fvENUt_1gEv"#, #"f()::'unnamed'::g()"#),
        (#"_ZZ1fvEs"#, #"f()::string literal"#),
        (#"_ZZ1fvEs_0"#, #"f()::string literal"#),
        (#"_ZZ1fvE1x_0"#, #"f()::x"#),
        (#"_ZZ1fvEd0_1x"#, #"f()::x"#),
        (#"_ZZZ1fvEN1A1gEvE1x"#, #"f()::A::g()::x"#),
        (#"_ZGVZ1fvE1x"#, #"guard variable for f()::x"#),
        (#"_ZGR1x_"#, #"reference temporary for x"#),
        (#"_ZTW1x"#, #"thread-local wrapper routine for x"#),
        (#"_ZZ1fvEDC1x1yE"#, #"f()::[x, y]"#),
        (#"_ZN1ADC1x1yEE"#, #"A::[x, y]"#),
        (#"_ZN1AF1fEv"#, #"A::friend f()"#),
        (#"_ZTI1A"#, #"typeinfo for A"#),
        (#"_ZTS1A"#, #"typeinfo name for A"#),
        (#"_ZTV1A"#, #"vtable for A"#),
        (#"_ZTT1A"#, #"VTT for A"#),
        (#"_ZTC1B0_1A"#, #"construction vtable for A-in-B"#),
        (#"_ZThn8_N1A1fEv"#, #"non-virtual thunk to A::f()"#),
        (#"_ZTv0_n24_N1A1fEv"#, #"virtual thunk to A::f()"#),
        (#"_ZTch0_h8_N1A1fEv"#, #"covariant return thunk to A::f()"#),
        (#"_ZTAXtl1AEE"#, #"template parameter object for A{}"#),
        (#"_ZN1AcviEv"#, #"A::operator int()"#),
        (#"_ZN1AclEv"#, #"A::operator()()"#),
        (#"_ZN1AixEi"#, #"A::operator[](int)"#),
        (#"_ZN1AssERKS_"#, #"A::operator<=>(A const&)"#),
        (#"_ZdlPv"#, #"operator delete(void*)"#),
        (#"_Znwm"#, #"operator new(unsigned long)"#),
        (#"_Zli2_xy"#, #"operator"" _x(unsigned long long)"#),
        (#"_ZN1Av11xEi"#, #"A::operator x(int)"#),
        (#"_ZN1AcvT_IiEEv"#, #"A::operator int<int>()"#),
        (#"_ZN1AcvPT_IiEEv"#, #"A::operator int*<int>()"#),
        (#"_Z3fooILZ3BarEET_f"#, #"Bar foo<Bar>(float)"#),
        (#"_ZN5OuterCI2NS_1BEEi"#, #"Outer::Outer(int)"#),
        (#"_Z1fIL_Z1xEEvv"#, #"void f<x>()"#),
        (#"_Z1fILb0EEvv"#, #"void f<false>()"#),
        (#"_Z1fILc97EEvv"#, #"void f<(char)97>()"#),
        (#"_Z1fILj1EEvv"#, #"void f<1u>()"#),
        (#"_Z1fILm1EEvv"#, #"void f<1ul>()"#),
        (#"_Z1fILy1EEvv"#, #"void f<1ull>()"#),
        (#"_Z1fILin5EEvv"#, #"void f<-5>()"#),
        (#"_Z1fILs1EEvv"#, #"void f<(short)1>()"#),
        (#"_Z1fILDnEEvv"#, #"void f<nullptr>()"#),
        (#"_Z1fILd400921fb54442d18EEvv"#, #"void f<0x1.921fb54442d18p+1>()"#),
        (#"_Z1fILf3dcccccdEEvv"#, #"void f<0x1.99999ap-4f>()"#),
        (#"_Z1fILe4000c000000000000000EEvv"#, #"void f<0xcp-2L>()"#),
        (#"_Z1fIiEvDTclL_Z1gEfp_EE"#, #"void f<int>(decltype(g(fp)))"#),
        (#"_Z1fIiEvDTcmfp_fp_E"#, #"void f<int>(decltype(fp, fp))"#),
        (#"_Z1fIiEvDTaSfp_Li1EE"#, #"void f<int>(decltype(fp = 1))"#),
        (#"_Z1fIiEvDTplLi1EmlLi2ELi3EE"#, #"void f<int>(decltype(1 + 2 * 3))"#),
        (#"_Z1fIiEvDTmlplLi1ELi2ELi3EE"#, #"void f<int>(decltype((1 + 2) * 3))"#),
        (#"_Z1fIiEvDTqufp_Li1ELi2EE"#, #"void f<int>(decltype(fp ? 1 : 2))"#),
        (#"_Z1fIiEvDTstT_E"#, #"void f<int>(decltype(sizeof (int)))"#),
        (#"_Z1fIiEvDTszfp_E"#, #"void f<int>(decltype(sizeof (fp)))"#),
        (#"_Z1fIiEvDTscPFvvEfp_E"#, #"void f<int>(decltype(static_cast<void (*>(fp)))"#),
        (#"_Z1fIiEvDTnxfp_E"#, #"void f<int>(decltype(noexcept (fp)))"#),
        (#"_Z1fIiEvDTdtfp_1xE"#, #"void f<int>(decltype(fp.x))"#),
        (#"_Z1fIiEvDTptfp_1xE"#, #"void f<int>(decltype(fp->x))"#),
        (#"_Z1fIiEvDTsZfp_E"#, #"void f<int>(decltype(sizeof... (fp)))"#),
        (#"_Z1fIJiEEvDTsZT_E"#, #"void f<int>(decltype(sizeof...(int)))"#),
        (#"_Z1fIiEvDTspfp_E"#, #"void f<int>(decltype(fp...))"#),
        (#"_Z1fIiEvDTilLi1ELi2EEE"#, #"void f<int>(decltype({1, 2}))"#),
        (#"_Z1fIiEvDTfLmiLi1Efp_E"#, #"void f<int>(decltype((1 - ... - (fp...))))"#),
        (#"_Z1fIiEvDTrqXLi1EEE"#, #"void f<int>(decltype(requires { 1; }))"#),
        (#"_Z1fIiEvDTsoiL_Z1xEn4EE"#, #"void f<int>(decltype(x.<int at offset -4>))"#),
        (#"_Z1fIiEvDTnwLi1E_ipiLi2EEE"#, #"void f<int>(decltype(new(1) int(2)))"#),
        (#"_Z1fIiEvDTsrNT_1AIiE1BE1xE"#, #"void f<int>(decltype(int::A<int>::B::x))"#),
        (#"_Z1fIiEvDTcvT__Li1ELi2EEE"#, #"void f<int>(decltype((int)(1, 2)))"#),
        (#"_Z1fIiEvDTu8__uuidoftT_E"#, #"void f<int>(decltype(__uuidof(int)))"#),
        (#"_Z1fILi1EEvP1AIXgtT_Li2EEE"#, #"void f<1>(A<(1 > 2)>*)"#),
        (#"_Z1fIiEvDTgtLi1ELi2EE"#, #"void f<int>(decltype((1 > 2)))"#),
        (#"_Z1fIiEvDTtlA_cLc104ELc105EEE"#, #"void f<int>(decltype("hi"))"#),
        (#"_Z1fIiEvDTtlA_cLc1ELc48EEE"#, #"void f<int>(decltype("\1""0"))"#),
        (#"_Z1fIJicEEvDpPT_"#, #"void f<int, char>(int*, char*)"#),
        (#"_Z1fIJEEviDpT_i"#, #"void f<>(int, int)"#),
        (#"_ZW3Foo1fv"#, #"f@Foo()"#),
        (#"_ZGIW3FooWP3Bar"#, #"initializer for module Foo:Bar"#),
        (#"_Z1fDB8_DU16_"#, #"f(_BitInt(8), unsigned _BitInt(16))"#),
        (#"_Z1fDv4_f"#, #"f(float vector[4])"#),
        (#"_Z1fu7__int65"#, #"f(__int65)"#),
        (#"_Z1fU3fooi"#, #"f(int foo)"#),
        (#"_Z1fDk1C"#, #"f(C auto)"#),
        (#"_Z1fDa"#, #"f(auto)"#),
        (#"_Z1fDc"#, #"f(decltype(auto))"#),
        (#"_Z1fDn"#, #"f(std::nullptr_t)"#),
        (#"_Z3foov.cold.1"#, #"foo() (.cold.1)"#),
    ]

    func testTrickyConstructs() {
        for (mangled, expected) in Self.cases {
            XCTAssertEqual(demangleSymbol(mangled), expected, mangled)
            XCTAssertEqual(itaniumDemangle(mangled), expected, mangled)
        }
    }

    /// Invalid manglings (wasm-ld 21 leaves them as they are).
    static let invalid: [String] = [
        #"_Z"#,
        #"_Zfoo"#,
        #"_Z1"#,
        #"_Z0f"#,
        #"_Z3fo"#,
        #"_Z1fI"#,
        #"_Z1fIiEvvE"#,
        #"_Z1fv_"#,
        #"_ZN1fIiEIiEE"#,
        #"_ZN"#,
        #"_ZS_"#,
        #"_ZSt"#,
        #"_ZW3FooE1fv"#,
        #"_Z1fIiEvT_QL1xE"#,
        #"_Z1fDF16_DF32_DF64_DF128_DF32xDF16b"#,
        #"_Z1fIcEvDTtl1ACT_Lc97EEE"#,
        #"_Z1fPU11objcproto3fooP11objc_object"#,
        #"_ZSaB5cxx11"#,
        #"_Z1fILe4000c000000000000000000000000000EEvv"#,
        #"_Z3foov$bar"#,
        #"_Z1fIJicEEvDyT_Li0E"#,
        #"_ZZ1fvE1x_10"#,
    ]

    func testInvalidNamesAreReturnedUnchanged() {
        for name in Self.invalid {
            XCTAssertEqual(demangleSymbol(name), name)
            XCTAssertNil(itaniumDemangle(name), name)
        }
    }

    func testDemangleDriver() {
        // One extra leading underscore is tolerated (retried without it).
        XCTAssertEqual(demangleSymbol("__Z3foov"), "foo()")
        // Blocks: ___Z<encoding>_block_invoke[_<n>], also with a fourth underscore.
        XCTAssertEqual(demangleSymbol("___Z3foov_block_invoke"), "invocation function for block in foo()")
        XCTAssertEqual(demangleSymbol("___Z3foov_block_invoke_12"), "invocation function for block in foo()")
        XCTAssertEqual(demangleSymbol("____Z3foov_block_invoke"), "invocation function for block in foo()")
        XCTAssertEqual(demangleSymbol("___Z3foov_block_invoke_"), "___Z3foov_block_invoke_")
        // A leading dot is kept in front of the demangled name, only once.
        XCTAssertEqual(demangleSymbol("._Z3foov"), ".foo()")
        XCTAssertEqual(demangleSymbol("_._Z3foov"), "_._Z3foov")
        XCTAssertEqual(demangleSymbol(".._Z3foov"), ".._Z3foov")
        // Clone suffixes.
        XCTAssertEqual(demangleSymbol("_Z3foov.llvm.123"), "foo() (.llvm.123)")
        // Not mangled.
        for name in ["", "_", "main", "__main_argc_argv", "foo", "_Zfoo", "Z3foov", "_z3foov", "3foo", "i"] {
            XCTAssertEqual(demangleSymbol(name), name)
        }
        // Rust v0, D and Microsoft manglings are not supported: unchanged.
        for name in ["_RNvC6_123foo3bar", "_RNvCs15kBYyAo9fc_7mycrate7example", "_D8demangle4testFZv", "?foo@@YAXXZ", ".H"] {
            XCTAssertEqual(demangleSymbol(name), name)
        }
    }

    /// `itaniumDemangle` is LLVM's raw Itanium entry point: it also takes bare types.
    func testItaniumDemangleEntryPoint() {
        XCTAssertEqual(itaniumDemangle("i"), "int")
        XCTAssertEqual(itaniumDemangle("PKc"), "char const*")
        XCTAssertEqual(itaniumDemangle("3foo"), "foo")
        XCTAssertEqual(itaniumDemangle("__Z3foov"), "foo()")
        XCTAssertNil(itaniumDemangle(""))
        XCTAssertNil(itaniumDemangle("foo"))
        XCTAssertNil(itaniumDemangle("_Z"))
        XCTAssertEqual(itaniumDemangle(utf8: Array("_ZN3foo3barEv".utf8)), Array("foo::bar()".utf8))
    }

    /// A char array literal with values >= 0x80 is printed as raw bytes.
    func testNonUTF8OutputIsByteExact() {
        let out = demangleSymbol(utf8: Array("_Z1fIiEvDTtlA_cLc200ELc65EEE".utf8))
        XCTAssertEqual(out, Array("void f<int>(decltype(\"".utf8) + [0xC8] + Array("A\"))".utf8))
    }

    // MARK: - Robustness

    /// Pathological inputs: deep nesting, exponential substitution blow-ups,
    /// huge numbers.  They must neither crash nor take long.
    static func pathologicalNames() -> [String] {
        let n = 50_000
        var names = [
            "_Z1f" + String(repeating: "P", count: n) + "i",
            "_Z1fI" + String(repeating: "1AI", count: n) + "i" + String(repeating: "E", count: n) + "Evv",
            "_Z1fIiEvDT" + String(repeating: "ng", count: n) + "fp_E",
            "_Z1f" + String(repeating: "U3foo", count: n) + "i",
            "_Z1fI" + String(repeating: "J", count: n) + String(repeating: "E", count: n) + "Evv",
            "_ZZ1fvENKUl" + String(repeating: "Tp", count: n) + "TyvE_clEv",
            "_Z1fIiEvDTtl1A" + String(repeating: "di1x", count: n) + "Li1EEE",
            String(repeating: "_ZZ", count: 1) + String(repeating: "Z", count: n) + "1fv" + String(repeating: "E1xv", count: n),
            "_Z1f" + String(repeating: "N1A", count: n) + String(repeating: "E", count: n),
            "_Z18446744073709551617f",
            "_Z1fS18446744073709551615_",
            "_Z1fIiEvT18446744073709551615_",
            "_ZN1AcvT_IiEES_v",
        ]
        // A chain of pointers through substitutions: deep AST from a flat mangling.
        names.append("_Z1f1A" + (0..<20_000).map { "P" + sub($0) }.joined())
        // Each parameter is B<previous, previous>: output doubles per parameter.
        var doubling = "_Z1f1AIiiE"
        var previous = 1
        for _ in 0..<64 {
            doubling += "1BI" + sub(previous) + sub(previous) + "E"
            previous += 2
        }
        names.append(doubling)
        return names
    }

    private static func sub(_ i: Int) -> String {
        i == 0 ? "S_" : "S" + String(i - 1, radix: 36, uppercase: true) + "_"
    }

    func testPathologicalInputsAreBounded() {
        for name in Self.pathologicalNames() {
            let start = Date()
            let result = demangleSymbol(name)
            XCTAssertLessThan(Date().timeIntervalSince(start), 2.0, String(name.prefix(40)))
            XCTAssertFalse(result.isEmpty)
        }
        // Small nesting still demangles.
        XCTAssertEqual(demangleSymbol("_Z1f" + String(repeating: "P", count: 50) + "i"),
                       "f(int" + String(repeating: "*", count: 50) + ")")
    }

    /// The demangler bounds its recursion, so it fits in a secondary thread's
    /// stack (512 KiB) — including freeing very deep ASTs.
    func testDeepInputsOnSmallStack() {
        final class Box: @unchecked Sendable { var results: [String] = [] }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            for name in DemangleTests.pathologicalNames() { box.results.append(demangleSymbol(name)) }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        XCTAssertEqual(box.results.count, Self.pathologicalNames().count)
    }

    /// Random mutations of real manglings and random strings never crash.
    func testFuzzNeverCrashes() throws {
        var rng = SplitMix64(seed: 0x5EED_D3A6)
        let pairs = try loadFixture()
        let seeds = pairs.map(\.mangled).filter { $0.count < 300 }
        XCTAssertFalse(seeds.isEmpty)
        let alphabet = Array("SNEIT_0123456789vRKPOLZDCdtlsipfUJXQyTknpWBHFMAGcimqwabcdeghjorsuxz.$".utf8)
        let tokens = ["T_", "S_", "S0_", "I", "E", "J", "X", "L", "Li1E", "fp_", "Dp", "Dt", "Ul", "Ut_", "Ty", "Tn", "Tt", "Tp",
                      "Tk", "Q", "N", "Z", "sr", "gs", "cl", "cv", "tl", "il", "di", "dx", "dX", "fL", "fR", "so", "mc", "sP",
                      "sZ", "sp", "rq", "DC", "W", "F", "B3tag", "Do", "DO", "Dw", "Dv", "DB", "Dk", "TL0__", "dn", "on",
                      "Lf3f800000E", "Ld0000000000000001E", "Le4000c000000000000000E"].map { Array($0.utf8) }
        var changed = 0
        for i in 0..<60_000 {
            var s: [UInt8]
            if i % 10 == 9 {
                // Random bytes, including NUL and non-ASCII.
                s = Array("_Z".utf8) + (0..<Int(rng.next() % 40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            } else {
                s = seeds[Int(rng.next() % UInt64(seeds.count))]
                for _ in 0...(rng.next() % 4) {
                    let at = 2 + Int(rng.next() % UInt64(max(1, s.count - 1)))
                    let pos = min(at, s.count)
                    switch rng.next() % 5 {
                    case 0: if pos < s.count { s.remove(at: pos) }
                    case 1: s.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: pos)
                    case 2: s.insert(contentsOf: tokens[Int(rng.next() % UInt64(tokens.count))], at: pos)
                    case 3:
                        let end = min(s.count, pos + Int(rng.next() % 16))
                        s.insert(contentsOf: s[pos..<end], at: end)
                    default:
                        let end = min(s.count, pos + Int(rng.next() % 8))
                        s.removeSubrange(pos..<end)
                    }
                }
            }
            let out = demangleSymbol(utf8: s)
            if out != s { changed += 1 }
            _ = itaniumDemangle(utf8: s)
            _ = demangleSymbol(String(decoding: s, as: UTF8.self))
        }
        XCTAssertGreaterThan(changed, 1_000)
    }

    // MARK: - Live oracle

    /// Re-derives a slice of the fixture plus fresh fuzz mutants from the
    /// installed wasm-ld 21, when the toolchain is available.
    func testAgainstInstalledWasmLd() throws {
        let clang = "/opt/swift/usr/bin/clang", wasmLd = "/opt/swift/usr/bin/wasm-ld"
        guard FileManager.default.isExecutableFile(atPath: clang), FileManager.default.isExecutableFile(atPath: wasmLd) else {
            throw XCTSkip("no clang/wasm-ld 21")
        }
        let identifierBytes = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.$".utf8))
        var rng = SplitMix64(seed: 42)
        let fixture = try loadFixture().map(\.mangled)
        var names = Set<[UInt8]>()
        for _ in 0..<1_500 { names.insert(fixture[Int(rng.next() % UInt64(fixture.count))]) }
        for _ in 0..<1_500 {
            var s = fixture[Int(rng.next() % UInt64(fixture.count))]
            let pos = 2 + Int(rng.next() % UInt64(max(1, s.count - 2)))
            if pos < s.count {
                if rng.next() % 2 == 0 { s.remove(at: pos) } else { s.insert(s[pos], at: pos) }
            }
            names.insert(s)
        }
        let list = names.filter { $0.count > 2 && $0.starts(with: Array("_Z".utf8)) && $0.allSatisfy(identifierBytes.contains) }
                        .sorted { $0.lexicographicallyPrecedes($1) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demangle-oracle-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var asm = ""
        for bytes in list {
            let n = String(decoding: bytes, as: UTF8.self)
            asm += ".globl \(n)\n.type \(n),@function\n\(n):\n.functype \(n) () -> ()\nend_function\n"
        }
        try asm.write(toFile: directory + "/names.s", atomically: true, encoding: .utf8)
        try Self.run(clang, ["--target=wasm32-wasi", "-c", directory + "/names.s", "-o", directory + "/names.o"])
        try Self.run(wasmLd, ["--no-entry", "--export-all", "--no-gc-sections", directory + "/names.o", "-o", directory + "/names.wasm"])
        guard let wasm = FileManager.default.contents(atPath: directory + "/names.wasm") else { return XCTFail("no output") }
        let (exports, functionNames) = try Self.exportsAndFunctionNames([UInt8](wasm))
        var checked = 0
        for bytes in list {
            guard let index = exports[bytes], let expected = functionNames[index] else {
                XCTFail("no name for \(String(decoding: bytes, as: UTF8.self))")
                continue
            }
            XCTAssertEqual(String(decoding: demangleSymbol(utf8: bytes), as: UTF8.self), String(decoding: expected, as: UTF8.self))
            checked += 1
        }
        print("demangle (live wasm-ld): \(checked) names checked")
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw XCTSkip("\(tool) failed (\(process.terminationStatus))") }
    }

    /// Function exports (name -> index) and `name` section function names.
    private static func exportsAndFunctionNames(_ b: [UInt8]) throws -> ([[UInt8]: UInt32], [UInt32: [UInt8]]) {
        struct Truncated: Error {}
        var i = 8
        func uleb() throws -> UInt32 {
            var result: UInt32 = 0, shift: UInt32 = 0
            while true {
                guard i < b.count else { throw Truncated() }
                let byte = b[i]
                i += 1
                result |= UInt32(byte & 0x7f) << shift
                if byte < 0x80 { return result }
                shift += 7
            }
        }
        func bytes() throws -> [UInt8] {
            let n = Int(try uleb())
            guard i + n <= b.count else { throw Truncated() }
            defer { i += n }
            return Array(b[i..<(i + n)])
        }
        var exports: [[UInt8]: UInt32] = [:], names: [UInt32: [UInt8]] = [:]
        while i < b.count {
            let id = b[i]
            i += 1
            let size = Int(try uleb())
            let end = i + size
            if id == 7 {
                for _ in 0..<(try uleb()) {
                    let name = try bytes()
                    let kind = b[i]
                    i += 1
                    let index = try uleb()
                    if kind == 0 { exports[name] = index }
                }
            } else if id == 0, try bytes() == Array("name".utf8) {
                while i < end {
                    let sub = b[i]
                    i += 1
                    let subSize = Int(try uleb())
                    let subEnd = i + subSize
                    if sub == 1 {
                        for _ in 0..<(try uleb()) {
                            let index = try uleb()
                            names[index] = try bytes()
                        }
                    }
                    i = subEnd
                }
            }
            i = end
        }
        return (exports, names)
    }
}

/// A small deterministic PRNG for the fuzz loops.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
