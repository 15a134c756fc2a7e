//===----------------------------------------------------------------------===//
// Demangle.swift — symbol-name demangling as wasm-ld 21 does it.
//
// wasm-ld writes function and global names into the `name` section (and into
// diagnostics) through `llvm::demangle()`.  This file reimplements, in Swift,
// the parts of that function that matter for WebAssembly objects:
//
//   * the Itanium C++ ABI demangler (LLVM 21's `ItaniumDemangle.h`), with the
//     same grammar coverage, the same AST and the same output formatting, so
//     the demangled text is byte-for-byte what LLVM prints;
//   * the `llvm::demangle()` driver logic: leading `.` handling, the retry
//     without one leading `_` (`__Z…`, `____Z…_block_invoke`), and returning
//     the input unchanged when nothing demangles.
//
// Not implemented (such names are returned unchanged, whereas LLVM would
// demangle them): Rust v0 (`_R…`), D (`_D…`) and Microsoft (`?…`, `.…` RTTI
// type descriptor names) manglings.
//
// Robustness: unlike LLVM, this implementation bounds recursion depth while
// parsing (768 productions) and printing (1536 calls), the amount of printing
// work and the output size, and frees the AST without recursion (nodes live
// in a per-parse arena).  Real names need at most ~100 levels; inputs beyond
// the bounds (pathological, never produced by a compiler) are treated as not
// demangleable and returned unchanged.  Any input runs within a 512 KiB
// thread stack.  The functions are reentrant (no shared mutable state).
//===----------------------------------------------------------------------===//

/// Demangles `name` like `llvm::demangle()` (LLVM 21) does: Itanium C++
/// names (`_Z…`, `___Z…_block_invoke…`, optionally preceded by one `.` or
/// one extra `_`) are demangled; anything else is returned unchanged.
///
/// The demangled text can, in rare cases, contain bytes that are not valid
/// UTF-8 (a char array literal with values >= 0x80, or a source name that
/// splits a multi-byte character); those are repaired with U+FFFD here.  Use
/// `demangleSymbol(utf8:)` for the exact bytes wasm-ld writes.
public func demangleSymbol(_ name: String) -> String {
    let bytes = Array(name.utf8)
    guard let r = demangleSymbolIfMangled(bytes) else { return name }
    return String(decoding: r, as: UTF8.self)
}

/// Byte-exact `demangleSymbol`: the bytes `llvm::demangle()` returns.
public func demangleSymbol(utf8 name: [UInt8]) -> [UInt8] {
    demangleSymbolIfMangled(name) ?? name
}

/// The Itanium demangler proper (`llvm::itaniumDemangle`): returns nil when
/// `name` is not a valid mangling.  Like LLVM's function, this accepts
/// `_Z<encoding>[.suffix]`, `__Z<encoding>`, `___Z<encoding>_block_invoke…`
/// and also a bare `<type>` mangling (so `"i"` demangles to `"int"`).
public func itaniumDemangle(_ name: String) -> String? {
    guard let bytes = itaniumDemangleBytes(Array(name.utf8)) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
}

/// Byte-exact `itaniumDemangle`.
public func itaniumDemangle(utf8 name: [UInt8]) -> [UInt8]? {
    itaniumDemangleBytes(name)
}

// MARK: - Driver

/// `llvm::demangle()` minus the final "return the input" fallback.
private func demangleSymbolIfMangled(_ bytes: [UInt8]) -> [UInt8]? {
    if let r = nonMicrosoftDemangle(bytes[...], canHaveLeadingDot: true) { return r }
    if bytes.first == UInt8(ascii: "_"),
       let r = nonMicrosoftDemangle(bytes[1...], canHaveLeadingDot: false) {
        return r
    }
    // Microsoft manglings (`?…`, `.…` type descriptors) are not supported.
    return nil
}

private func nonMicrosoftDemangle(_ name: ArraySlice<UInt8>, canHaveLeadingDot: Bool) -> [UInt8]? {
    var name = name
    var hasDot = false
    // The dot prefix is not part of the demangled symbol name.
    if canHaveLeadingDot && name.first == UInt8(ascii: ".") {
        name = name.dropFirst()
        hasDot = true
    }
    let isItanium = name.starts(with: "_Z".utf8) || name.starts(with: "___Z".utf8)
    guard isItanium, let out = itaniumDemangleBytes(Array(name)) else {
        // `_R` (Rust v0) and `_D` (D) manglings are not supported.
        return nil
    }
    return hasDot ? [UInt8(ascii: ".")] + out : out
}

private func itaniumDemangleBytes(_ input: [UInt8]) -> [UInt8]? {
    if input.isEmpty { return nil }
    let parser = DParser(input)
    defer { parser.releaseNodes() }
    let ob = DOut(inputSize: input.count)
    // The root stays owned by the parser's arena only.
    guard parser.parseAndPrint(ob), !ob.failed else { return nil }
    // LLVM returns a NUL-terminated C string; an embedded NUL truncates it.
    if let nul = ob.buf.firstIndex(of: 0) { return Array(ob.buf[..<nul]) }
    return ob.buf
}

// MARK: - Limits

/// Maximum nesting of recursive parser productions.
private let maxParseDepth = 768
/// Maximum nesting of print calls.
private let maxPrintDepth = 1536
/// Maximum number of print calls for one name (at least).
private let maxPrintSteps = 2_000_000
/// Maximum output size (bytes) for one name (at least).
private let maxOutputBytes = 1 << 20

// MARK: - Output buffer

private typealias DBytes = ArraySlice<UInt8>

@inline(__always) private func lit(_ s: String) -> DBytes { DBytes(s.utf8) }

private func staticBytes(_ s: StaticString) -> DBytes {
    DBytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
}

/// Names of the one-letter <builtin-type> codes, indexed by code.
private let dBuiltinTypeNames: [DBytes?] = {
    var t = [DBytes?](repeating: nil, count: 128)
    let table: [(Unicode.Scalar, String)] = [
        ("v", "void"), ("w", "wchar_t"), ("b", "bool"), ("c", "char"), ("a", "signed char"),
        ("h", "unsigned char"), ("s", "short"), ("t", "unsigned short"), ("i", "int"),
        ("j", "unsigned int"), ("l", "long"), ("m", "unsigned long"), ("x", "long long"),
        ("y", "unsigned long long"), ("n", "__int128"), ("o", "unsigned __int128"),
        ("f", "float"), ("d", "double"), ("e", "long double"), ("g", "__float128"), ("z", "..."),
    ]
    for (c, n) in table { t[Int(c.value)] = lit(n) }
    return t
}()


private final class DOut {
    @exclusivity(unchecked) var buf: [UInt8] = []
    /// Index into the parameter pack being expanded (`CurrentPackIndex`).
    @exclusivity(unchecked) var packIndex: UInt32 = .max
    /// Size of the parameter pack being expanded (`CurrentPackMax`).
    @exclusivity(unchecked) var packMax: UInt32 = .max
    /// Depth of parentheses opened while printing template arguments
    /// (`TemplateTracker.ParenDepth`).
    @exclusivity(unchecked) var parenDepth: UInt32 = 0
    /// Whether template arguments are being printed
    /// (`TemplateTracker.InsideTemplate`).
    @exclusivity(unchecked) var insideTemplate = false
    @exclusivity(unchecked) var depth = 0
    @exclusivity(unchecked) var steps = 0
    @exclusivity(unchecked) var failed = false
    let stepLimit: Int
    let outputLimit: Int

    init(inputSize: Int) {
        // Large inputs get proportionally larger limits.
        stepLimit = max(maxPrintSteps, 32 &* inputSize)
        outputLimit = max(maxOutputBytes, 16 &* inputSize)
        buf.reserveCapacity(128)
    }

    @inline(__always) func enter() -> Bool {
        if failed { return false }
        steps += 1
        if depth >= maxPrintDepth || steps > stepLimit || buf.count > outputLimit {
            failed = true
            return false
        }
        depth += 1
        return true
    }
    @inline(__always) func leave() { depth -= 1 }

    func printLeft(_ n: DNode) {
        if enter() { n.printLeft(self); leave() }
    }
    func printRight(_ n: DNode) {
        if enter() { n.printRight(self); leave() }
    }
    func printOpen(_ c: UInt8 = UInt8(ascii: "(")) {
        if insideTemplate { parenDepth &+= 1 }
        add(c)
    }
    func printClose(_ c: UInt8 = UInt8(ascii: ")")) {
        if insideTemplate { parenDepth &-= 1 }
        add(c)
    }
    /// True between a '(' and ')' printed inside template arguments.
    var isInParensInTemplateArgs: Bool { parenDepth > 0 }

    @inline(__always) func add(_ c: UInt8) { if !failed { buf.append(c) } }
    @inline(__always) func add(_ s: StaticString) {
        if !failed {
            buf.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        }
    }
    func addString(_ s: String) { if !failed { buf.append(contentsOf: s.utf8) } }
    @inline(__always) func add(_ s: DBytes) { if !failed { buf.append(contentsOf: s) } }
    /// Appends `s`, printing a leading `n` as `-`.
    func addSigned(_ s: DBytes) {
        if s.first == UInt8(ascii: "n") {
            add(UInt8(ascii: "-"))
            add(s.dropFirst())
        } else {
            add(s)
        }
    }
    var position: Int { buf.count }
    func setPosition(_ p: Int) {
        if p >= 0 && p < buf.count { buf.removeSubrange(p...) }
    }
    var back: UInt8 { buf.last ?? 0 }
}

// MARK: - AST

private enum DCache { case yes, no, unknown }

private enum DPrec: Int {
    case primary, postfix, unary, cast, ptrMem, multiplicative, additive, shift,
         spaceship, relational, equality, and, xor, ior, andIf, orIf, conditional,
         assign, comma, `default`
}

private class DNode {
    let prec: DPrec
    @exclusivity(unchecked) var rhsCache: DCache
    @exclusivity(unchecked) var arrayCache: DCache
    @exclusivity(unchecked) var functionCache: DCache

    init(prec: DPrec = .primary, rhs: DCache = .no, array: DCache = .no, function: DCache = .no) {
        self.prec = prec
        rhsCache = rhs
        arrayCache = array
        functionCache = function
    }

    final func hasRHSComponent(_ ob: DOut) -> Bool {
        if rhsCache != .unknown { return rhsCache == .yes }
        guard ob.enter() else { return false }
        defer { ob.leave() }
        return hasRHSComponentSlow(ob)
    }
    final func hasArray(_ ob: DOut) -> Bool {
        if arrayCache != .unknown { return arrayCache == .yes }
        guard ob.enter() else { return false }
        defer { ob.leave() }
        return hasArraySlow(ob)
    }
    final func hasFunction(_ ob: DOut) -> Bool {
        if functionCache != .unknown { return functionCache == .yes }
        guard ob.enter() else { return false }
        defer { ob.leave() }
        return hasFunctionSlow(ob)
    }
    func hasRHSComponentSlow(_ ob: DOut) -> Bool { false }
    func hasArraySlow(_ ob: DOut) -> Bool { false }
    func hasFunctionSlow(_ ob: DOut) -> Bool { false }

    /// Digs through glue nodes (parameter packs, forward references).
    func syntaxNode(_ ob: DOut) -> DNode { self }

    final func printAsOperand(_ ob: DOut, _ p: DPrec = .default, _ strictlyWorse: Bool = false) {
        let paren = prec.rawValue >= p.rawValue + (strictlyWorse ? 1 : 0)
        if paren { ob.printOpen() }
        print(ob)
        if paren { ob.printClose() }
    }

    final func print(_ ob: DOut) {
        ob.printLeft(self)
        if rhsCache != .no { ob.printRight(self) }
    }

    func printInitListAsType(_ ob: DOut, _ elements: [DNode]) -> Bool { false }

    var baseName: DBytes { DBytes() }

    func printLeft(_ ob: DOut) {}
    func printRight(_ ob: DOut) {}
}

private func printWithComma(_ elements: [DNode], _ ob: DOut) {
    var firstElement = true
    for e in elements {
        let beforeComma = ob.position
        if !firstElement { ob.add(", ") }
        let afterComma = ob.position
        e.printAsOperand(ob, .comma)
        // An empty parameter pack expansion: erase the comma.
        if afterComma == ob.position {
            ob.setPosition(beforeComma)
            continue
        }
        firstElement = false
    }
}

/// Prints an array of integer literals as a string literal, if possible.
private func printAsString(_ elements: [DNode], _ ob: DOut) -> Bool {
    let start = ob.position
    func fail() -> Bool {
        ob.setPosition(start)
        return false
    }
    ob.add("\"")
    var lastWasNumericEscape = false
    for e in elements {
        guard let lit = e as? DIntegerLiteral else { return fail() }
        var v = 0
        for c in lit.value {
            if c < UInt8(ascii: "0") || c > UInt8(ascii: "9") || v > 25 { return fail() }
            v = v * 10 + Int(c - UInt8(ascii: "0"))
        }
        if v > 255 { return fail() }
        if lastWasNumericEscape {
            if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x66) || (v >= 0x41 && v <= 0x46) {
                ob.add("\"\"")
            }
        }
        lastWasNumericEscape = false
        switch v {
        case 7: ob.add("\\a")
        case 8: ob.add("\\b")
        case 12: ob.add("\\f")
        case 10: ob.add("\\n")
        case 13: ob.add("\\r")
        case 9: ob.add("\\t")
        case 11: ob.add("\\v")
        case 0x22: ob.add("\\\"")
        case 0x5c: ob.add("\\\\")
        default:
            if v < 32 || v == 127 {
                let hex = Array("0123456789ABCDEF".utf8)
                ob.add(UInt8(ascii: "\\"))
                if v > 7 { ob.add(UInt8(ascii: "x")) }
                if v >= 16 { ob.add(hex[v >> 4]) }
                ob.add(hex[v & 0xF])
                lastWasNumericEscape = true
                break
            }
            ob.add(UInt8(v))
        }
    }
    ob.add("\"")
    return true
}

private final class DNodeArrayNode: DNode {
    let array: [DNode]
    init(_ array: [DNode]) { self.array = array; super.init() }
    override func printLeft(_ ob: DOut) { printWithComma(array, ob) }
}

private final class DDotSuffix: DNode {
    let prefix: DNode
    let suffix: DBytes
    init(_ prefix: DNode, _ suffix: DBytes) { self.prefix = prefix; self.suffix = suffix; super.init() }
    override func printLeft(_ ob: DOut) {
        prefix.print(ob)
        ob.add(" (")
        ob.add(suffix)
        ob.add(")")
    }
}

private final class DVendorExtQualType: DNode {
    let ty: DNode
    let ext: DBytes
    let ta: DNode?
    init(_ ty: DNode, _ ext: DBytes, _ ta: DNode?) { self.ty = ty; self.ext = ext; self.ta = ta; super.init() }
    override func printLeft(_ ob: DOut) {
        ty.print(ob)
        ob.add(" ")
        ob.add(ext)
        ta?.print(ob)
    }
}

private enum DRefQual { case none, lvalue, rvalue }

private struct DQuals: OptionSet {
    let rawValue: UInt8
    static let const = DQuals(rawValue: 1)
    static let volatile = DQuals(rawValue: 2)
    static let restrict = DQuals(rawValue: 4)
}

private func printQuals(_ q: DQuals, _ ob: DOut) {
    if q.contains(.const) { ob.add(" const") }
    if q.contains(.volatile) { ob.add(" volatile") }
    if q.contains(.restrict) { ob.add(" restrict") }
}

private final class DQualType: DNode {
    let quals: DQuals
    let child: DNode
    init(_ child: DNode, _ quals: DQuals) {
        self.quals = quals
        self.child = child
        super.init(rhs: child.rhsCache, array: child.arrayCache, function: child.functionCache)
    }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool { child.hasRHSComponent(ob) }
    override func hasArraySlow(_ ob: DOut) -> Bool { child.hasArray(ob) }
    override func hasFunctionSlow(_ ob: DOut) -> Bool { child.hasFunction(ob) }
    override func printLeft(_ ob: DOut) {
        ob.printLeft(child)
        printQuals(quals, ob)
    }
    override func printRight(_ ob: DOut) { ob.printRight(child) }
}

private final class DConversionOperatorType: DNode {
    let ty: DNode
    init(_ ty: DNode) { self.ty = ty; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("operator ")
        ty.print(ob)
    }
}

private final class DPostfixQualifiedType: DNode {
    let ty: DNode
    let postfix: DBytes
    init(_ ty: DNode, _ postfix: DBytes) { self.ty = ty; self.postfix = postfix; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.printLeft(ty)
        ob.add(postfix)
    }
}

private final class DNameType: DNode {
    let name: DBytes
    init(_ name: DBytes) { self.name = name; super.init() }
    convenience init(_ s: StaticString) { self.init(staticBytes(s)) }
    override var baseName: DBytes { name }
    override func printLeft(_ ob: DOut) { ob.add(name) }
}

private final class DBitIntType: DNode {
    let size: DNode
    let signed: Bool
    init(_ size: DNode, _ signed: Bool) { self.size = size; self.signed = signed; super.init() }
    override func printLeft(_ ob: DOut) {
        if !signed { ob.add("unsigned ") }
        ob.add("_BitInt")
        ob.printOpen()
        size.printAsOperand(ob)
        ob.printClose()
    }
}

private final class DElaboratedTypeSpefType: DNode {
    let kind: StaticString
    let child: DNode
    init(_ kind: StaticString, _ child: DNode) { self.kind = kind; self.child = child; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add(kind)
        ob.add(" ")
        child.print(ob)
    }
}

private final class DTransformedType: DNode {
    let transform: DBytes
    let baseType: DNode
    init(_ transform: DBytes, _ baseType: DNode) { self.transform = transform; self.baseType = baseType; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add(transform)
        ob.add("(")
        baseType.print(ob)
        ob.add(")")
    }
}

private final class DAbiTagAttr: DNode {
    let base: DNode
    let tag: DBytes
    init(_ base: DNode, _ tag: DBytes) {
        self.base = base
        self.tag = tag
        super.init(rhs: base.rhsCache, array: base.arrayCache, function: base.functionCache)
    }
    override var baseName: DBytes { base.baseName }
    override func printLeft(_ ob: DOut) {
        ob.printLeft(base)
        ob.add("[abi:")
        ob.add(tag)
        ob.add("]")
    }
}

private final class DEnableIfAttr: DNode {
    let conditions: [DNode]
    init(_ conditions: [DNode]) { self.conditions = conditions; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add(" [enable_if:")
        printWithComma(conditions, ob)
        ob.add("]")
    }
}

private final class DObjCProtoName: DNode {
    let ty: DNode
    let proto: DBytes
    init(_ ty: DNode, _ proto: DBytes) { self.ty = ty; self.proto = proto; super.init() }
    var isObjCObject: Bool {
        if let n = ty as? DNameType { return n.name.elementsEqual("objc_object".utf8) }
        return false
    }
    override func printLeft(_ ob: DOut) {
        ty.print(ob)
        ob.add("<")
        ob.add(proto)
        ob.add(">")
    }
}

private final class DPointerType: DNode {
    let pointee: DNode
    init(_ pointee: DNode) { self.pointee = pointee; super.init(rhs: pointee.rhsCache) }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool { pointee.hasRHSComponent(ob) }
    private var objcProto: DObjCProtoName? {
        if let p = pointee as? DObjCProtoName, p.isObjCObject { return p }
        return nil
    }
    override func printLeft(_ ob: DOut) {
        // objc_object<SomeProtocol>* is printed as id<SomeProtocol>.
        if let p = objcProto {
            ob.add("id<")
            ob.add(p.proto)
            ob.add(">")
            return
        }
        ob.printLeft(pointee)
        if pointee.hasArray(ob) { ob.add(" ") }
        if pointee.hasArray(ob) || pointee.hasFunction(ob) { ob.add("(") }
        ob.add("*")
    }
    override func printRight(_ ob: DOut) {
        if objcProto != nil { return }
        if pointee.hasArray(ob) || pointee.hasFunction(ob) { ob.add(")") }
        ob.printRight(pointee)
    }
}

private enum DRefKind: Int { case lvalue = 0, rvalue = 1 }

private final class DReferenceType: DNode {
    let pointee: DNode
    let rk: DRefKind
    @exclusivity(unchecked) var printing = false
    init(_ pointee: DNode, _ rk: DRefKind) { self.pointee = pointee; self.rk = rk; super.init(rhs: pointee.rhsCache) }

    /// Collapses references to references (with cycle detection).
    private func collapse(_ ob: DOut) -> (DRefKind, DNode?) {
        var kind = rk
        var node: DNode = pointee
        var prev: [DNode] = []
        while true {
            if ob.failed { return (kind, nil) }
            ob.steps += 1
            let sn = node.syntaxNode(ob)
            guard let rt = sn as? DReferenceType else { break }
            node = rt.pointee
            if rt.rk.rawValue < kind.rawValue { kind = rt.rk }
            prev.append(node)
            if prev.count > 1 && node === prev[(prev.count - 1) / 2] {
                return (kind, nil)
            }
        }
        return (kind, node)
    }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool { pointee.hasRHSComponent(ob) }
    override func printLeft(_ ob: DOut) {
        if printing { return }
        printing = true
        defer { printing = false }
        let (kind, node) = collapse(ob)
        guard let n = node else { return }
        ob.printLeft(n)
        if n.hasArray(ob) { ob.add(" ") }
        if n.hasArray(ob) || n.hasFunction(ob) { ob.add("(") }
        ob.add(kind == .lvalue ? "&" : "&&")
    }
    override func printRight(_ ob: DOut) {
        if printing { return }
        printing = true
        defer { printing = false }
        let (_, node) = collapse(ob)
        guard let n = node else { return }
        if n.hasArray(ob) || n.hasFunction(ob) { ob.add(")") }
        ob.printRight(n)
    }
}

private final class DPointerToMemberType: DNode {
    let classType: DNode
    let memberType: DNode
    init(_ classType: DNode, _ memberType: DNode) {
        self.classType = classType
        self.memberType = memberType
        super.init(rhs: memberType.rhsCache)
    }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool { memberType.hasRHSComponent(ob) }
    override func printLeft(_ ob: DOut) {
        ob.printLeft(memberType)
        if memberType.hasArray(ob) || memberType.hasFunction(ob) { ob.add("(") } else { ob.add(" ") }
        classType.print(ob)
        ob.add("::*")
    }
    override func printRight(_ ob: DOut) {
        if memberType.hasArray(ob) || memberType.hasFunction(ob) { ob.add(")") }
        ob.printRight(memberType)
    }
}

private final class DArrayType: DNode {
    let base: DNode
    let dimension: DNode?
    init(_ base: DNode, _ dimension: DNode?) {
        self.base = base
        self.dimension = dimension
        super.init(rhs: .yes, array: .yes)
    }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool { true }
    override func hasArraySlow(_ ob: DOut) -> Bool { true }
    override func printLeft(_ ob: DOut) { ob.printLeft(base) }
    override func printRight(_ ob: DOut) {
        if ob.back != UInt8(ascii: "]") { ob.add(" ") }
        ob.add("[")
        dimension?.print(ob)
        ob.add("]")
        ob.printRight(base)
    }
    override func printInitListAsType(_ ob: DOut, _ elements: [DNode]) -> Bool {
        if let n = base as? DNameType, n.name.elementsEqual("char".utf8) {
            return printAsString(elements, ob)
        }
        return false
    }
}

private final class DFunctionType: DNode {
    let ret: DNode
    let params: [DNode]
    let cvQuals: DQuals
    let refQual: DRefQual
    let exceptionSpec: DNode?
    init(_ ret: DNode, _ params: [DNode], _ cvQuals: DQuals, _ refQual: DRefQual, _ exceptionSpec: DNode?) {
        self.ret = ret
        self.params = params
        self.cvQuals = cvQuals
        self.refQual = refQual
        self.exceptionSpec = exceptionSpec
        super.init(rhs: .yes, array: .no, function: .yes)
    }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool { true }
    override func hasFunctionSlow(_ ob: DOut) -> Bool { true }
    override func printLeft(_ ob: DOut) {
        ob.printLeft(ret)
        ob.add(" ")
    }
    override func printRight(_ ob: DOut) {
        ob.printOpen()
        printWithComma(params, ob)
        ob.printClose()
        ob.printRight(ret)
        printQuals(cvQuals, ob)
        switch refQual {
        case .lvalue: ob.add(" &")
        case .rvalue: ob.add(" &&")
        case .none: break
        }
        if let spec = exceptionSpec {
            ob.add(" ")
            spec.print(ob)
        }
    }
}

private final class DNoexceptSpec: DNode {
    let e: DNode
    init(_ e: DNode) { self.e = e; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("noexcept")
        ob.printOpen()
        e.printAsOperand(ob)
        ob.printClose()
    }
}

private final class DDynamicExceptionSpec: DNode {
    let types: [DNode]
    init(_ types: [DNode]) { self.types = types; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("throw")
        ob.printOpen()
        printWithComma(types, ob)
        ob.printClose()
    }
}

private final class DExplicitObjectParameter: DNode {
    let base: DNode
    init(_ base: DNode) { self.base = base; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("this ")
        base.print(ob)
    }
}

private final class DFunctionEncoding: DNode {
    let ret: DNode?
    let name: DNode
    let params: [DNode]
    let attrs: DNode?
    let requires: DNode?
    let cvQuals: DQuals
    let refQual: DRefQual
    init(_ ret: DNode?, _ name: DNode, _ params: [DNode], _ attrs: DNode?, _ requires: DNode?,
         _ cvQuals: DQuals, _ refQual: DRefQual) {
        self.ret = ret
        self.name = name
        self.params = params
        self.attrs = attrs
        self.requires = requires
        self.cvQuals = cvQuals
        self.refQual = refQual
        super.init(rhs: .yes, array: .no, function: .yes)
    }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool { true }
    override func hasFunctionSlow(_ ob: DOut) -> Bool { true }
    override func printLeft(_ ob: DOut) {
        if let r = ret {
            ob.printLeft(r)
            if !r.hasRHSComponent(ob) { ob.add(" ") }
        }
        name.print(ob)
    }
    override func printRight(_ ob: DOut) {
        ob.printOpen()
        printWithComma(params, ob)
        ob.printClose()
        if let r = ret { ob.printRight(r) }
        printQuals(cvQuals, ob)
        switch refQual {
        case .lvalue: ob.add(" &")
        case .rvalue: ob.add(" &&")
        case .none: break
        }
        attrs?.print(ob)
        if let req = requires {
            ob.add(" requires ")
            req.print(ob)
        }
    }
}

private final class DLiteralOperator: DNode {
    let opName: DNode
    init(_ opName: DNode) { self.opName = opName; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("operator\"\" ")
        opName.print(ob)
    }
}

private final class DSpecialName: DNode {
    let special: StaticString
    let child: DNode
    init(_ special: StaticString, _ child: DNode) { self.special = special; self.child = child; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add(special)
        child.print(ob)
    }
}

private final class DCtorVtableSpecialName: DNode {
    let firstType: DNode
    let secondType: DNode
    init(_ firstType: DNode, _ secondType: DNode) { self.firstType = firstType; self.secondType = secondType; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("construction vtable for ")
        firstType.print(ob)
        ob.add("-in-")
        secondType.print(ob)
    }
}

private final class DNestedName: DNode {
    let qual: DNode
    let name: DNode
    init(_ qual: DNode, _ name: DNode) { self.qual = qual; self.name = name; super.init() }
    override var baseName: DBytes { name.baseName }
    override func printLeft(_ ob: DOut) {
        qual.print(ob)
        ob.add("::")
        name.print(ob)
    }
}

private final class DMemberLikeFriendName: DNode {
    let qual: DNode
    let name: DNode
    init(_ qual: DNode, _ name: DNode) { self.qual = qual; self.name = name; super.init() }
    override var baseName: DBytes { name.baseName }
    override func printLeft(_ ob: DOut) {
        qual.print(ob)
        ob.add("::friend ")
        name.print(ob)
    }
}

private final class DModuleName: DNode {
    let parent: DModuleName?
    let name: DNode
    let isPartition: Bool
    init(_ parent: DModuleName?, _ name: DNode, _ isPartition: Bool) {
        self.parent = parent
        self.name = name
        self.isPartition = isPartition
        super.init()
    }
    override func printLeft(_ ob: DOut) {
        parent?.print(ob)
        if parent != nil || isPartition { ob.add(isPartition ? ":" : ".") }
        name.print(ob)
    }
}

private final class DModuleEntity: DNode {
    let module: DModuleName
    let name: DNode
    init(_ module: DModuleName, _ name: DNode) { self.module = module; self.name = name; super.init() }
    override var baseName: DBytes { name.baseName }
    override func printLeft(_ ob: DOut) {
        name.print(ob)
        ob.add("@")
        module.print(ob)
    }
}

private final class DLocalName: DNode {
    let encoding: DNode
    let entity: DNode
    init(_ encoding: DNode, _ entity: DNode) { self.encoding = encoding; self.entity = entity; super.init() }
    override func printLeft(_ ob: DOut) {
        encoding.print(ob)
        ob.add("::")
        entity.print(ob)
    }
}

private final class DQualifiedName: DNode {
    let qualifier: DNode
    let name: DNode
    init(_ qualifier: DNode, _ name: DNode) { self.qualifier = qualifier; self.name = name; super.init() }
    override var baseName: DBytes { name.baseName }
    override func printLeft(_ ob: DOut) {
        qualifier.print(ob)
        ob.add("::")
        name.print(ob)
    }
}

private final class DVectorType: DNode {
    let baseType: DNode
    let dimension: DNode?
    init(_ baseType: DNode, _ dimension: DNode?) { self.baseType = baseType; self.dimension = dimension; super.init() }
    override func printLeft(_ ob: DOut) {
        baseType.print(ob)
        ob.add(" vector[")
        dimension?.print(ob)
        ob.add("]")
    }
}

private final class DPixelVectorType: DNode {
    let dimension: DNode
    init(_ dimension: DNode) { self.dimension = dimension; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("pixel vector[")
        dimension.print(ob)
        ob.add("]")
    }
}

private final class DBinaryFPType: DNode {
    let dimension: DNode
    init(_ dimension: DNode) { self.dimension = dimension; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("_Float")
        dimension.print(ob)
    }
}

private enum DTemplateParamKind: Int { case type = 0, nonType = 1, template = 2 }

private final class DSyntheticTemplateParamName: DNode {
    let kind: DTemplateParamKind
    let index: UInt32
    init(_ kind: DTemplateParamKind, _ index: UInt32) { self.kind = kind; self.index = index; super.init() }
    override func printLeft(_ ob: DOut) {
        switch kind {
        case .type: ob.add("$T")
        case .nonType: ob.add("$N")
        case .template: ob.add("$TT")
        }
        if index > 0 { ob.addString(String(index - 1)) }
    }
}

private final class DTemplateParamQualifiedArg: DNode {
    let param: DNode
    let arg: DNode
    init(_ param: DNode, _ arg: DNode) { self.param = param; self.arg = arg; super.init() }
    override func printLeft(_ ob: DOut) { arg.print(ob) }
}

private final class DTypeTemplateParamDecl: DNode {
    let name: DNode
    init(_ name: DNode) { self.name = name; super.init(rhs: .yes) }
    override func printLeft(_ ob: DOut) { ob.add("typename ") }
    override func printRight(_ ob: DOut) { name.print(ob) }
}

private final class DConstrainedTypeTemplateParamDecl: DNode {
    let constraint: DNode
    let name: DNode
    init(_ constraint: DNode, _ name: DNode) { self.constraint = constraint; self.name = name; super.init(rhs: .yes) }
    override func printLeft(_ ob: DOut) {
        constraint.print(ob)
        ob.add(" ")
    }
    override func printRight(_ ob: DOut) { name.print(ob) }
}

private final class DNonTypeTemplateParamDecl: DNode {
    let name: DNode
    let type: DNode
    init(_ name: DNode, _ type: DNode) { self.name = name; self.type = type; super.init(rhs: .yes) }
    override func printLeft(_ ob: DOut) {
        ob.printLeft(type)
        if !type.hasRHSComponent(ob) { ob.add(" ") }
    }
    override func printRight(_ ob: DOut) {
        name.print(ob)
        ob.printRight(type)
    }
}

private final class DTemplateTemplateParamDecl: DNode {
    let name: DNode
    let params: [DNode]
    let requires: DNode?
    init(_ name: DNode, _ params: [DNode], _ requires: DNode?) {
        self.name = name
        self.params = params
        self.requires = requires
        super.init(rhs: .yes)
    }
    override func printLeft(_ ob: DOut) {
        let saved = ob.insideTemplate
        ob.insideTemplate = true
        ob.add("template<")
        printWithComma(params, ob)
        ob.add("> typename ")
        ob.insideTemplate = saved
    }
    override func printRight(_ ob: DOut) {
        name.print(ob)
        if let r = requires {
            ob.add(" requires ")
            r.print(ob)
        }
    }
}

private final class DTemplateParamPackDecl: DNode {
    let param: DNode
    init(_ param: DNode) { self.param = param; super.init(rhs: .yes) }
    override func printLeft(_ ob: DOut) {
        ob.printLeft(param)
        ob.add("...")
    }
    override func printRight(_ ob: DOut) { ob.printRight(param) }
}

/// An unexpanded parameter pack (stored in the template parameter table).
private final class DParameterPack: DNode {
    let data: [DNode]
    init(_ data: [DNode]) {
        self.data = data
        super.init(rhs: .unknown, array: .unknown, function: .unknown)
        if data.allSatisfy({ $0.arrayCache == .no }) { arrayCache = .no }
        if data.allSatisfy({ $0.functionCache == .no }) { functionCache = .no }
        if data.allSatisfy({ $0.rhsCache == .no }) { rhsCache = .no }
    }
    private func initializePackExpansion(_ ob: DOut) {
        if ob.packMax == UInt32.max {
            ob.packMax = UInt32(truncatingIfNeeded: data.count)
            ob.packIndex = 0
        }
    }
    private func current(_ ob: DOut) -> DNode? {
        initializePackExpansion(ob)
        let idx = Int(ob.packIndex)
        return idx < data.count ? data[idx] : nil
    }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool { current(ob)?.hasRHSComponent(ob) ?? false }
    override func hasArraySlow(_ ob: DOut) -> Bool { current(ob)?.hasArray(ob) ?? false }
    override func hasFunctionSlow(_ ob: DOut) -> Bool { current(ob)?.hasFunction(ob) ?? false }
    override func syntaxNode(_ ob: DOut) -> DNode {
        guard let c = current(ob) else { return self }
        guard ob.enter() else { return self }
        defer { ob.leave() }
        return c.syntaxNode(ob)
    }
    override func printLeft(_ ob: DOut) {
        if let c = current(ob) { ob.printLeft(c) }
    }
    override func printRight(_ ob: DOut) {
        if let c = current(ob) { ob.printRight(c) }
    }
}

private final class DTemplateArgumentPack: DNode {
    let elements: [DNode]
    init(_ elements: [DNode]) { self.elements = elements; super.init() }
    override func printLeft(_ ob: DOut) { printWithComma(elements, ob) }
}

private final class DParameterPackExpansion: DNode {
    let child: DNode
    init(_ child: DNode) { self.child = child; super.init() }
    override func printLeft(_ ob: DOut) {
        let savedIndex = ob.packIndex, savedMax = ob.packMax
        ob.packIndex = .max
        ob.packMax = .max
        defer { ob.packIndex = savedIndex; ob.packMax = savedMax }
        let streamPos = ob.position

        // Print the first element; a ParameterPack below sets packMax.
        child.print(ob)

        // No ParameterPack was found in Child.
        if ob.packMax == UInt32.max {
            ob.add("...")
            return
        }
        // An empty pack: erase whatever was printed.
        if ob.packMax == 0 {
            ob.setPosition(streamPos)
            return
        }
        var i: UInt32 = 1
        let e = ob.packMax
        while i < e {
            if ob.failed { return }
            ob.add(", ")
            ob.packIndex = i
            child.print(ob)
            i += 1
        }
    }
}

private final class DTemplateArgs: DNode {
    let params: [DNode]
    let requires: DNode?
    init(_ params: [DNode], _ requires: DNode?) { self.params = params; self.requires = requires; super.init() }
    override func printLeft(_ ob: DOut) {
        let saved = ob.insideTemplate
        ob.insideTemplate = true
        ob.add("<")
        printWithComma(params, ob)
        ob.add(">")
        ob.insideTemplate = saved
    }
}

/// A reference to a template argument not yet known where the template
/// parameter was parsed (conversion operator templates).
private final class DForwardTemplateReference: DNode {
    let index: UInt64
    @exclusivity(unchecked) var ref: DNode?
    @exclusivity(unchecked) var printing = false
    init(_ index: UInt64) {
        self.index = index
        super.init(rhs: .unknown, array: .unknown, function: .unknown)
    }
    override func hasRHSComponentSlow(_ ob: DOut) -> Bool {
        if printing { return false }
        printing = true
        defer { printing = false }
        return ref?.hasRHSComponent(ob) ?? false
    }
    override func hasArraySlow(_ ob: DOut) -> Bool {
        if printing { return false }
        printing = true
        defer { printing = false }
        return ref?.hasArray(ob) ?? false
    }
    override func hasFunctionSlow(_ ob: DOut) -> Bool {
        if printing { return false }
        printing = true
        defer { printing = false }
        return ref?.hasFunction(ob) ?? false
    }
    override func syntaxNode(_ ob: DOut) -> DNode {
        if printing { return self }
        guard let r = ref, ob.enter() else { return self }
        printing = true
        defer { printing = false; ob.leave() }
        return r.syntaxNode(ob)
    }
    override func printLeft(_ ob: DOut) {
        if printing { return }
        guard let r = ref else { return }
        printing = true
        defer { printing = false }
        ob.printLeft(r)
    }
    override func printRight(_ ob: DOut) {
        if printing { return }
        guard let r = ref else { return }
        printing = true
        defer { printing = false }
        ob.printRight(r)
    }
}

private final class DNameWithTemplateArgs: DNode {
    let name: DNode
    let templateArgs: DNode
    init(_ name: DNode, _ templateArgs: DNode) { self.name = name; self.templateArgs = templateArgs; super.init() }
    override var baseName: DBytes { name.baseName }
    override func printLeft(_ ob: DOut) {
        name.print(ob)
        templateArgs.print(ob)
    }
}

private final class DGlobalQualifiedName: DNode {
    let child: DNode
    init(_ child: DNode) { self.child = child; super.init() }
    override var baseName: DBytes { child.baseName }
    override func printLeft(_ ob: DOut) {
        ob.add("::")
        child.print(ob)
    }
}

private enum DSpecialSubKind: Int { case allocator, basicString, string, istream, ostream, iostream }

private func expandedBaseName(_ k: DSpecialSubKind) -> StaticString {
    switch k {
    case .allocator: return "allocator"
    case .basicString: return "basic_string"
    case .string: return "basic_string"
    case .istream: return "basic_istream"
    case .ostream: return "basic_ostream"
    case .iostream: return "basic_iostream"
    }
}

private final class DExpandedSpecialSubstitution: DNode {
    let ssk: DSpecialSubKind
    init(_ ssk: DSpecialSubKind) { self.ssk = ssk; super.init() }
    override var baseName: DBytes { staticBytes(expandedBaseName(ssk)) }
    override func printLeft(_ ob: DOut) {
        ob.add("std::")
        ob.add(expandedBaseName(ssk))
        if ssk.rawValue >= DSpecialSubKind.string.rawValue {
            ob.add("<char, std::char_traits<char>")
            if ssk == .string { ob.add(", std::allocator<char>") }
            ob.add(">")
        }
    }
}

private final class DSpecialSubstitution: DNode {
    let ssk: DSpecialSubKind
    init(_ ssk: DSpecialSubKind) { self.ssk = ssk; super.init() }
    /// The instantiations are typedefs that drop the "basic_" prefix.
    private var name: StaticString {
        switch ssk {
        case .allocator: return "allocator"
        case .basicString: return "basic_string"
        case .string: return "string"
        case .istream: return "istream"
        case .ostream: return "ostream"
        case .iostream: return "iostream"
        }
    }
    override var baseName: DBytes { staticBytes(name) }
    override func printLeft(_ ob: DOut) {
        ob.add("std::")
        ob.add(name)
    }
}

private final class DCtorDtorName: DNode {
    let basename: DNode
    let isDtor: Bool
    let variant: Int
    init(_ basename: DNode, _ isDtor: Bool, _ variant: Int) {
        self.basename = basename
        self.isDtor = isDtor
        self.variant = variant
        super.init()
    }
    override func printLeft(_ ob: DOut) {
        if isDtor { ob.add("~") }
        ob.add(basename.baseName)
    }
}

private final class DDtorName: DNode {
    let base: DNode
    init(_ base: DNode) { self.base = base; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("~")
        ob.printLeft(base)
    }
}

private final class DUnnamedTypeName: DNode {
    let count: DBytes
    init(_ count: DBytes) { self.count = count; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("'unnamed")
        ob.add(count)
        ob.add("'")
    }
}

private final class DClosureTypeName: DNode {
    let templateParams: [DNode]
    let requires1: DNode?
    let params: [DNode]
    let requires2: DNode?
    let count: DBytes
    init(_ templateParams: [DNode], _ requires1: DNode?, _ params: [DNode], _ requires2: DNode?, _ count: DBytes) {
        self.templateParams = templateParams
        self.requires1 = requires1
        self.params = params
        self.requires2 = requires2
        self.count = count
        super.init()
    }
    func printDeclarator(_ ob: DOut) {
        if !templateParams.isEmpty {
            let saved = ob.insideTemplate
            ob.insideTemplate = true
            ob.add("<")
            printWithComma(templateParams, ob)
            ob.add(">")
            ob.insideTemplate = saved
        }
        if let r = requires1 {
            ob.add(" requires ")
            r.print(ob)
            ob.add(" ")
        }
        ob.printOpen()
        printWithComma(params, ob)
        ob.printClose()
        if let r = requires2 {
            ob.add(" requires ")
            r.print(ob)
        }
    }
    override func printLeft(_ ob: DOut) {
        ob.add("'lambda")
        ob.add(count)
        ob.add("'")
        printDeclarator(ob)
    }
}

private final class DStructuredBindingName: DNode {
    let bindings: [DNode]
    init(_ bindings: [DNode]) { self.bindings = bindings; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.printOpen(UInt8(ascii: "["))
        printWithComma(bindings, ob)
        ob.printClose(UInt8(ascii: "]"))
    }
}

// -- Expression nodes --

private final class DBinaryExpr: DNode {
    let lhs: DNode
    let op: DBytes
    let rhs: DNode
    init(_ lhs: DNode, _ op: DBytes, _ rhs: DNode, _ prec: DPrec) {
        self.lhs = lhs
        self.op = op
        self.rhs = rhs
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        // Parenthesize '>' unless already inside parentheses in template args.
        let parenAll = !ob.isInParensInTemplateArgs &&
            (op.elementsEqual(">".utf8) || op.elementsEqual(">>".utf8))
        if parenAll { ob.printOpen() }
        // Assignment is right associative, with special LHS precedence.
        let isAssign = prec == .assign
        lhs.printAsOperand(ob, isAssign ? .orIf : prec, !isAssign)
        // No space before the comma operator.
        if !op.elementsEqual(",".utf8) { ob.add(" ") }
        ob.add(op)
        ob.add(" ")
        rhs.printAsOperand(ob, prec, isAssign)
        if parenAll { ob.printClose() }
    }
}

private final class DArraySubscriptExpr: DNode {
    let op1: DNode
    let op2: DNode
    init(_ op1: DNode, _ op2: DNode, _ prec: DPrec) { self.op1 = op1; self.op2 = op2; super.init(prec: prec) }
    override func printLeft(_ ob: DOut) {
        op1.printAsOperand(ob, prec)
        ob.printOpen(UInt8(ascii: "["))
        op2.printAsOperand(ob)
        ob.printClose(UInt8(ascii: "]"))
    }
}

private final class DPostfixExpr: DNode {
    let child: DNode
    let op: DBytes
    init(_ child: DNode, _ op: DBytes, _ prec: DPrec) { self.child = child; self.op = op; super.init(prec: prec) }
    override func printLeft(_ ob: DOut) {
        child.printAsOperand(ob, prec, true)
        ob.add(op)
    }
}

private final class DConditionalExpr: DNode {
    let cond: DNode
    let then: DNode
    let els: DNode
    init(_ cond: DNode, _ then: DNode, _ els: DNode, _ prec: DPrec) {
        self.cond = cond
        self.then = then
        self.els = els
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        cond.printAsOperand(ob, prec)
        ob.add(" ? ")
        then.printAsOperand(ob)
        ob.add(" : ")
        els.printAsOperand(ob, .assign, true)
    }
}

private final class DMemberExpr: DNode {
    let lhs: DNode
    let kind: DBytes
    let rhs: DNode
    init(_ lhs: DNode, _ kind: DBytes, _ rhs: DNode, _ prec: DPrec) {
        self.lhs = lhs
        self.kind = kind
        self.rhs = rhs
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        lhs.printAsOperand(ob, prec, true)
        ob.add(kind)
        rhs.printAsOperand(ob, prec, false)
    }
}

private final class DSubobjectExpr: DNode {
    let type: DNode
    let subExpr: DNode
    let offset: DBytes
    let unionSelectors: [DNode]
    let onePastTheEnd: Bool
    init(_ type: DNode, _ subExpr: DNode, _ offset: DBytes, _ unionSelectors: [DNode], _ onePastTheEnd: Bool) {
        self.type = type
        self.subExpr = subExpr
        self.offset = offset
        self.unionSelectors = unionSelectors
        self.onePastTheEnd = onePastTheEnd
        super.init()
    }
    override func printLeft(_ ob: DOut) {
        subExpr.print(ob)
        ob.add(".<")
        type.print(ob)
        ob.add(" at offset ")
        if offset.isEmpty {
            ob.add("0")
        } else {
            ob.addSigned(offset)
        }
        ob.add(">")
    }
}

private final class DEnclosingExpr: DNode {
    let prefix: DBytes
    let infix: DNode
    init(_ prefix: DBytes, _ infix: DNode, _ prec: DPrec = .primary) {
        self.prefix = prefix
        self.infix = infix
        super.init(prec: prec)
    }
    convenience init(_ prefix: String, _ infix: DNode, _ prec: DPrec = .primary) {
        self.init(lit(prefix), infix, prec)
    }
    override func printLeft(_ ob: DOut) {
        ob.add(prefix)
        ob.printOpen()
        infix.print(ob)
        ob.printClose()
    }
}

private final class DCastExpr: DNode {
    let castKind: DBytes
    let to: DNode
    let from: DNode
    init(_ castKind: DBytes, _ to: DNode, _ from: DNode, _ prec: DPrec) {
        self.castKind = castKind
        self.to = to
        self.from = from
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        ob.add(castKind)
        let saved = ob.insideTemplate
        ob.insideTemplate = true
        ob.add("<")
        ob.printLeft(to)
        ob.add(">")
        ob.insideTemplate = saved
        ob.printOpen()
        from.printAsOperand(ob)
        ob.printClose()
    }
}

private final class DSizeofParamPackExpr: DNode {
    let pack: DNode
    init(_ pack: DNode) { self.pack = pack; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("sizeof...")
        ob.printOpen()
        DParameterPackExpansion(pack).printLeft(ob)
        ob.printClose()
    }
}

private final class DCallExpr: DNode {
    let callee: DNode
    let args: [DNode]
    let isParen: Bool
    init(_ callee: DNode, _ args: [DNode], _ isParen: Bool, _ prec: DPrec) {
        self.callee = callee
        self.args = args
        self.isParen = isParen
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        if isParen { ob.printOpen() }
        callee.print(ob)
        if isParen { ob.printClose() }
        ob.printOpen()
        printWithComma(args, ob)
        ob.printClose()
    }
}

private final class DNewExpr: DNode {
    let exprList: [DNode]
    let type: DNode
    let initList: [DNode]
    let isGlobal: Bool
    let isArray: Bool
    init(_ exprList: [DNode], _ type: DNode, _ initList: [DNode], _ isGlobal: Bool, _ isArray: Bool, _ prec: DPrec) {
        self.exprList = exprList
        self.type = type
        self.initList = initList
        self.isGlobal = isGlobal
        self.isArray = isArray
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        if isGlobal { ob.add("::") }
        ob.add("new")
        if isArray { ob.add("[]") }
        if !exprList.isEmpty {
            ob.printOpen()
            printWithComma(exprList, ob)
            ob.printClose()
        }
        ob.add(" ")
        type.print(ob)
        if !initList.isEmpty {
            ob.printOpen()
            printWithComma(initList, ob)
            ob.printClose()
        }
    }
}

private final class DDeleteExpr: DNode {
    let op: DNode
    let isGlobal: Bool
    let isArray: Bool
    init(_ op: DNode, _ isGlobal: Bool, _ isArray: Bool, _ prec: DPrec) {
        self.op = op
        self.isGlobal = isGlobal
        self.isArray = isArray
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        if isGlobal { ob.add("::") }
        ob.add("delete")
        if isArray { ob.add("[]") }
        ob.add(" ")
        op.print(ob)
    }
}

private final class DPrefixExpr: DNode {
    let prefix: DBytes
    let child: DNode
    init(_ prefix: DBytes, _ child: DNode, _ prec: DPrec) { self.prefix = prefix; self.child = child; super.init(prec: prec) }
    override func printLeft(_ ob: DOut) {
        ob.add(prefix)
        child.printAsOperand(ob, prec)
    }
}

private final class DFunctionParam: DNode {
    let number: DBytes
    init(_ number: DBytes) { self.number = number; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("fp")
        ob.add(number)
    }
}

private final class DConversionExpr: DNode {
    let type: DNode
    let expressions: [DNode]
    init(_ type: DNode, _ expressions: [DNode], _ prec: DPrec) {
        self.type = type
        self.expressions = expressions
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        ob.printOpen()
        type.print(ob)
        ob.printClose()
        ob.printOpen()
        printWithComma(expressions, ob)
        ob.printClose()
    }
}

private final class DPointerToMemberConversionExpr: DNode {
    let type: DNode
    let subExpr: DNode
    let offset: DBytes
    init(_ type: DNode, _ subExpr: DNode, _ offset: DBytes, _ prec: DPrec) {
        self.type = type
        self.subExpr = subExpr
        self.offset = offset
        super.init(prec: prec)
    }
    override func printLeft(_ ob: DOut) {
        ob.printOpen()
        type.print(ob)
        ob.printClose()
        ob.printOpen()
        subExpr.print(ob)
        ob.printClose()
    }
}

private final class DInitListExpr: DNode {
    let ty: DNode?
    let inits: [DNode]
    init(_ ty: DNode?, _ inits: [DNode]) { self.ty = ty; self.inits = inits; super.init() }
    override func printLeft(_ ob: DOut) {
        if let t = ty {
            if t.printInitListAsType(ob, inits) { return }
            t.print(ob)
        }
        ob.add("{")
        printWithComma(inits, ob)
        ob.add("}")
    }
}

private final class DBracedExpr: DNode {
    let elem: DNode
    let initializer: DNode
    let isArray: Bool
    init(_ elem: DNode, _ initializer: DNode, _ isArray: Bool) {
        self.elem = elem
        self.initializer = initializer
        self.isArray = isArray
        super.init()
    }
    override func printLeft(_ ob: DOut) {
        if isArray {
            ob.add("[")
            elem.print(ob)
            ob.add("]")
        } else {
            ob.add(".")
            elem.print(ob)
        }
        if !(initializer is DBracedExpr) && !(initializer is DBracedRangeExpr) { ob.add(" = ") }
        initializer.print(ob)
    }
}

private final class DBracedRangeExpr: DNode {
    let first: DNode
    let last: DNode
    let initializer: DNode
    init(_ first: DNode, _ last: DNode, _ initializer: DNode) {
        self.first = first
        self.last = last
        self.initializer = initializer
        super.init()
    }
    override func printLeft(_ ob: DOut) {
        ob.add("[")
        first.print(ob)
        ob.add(" ... ")
        last.print(ob)
        ob.add("]")
        if !(initializer is DBracedExpr) && !(initializer is DBracedRangeExpr) { ob.add(" = ") }
        initializer.print(ob)
    }
}

private final class DFoldExpr: DNode {
    let pack: DNode
    let initializer: DNode?
    let operatorName: DBytes
    let isLeftFold: Bool
    init(_ isLeftFold: Bool, _ operatorName: DBytes, _ pack: DNode, _ initializer: DNode?) {
        self.pack = pack
        self.initializer = initializer
        self.operatorName = operatorName
        self.isLeftFold = isLeftFold
        super.init()
    }
    override func printLeft(_ ob: DOut) {
        func printPack() {
            ob.printOpen()
            DParameterPackExpansion(pack).print(ob)
            ob.printClose()
        }
        ob.printOpen()
        // Either '[init op ]... op pack' or 'pack op ...[ op init]'.
        if !isLeftFold || initializer != nil {
            if isLeftFold {
                initializer?.printAsOperand(ob, .cast, true)
            } else {
                printPack()
            }
            ob.add(" ")
            ob.add(operatorName)
            ob.add(" ")
        }
        ob.add("...")
        if isLeftFold || initializer != nil {
            ob.add(" ")
            ob.add(operatorName)
            ob.add(" ")
            if isLeftFold {
                printPack()
            } else {
                initializer?.printAsOperand(ob, .cast, true)
            }
        }
        ob.printClose()
    }
}

private final class DThrowExpr: DNode {
    let op: DNode
    init(_ op: DNode) { self.op = op; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("throw ")
        op.print(ob)
    }
}

private final class DBoolExpr: DNode {
    let value: Bool
    init(_ value: Bool) { self.value = value; super.init() }
    override func printLeft(_ ob: DOut) { ob.add(value ? "true" : "false") }
}

private final class DStringLiteral: DNode {
    let type: DNode
    init(_ type: DNode) { self.type = type; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("\"<")
        type.print(ob)
        ob.add(">\"")
    }
}

private final class DLambdaExpr: DNode {
    let type: DNode
    init(_ type: DNode) { self.type = type; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add("[]")
        if let c = type as? DClosureTypeName { c.printDeclarator(ob) }
        ob.add("{...}")
    }
}

private final class DEnumLiteral: DNode {
    let ty: DNode
    let integer: DBytes
    init(_ ty: DNode, _ integer: DBytes) { self.ty = ty; self.integer = integer; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.printOpen()
        ty.print(ob)
        ob.printClose()
        ob.addSigned(integer)
    }
}

private final class DIntegerLiteral: DNode {
    let type: StaticString
    let value: DBytes
    init(_ type: StaticString, _ value: DBytes) { self.type = type; self.value = value; super.init() }
    override func printLeft(_ ob: DOut) {
        let typeLen = type.utf8CodeUnitCount
        if typeLen > 3 {
            ob.printOpen()
            ob.add(type)
            ob.printClose()
        }
        ob.addSigned(value)
        if typeLen <= 3 { ob.add(type) }
    }
}

private final class DRequiresExpr: DNode {
    let parameters: [DNode]
    let requirements: [DNode]
    init(_ parameters: [DNode], _ requirements: [DNode]) {
        self.parameters = parameters
        self.requirements = requirements
        super.init()
    }
    override func printLeft(_ ob: DOut) {
        ob.add("requires")
        if !parameters.isEmpty {
            ob.add(" ")
            ob.printOpen()
            printWithComma(parameters, ob)
            ob.printClose()
        }
        ob.add(" ")
        ob.printOpen(UInt8(ascii: "{"))
        for r in requirements { r.print(ob) }
        ob.add(" ")
        ob.printClose(UInt8(ascii: "}"))
    }
}

private final class DExprRequirement: DNode {
    let expr: DNode
    let isNoexcept: Bool
    let typeConstraint: DNode?
    init(_ expr: DNode, _ isNoexcept: Bool, _ typeConstraint: DNode?) {
        self.expr = expr
        self.isNoexcept = isNoexcept
        self.typeConstraint = typeConstraint
        super.init()
    }
    override func printLeft(_ ob: DOut) {
        ob.add(" ")
        let braces = isNoexcept || typeConstraint != nil
        if braces { ob.printOpen(UInt8(ascii: "{")) }
        expr.print(ob)
        if braces { ob.printClose(UInt8(ascii: "}")) }
        if isNoexcept { ob.add(" noexcept") }
        if let tc = typeConstraint {
            ob.add(" -> ")
            tc.print(ob)
        }
        ob.add(";")
    }
}

private final class DTypeRequirement: DNode {
    let type: DNode
    init(_ type: DNode) { self.type = type; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add(" typename ")
        type.print(ob)
        ob.add(";")
    }
}

private final class DNestedRequirement: DNode {
    let constraint: DNode
    init(_ constraint: DNode) { self.constraint = constraint; super.init() }
    override func printLeft(_ ob: DOut) {
        ob.add(" requires ")
        constraint.print(ob)
        ob.add(";")
    }
}

private enum DFloatKind { case float, double, longDouble }

/// Number of hex digits in a mangled float literal (x86-64 host: `long
/// double` is the 80-bit x87 format).
private func mangledSize(_ k: DFloatKind) -> Int {
    switch k {
    case .float: return 8
    case .double: return 16
    case .longDouble: return 20
    }
}

private final class DFloatLiteral: DNode {
    let kind: DFloatKind
    let contents: DBytes
    init(_ kind: DFloatKind, _ contents: DBytes) { self.kind = kind; self.contents = contents; super.init() }
    override func printLeft(_ ob: DOut) {
        let n = mangledSize(kind)
        guard contents.count >= n else { return }
        var bytes: [UInt8] = []
        var i = contents.startIndex
        for _ in 0..<(n / 2) {
            bytes.append(hexValue(contents[i]) << 4 | hexValue(contents[i + 1]))
            i += 2
        }
        // `bytes` is big-endian.
        switch kind {
        case .float:
            var bits: UInt32 = 0
            for b in bytes { bits = bits << 8 | UInt32(b) }
            ob.addString(formatHexFloat(float: bits) + "f")
        case .double:
            var bits: UInt64 = 0
            for b in bytes { bits = bits << 8 | UInt64(b) }
            ob.addString(formatHexDouble(bits))
        case .longDouble:
            let se = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
            var mant: UInt64 = 0
            for b in bytes[2...] { mant = mant << 8 | UInt64(b) }
            ob.addString(formatHexX87(se: se, mantissa: mant) + "L")
        }
    }
}

private func hexValue(_ c: UInt8) -> UInt8 {
    c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") ? c &- UInt8(ascii: "0") : c &- UInt8(ascii: "a") &+ 10
}

/// Formats `digits` (lowercase hex, most significant first) the way glibc's
/// `%a` does: trailing zeros dropped, `.` only if digits remain.
private func hexFloatString(negative: Bool, leading: Character, fraction: String,
                            exponent: Int, expNegative: Bool) -> String {
    var frac = Substring(fraction)
    while frac.last == "0" { frac = frac.dropLast() }
    var s = negative ? "-0x" : "0x"
    s.append(leading)
    if !frac.isEmpty {
        s += "."
        s += frac
    }
    s += expNegative ? "p-" : "p+"
    s += String(exponent)
    return s
}

private func paddedHex(_ v: UInt64, digits: Int) -> String {
    let h = String(v, radix: 16)
    return h.count >= digits ? h : String(repeating: "0", count: digits - h.count) + h
}

/// glibc `printf("%a", double)`.
private func formatHexDouble(_ bits: UInt64) -> String {
    let negative = bits >> 63 != 0
    let exp = Int((bits >> 52) & 0x7ff)
    let mant = bits & ((1 << 52) - 1)
    if exp == 0x7ff { return (negative ? "-" : "") + (mant != 0 ? "nan" : "inf") }
    let e: Int
    let eneg: Bool
    if exp == 0 {
        if mant == 0 { e = 0; eneg = false } else { e = 1022; eneg = true }
    } else if exp >= 1023 {
        e = exp - 1023; eneg = false
    } else {
        e = 1023 - exp; eneg = true
    }
    return hexFloatString(negative: negative, leading: exp == 0 ? "0" : "1",
                          fraction: paddedHex(mant, digits: 13), exponent: e, expNegative: eneg)
}

/// glibc `printf("%a", (double)f)` for a float bit pattern.
private func formatHexFloat(float bits: UInt32) -> String {
    let negative = bits >> 31 != 0
    let exp = Int((bits >> 23) & 0xff)
    let mant = UInt64(bits & 0x7f_ffff)
    if exp == 0xff { return (negative ? "-" : "") + (mant != 0 ? "nan" : "inf") }
    if exp == 0 && mant == 0 { return negative ? "-0x0p+0" : "0x0p+0" }
    let d = Double(Float(bitPattern: bits))
    return formatHexDouble(d.bitPattern)
}

/// glibc `printf("%La", long double)` for an x87 80-bit value.
private func formatHexX87(se: UInt16, mantissa: UInt64) -> String {
    let negative = se >> 15 != 0
    let exp = Int(se & 0x7fff)
    let integerBit = mantissa >> 63 != 0
    // glibc classifies with an x87 compare: unnormals, pseudo-infinities and
    // pseudo-NaNs (integer bit clear, exponent non-zero) are "unordered", so
    // they print as nan just like real NaNs.
    if exp != 0 && !integerBit {
        return negative ? "-nan" : "nan"
    }
    if exp == 0x7fff {
        return (negative ? "-" : "") + ((mantissa & 0x7fff_ffff_ffff_ffff) != 0 ? "nan" : "inf")
    }
    let digits = paddedHex(mantissa, digits: 16)
    let leading = digits.first ?? "0"
    let fraction = String(digits.dropFirst())
    let e: Int
    let eneg: Bool
    if exp == 0 {
        if mantissa == 0 { e = 0; eneg = false } else { e = 16382 + 3; eneg = true }
    } else if exp >= 16383 + 3 {
        e = exp - (16383 + 3); eneg = false
    } else {
        e = (16383 + 3) - exp; eneg = true
    }
    return hexFloatString(negative: negative, leading: leading, fraction: fraction,
                          exponent: e, expNegative: eneg)
}

// MARK: - Operators

private enum DOpKind: Int {
    case prefix, postfix, binary, array, member, new, del, call, cCast, conditional,
         nameOnly, namedCast, ofIdOp
    static let unnameable = DOpKind.namedCast
}

private struct DOpInfo {
    let kind: DOpKind
    let flag: Bool
    let prec: DPrec
    let name: DBytes
    /// The operator spelling without the "operator" prefix.
    let symbol: DBytes

    init(_ kind: DOpKind, _ flag: Bool, _ prec: DPrec, _ name: String) {
        self.kind = kind
        self.flag = flag
        self.prec = prec
        self.name = lit(name)
        if kind.rawValue < DOpKind.unnameable.rawValue {
            var r = Substring(name).dropFirst(8)
            if r.first == " " { r = r.dropFirst() }
            symbol = lit(String(r))
        } else {
            symbol = lit(name)
        }
    }
}

/// Operator encodings, indexed by their two-character code (ASCII only).
private let dOperators: [DOpInfo?] = {
    let table: [(String, DOpKind, Bool, DPrec, String)] = [
        ("aN", .binary, false, .assign, "operator&="),
        ("aS", .binary, false, .assign, "operator="),
        ("aa", .binary, false, .andIf, "operator&&"),
        ("ad", .prefix, false, .unary, "operator&"),
        ("an", .binary, false, .and, "operator&"),
        ("at", .ofIdOp, true, .unary, "alignof "),
        ("aw", .nameOnly, false, .primary, "operator co_await"),
        ("az", .ofIdOp, false, .unary, "alignof "),
        ("cc", .namedCast, false, .postfix, "const_cast"),
        ("cl", .call, false, .postfix, "operator()"),
        ("cm", .binary, false, .comma, "operator,"),
        ("co", .prefix, false, .unary, "operator~"),
        ("cp", .call, true, .postfix, "operator()"),
        ("cv", .cCast, false, .cast, "operator"),
        ("dV", .binary, false, .assign, "operator/="),
        ("da", .del, true, .unary, "operator delete[]"),
        ("dc", .namedCast, false, .postfix, "dynamic_cast"),
        ("de", .prefix, false, .unary, "operator*"),
        ("dl", .del, false, .unary, "operator delete"),
        ("ds", .member, false, .ptrMem, "operator.*"),
        ("dt", .member, false, .postfix, "operator."),
        ("dv", .binary, false, .assign, "operator/"),
        ("eO", .binary, false, .assign, "operator^="),
        ("eo", .binary, false, .xor, "operator^"),
        ("eq", .binary, false, .equality, "operator=="),
        ("ge", .binary, false, .relational, "operator>="),
        ("gt", .binary, false, .relational, "operator>"),
        ("ix", .array, false, .postfix, "operator[]"),
        ("lS", .binary, false, .assign, "operator<<="),
        ("le", .binary, false, .relational, "operator<="),
        ("ls", .binary, false, .shift, "operator<<"),
        ("lt", .binary, false, .relational, "operator<"),
        ("mI", .binary, false, .assign, "operator-="),
        ("mL", .binary, false, .assign, "operator*="),
        ("mi", .binary, false, .additive, "operator-"),
        ("ml", .binary, false, .multiplicative, "operator*"),
        ("mm", .postfix, false, .postfix, "operator--"),
        ("na", .new, true, .unary, "operator new[]"),
        ("ne", .binary, false, .equality, "operator!="),
        ("ng", .prefix, false, .unary, "operator-"),
        ("nt", .prefix, false, .unary, "operator!"),
        ("nw", .new, false, .unary, "operator new"),
        ("oR", .binary, false, .assign, "operator|="),
        ("oo", .binary, false, .orIf, "operator||"),
        ("or", .binary, false, .ior, "operator|"),
        ("pL", .binary, false, .assign, "operator+="),
        ("pl", .binary, false, .additive, "operator+"),
        ("pm", .member, true, .ptrMem, "operator->*"),
        ("pp", .postfix, false, .postfix, "operator++"),
        ("ps", .prefix, false, .unary, "operator+"),
        ("pt", .member, true, .postfix, "operator->"),
        ("qu", .conditional, false, .conditional, "operator?"),
        ("rM", .binary, false, .assign, "operator%="),
        ("rS", .binary, false, .assign, "operator>>="),
        ("rc", .namedCast, false, .postfix, "reinterpret_cast"),
        ("rm", .binary, false, .multiplicative, "operator%"),
        ("rs", .binary, false, .shift, "operator>>"),
        ("sc", .namedCast, false, .postfix, "static_cast"),
        ("ss", .binary, false, .spaceship, "operator<=>"),
        ("st", .ofIdOp, true, .unary, "sizeof "),
        ("sz", .ofIdOp, false, .unary, "sizeof "),
        ("te", .ofIdOp, false, .postfix, "typeid "),
        ("ti", .ofIdOp, true, .postfix, "typeid "),
    ]
    var d = [DOpInfo?](repeating: nil, count: 128 * 128)
    for (enc, kind, flag, prec, name) in table {
        let u = Array(enc.utf8)
        d[Int(u[0]) * 128 + Int(u[1])] = DOpInfo(kind, flag, prec, name)
    }
    return d
}()

// MARK: - Parser

private final class DTemplateParamList {
    @exclusivity(unchecked) var items: [DNode] = []
}

/// Extra information about a <name> that refers to an <encoding>.
private final class DNameState {
    @exclusivity(unchecked) var ctorDtorConversion = false
    @exclusivity(unchecked) var endsWithTemplateArgs = false
    @exclusivity(unchecked) var cvQualifiers: DQuals = []
    @exclusivity(unchecked) var referenceQualifier: DRefQual = .none
    let forwardTemplateRefsBegin: Int
    @exclusivity(unchecked) var hasExplicitObjectParameter = false
    init(_ begin: Int) { forwardTemplateRefsBegin = begin }
}

@inline(__always) private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

private final class DParser {
    let str: [UInt8]
    @exclusivity(unchecked) var first: Int
    @exclusivity(unchecked) var last: Int

    /// Temporary node stack used to build node arrays.
    @exclusivity(unchecked) var names: [DNode] = []
    /// Substitution table (`S_`, `S<seq-id>_`).
    @exclusivity(unchecked) var subs: [DNode] = []
    /// The outermost template argument list (`T_`, `T<n>_`).
    let outerTemplateParams = DTemplateParamList()
    /// Template parameter lists by depth (`TL<level>_…`); element 0 is
    /// normally `outerTemplateParams`.
    @exclusivity(unchecked) var templateParams: [DTemplateParamList?] = []
    /// Unresolved forward <template-param> references.
    @exclusivity(unchecked) var forwardTemplateRefs: [DForwardTemplateReference] = []

    @exclusivity(unchecked) var tryToParseTemplateArgs = true
    @exclusivity(unchecked) var permitForwardTemplateReferences = false
    @exclusivity(unchecked) var hasIncompleteTemplateParameterTracking = false
    @exclusivity(unchecked) var parsingLambdaParamsAtLevel: UInt64 = .max
    @exclusivity(unchecked) var numSyntheticTemplateParameters: [UInt32] = [0, 0, 0]

    @exclusivity(unchecked) var depth = 0
    @exclusivity(unchecked) var failed = false

    /// Every node created by this parser, in creation order.  Nodes only
    /// reference nodes created before them (except forward template
    /// references), so releasing the arena from the end never cascades
    /// deinitializations — freeing a deep AST needs no deep recursion.
    @exclusivity(unchecked) var arena: [DNode] = []
    @exclusivity(unchecked) var allForwardTemplateRefs: [DForwardTemplateReference] = []

    init(_ input: [UInt8]) {
        str = input
        first = 0
        last = input.count
    }

    deinit { releaseNodes() }

    @inline(__always) func mk<T: DNode>(_ n: T) -> T {
        arena.append(n)
        return n
    }

    /// Frees all nodes without recursive deinitialization.
    func releaseNodes() {
        names.removeAll()
        subs.removeAll()
        templateParams.removeAll()
        outerTemplateParams.items.removeAll()
        forwardTemplateRefs.removeAll()
        // Forward references may point at later nodes (or form cycles).
        for f in allForwardTemplateRefs { f.ref = nil }
        allForwardTemplateRefs.removeAll()
        while !arena.isEmpty { arena.removeLast() }
    }

    // MARK: Low-level helpers

    @inline(__always) func enter() -> Bool {
        if failed || depth >= maxParseDepth {
            failed = true
            return false
        }
        depth += 1
        return true
    }
    @inline(__always) func leave() { depth -= 1 }

    @inline(__always) func look(_ k: Int = 0) -> Unicode.Scalar {
        let i = first + k
        return i < last ? Unicode.Scalar(str[i]) : "\0"
    }
    @inline(__always) var numLeft: Int { last - first }

    func consumeIf(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        if last - first < n { return false }
        let p = s.utf8Start
        for i in 0..<n where str[first + i] != p[i] { return false }
        first += n
        return true
    }

    func consume() -> Unicode.Scalar {
        if first < last {
            first += 1
            return Unicode.Scalar(str[first - 1])
        }
        return "\0"
    }

    func bytes(_ a: Int, _ b: Int) -> DBytes { str[a..<b] }

    func popTrailingNodeArray(_ from: Int) -> [DNode] {
        guard from <= names.count else { return [] }
        let r = Array(names[from...])
        names.removeSubrange(from...)
        return r
    }

    func shrinkTemplateParams(_ n: Int) {
        if templateParams.count > n { templateParams.removeLast(templateParams.count - n) }
    }

    /// <number> ::= [n] <non-negative decimal integer>
    func parseNumber(allowNegative: Bool = false) -> DBytes {
        let tmp = first
        if allowNegative { _ = consumeIf("n") }
        if numLeft == 0 || !isDigit(look()) { return DBytes() }
        while numLeft != 0 && isDigit(look()) { first += 1 }
        return bytes(tmp, first)
    }

    /// <positive length number> ::= [0-9]*  (nil when there is no digit)
    func parsePositiveInteger() -> UInt64? {
        if !isDigit(look()) { return nil }
        var out: UInt64 = 0
        while isDigit(look()) {
            out = out &* 10 &+ UInt64(consume().value - 48)
        }
        return out
    }

    func parseBareSourceName() -> DBytes {
        guard let n = parsePositiveInteger(), UInt64(numLeft) >= n else { return DBytes() }
        let r = bytes(first, first + Int(n))
        first += Int(n)
        return r
    }

    /// <CV-Qualifiers> ::= [r] [V] [K]
    func parseCVQualifiers() -> DQuals {
        var q: DQuals = []
        if consumeIf("r") { q.insert(.restrict) }
        if consumeIf("V") { q.insert(.volatile) }
        if consumeIf("K") { q.insert(.const) }
        return q
    }

    func isTemplateParamDecl() -> Bool {
        guard look() == "T" else { return false }
        switch look(1) {
        case "y", "p", "t", "n", "k": return true
        default: return false
        }
    }

    func resolveForwardTemplateRefs(_ state: DNameState) -> Bool {
        var i = state.forwardTemplateRefsBegin
        let e = forwardTemplateRefs.count
        while i < e {
            let idx = forwardTemplateRefs[i].index
            guard let list0 = templateParams.first, let list = list0,
                  idx < UInt64(list.items.count) else { return true }
            forwardTemplateRefs[i].ref = list.items[Int(idx)]
            i += 1
        }
        if forwardTemplateRefs.count > state.forwardTemplateRefsBegin {
            forwardTemplateRefs.removeLast(forwardTemplateRefs.count - state.forwardTemplateRefsBegin)
        }
        return false
    }

    // MARK: Top level

    /// Parses the whole input and prints the AST into `ob`.
    func parseAndPrint(_ ob: DOut) -> Bool {
        guard let ast = parse(), !failed else { return false }
        ast.print(ob)
        return true
    }

    /// <mangled-name> ::= _Z <encoding> | <type>
    ///   extension    ::= ___Z <encoding> _block_invoke[_]<digits>
    func parse() -> DNode? {
        if consumeIf("_Z") || consumeIf("__Z") {
            guard var encoding = parseEncoding() else { return nil }
            if look() == "." {
                encoding = mk(DDotSuffix(encoding, bytes(first, last)))
                first = last
            }
            if numLeft != 0 { return nil }
            return encoding
        }
        if consumeIf("___Z") || consumeIf("____Z") {
            guard let encoding = parseEncoding(), consumeIf("_block_invoke") else { return nil }
            let requireNumber = consumeIf("_")
            if parseNumber().isEmpty && requireNumber { return nil }
            if look() == "." { first = last }
            if numLeft != 0 { return nil }
            return mk(DSpecialName("invocation function for block in ", encoding))
        }
        let ty = parseType()
        if numLeft != 0 { return nil }
        return ty
    }

    // MARK: Names

    /// <name> ::= <nested-name> | <local-name>
    ///        ::= <unscoped-template-name> <template-args> | <unscoped-name>
    func parseName(_ state: DNameState? = nil) -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        if look() == "N" { return parseNestedName(state) }
        if look() == "Z" { return parseLocalName(state) }

        var isSubst = false
        guard var result = parseUnscopedName(state, &isSubst) else { return nil }
        if look() == "I" {
            // An unscoped-template-name is substitutable.
            if !isSubst { subs.append(result) }
            guard let ta = parseTemplateArgs(state != nil) else { return nil }
            state?.endsWithTemplateArgs = true
            result = mk(DNameWithTemplateArgs(result, ta))
        } else if isSubst {
            // The substitution case must be followed by <template-args>.
            return nil
        }
        return result
    }

    /// <local-name> := Z <function encoding> E <entity name> [<discriminator>]
    ///              := Z <function encoding> E s [<discriminator>]
    ///              := Z <function encoding> Ed [ <parameter number> ] _ <entity name>
    func parseLocalName(_ state: DNameState?) -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        if !consumeIf("Z") { return nil }
        guard let encoding = parseEncoding(), consumeIf("E") else { return nil }

        if consumeIf("s") {
            first = parseDiscriminator(first)
            return mk(DLocalName(encoding, mk(DNameType("string literal"))))
        }

        // The template parameters of the inner name are unrelated to those of
        // the enclosing context.
        let savedParams = templateParams
        let savedOuter = outerTemplateParams.items
        templateParams.removeAll()
        outerTemplateParams.items.removeAll()
        defer {
            templateParams = savedParams
            outerTemplateParams.items = savedOuter
        }

        if consumeIf("d") {
            _ = parseNumber(allowNegative: true)
            if !consumeIf("_") { return nil }
            guard let n = parseName(state) else { return nil }
            return mk(DLocalName(encoding, n))
        }

        guard let entity = parseName(state) else { return nil }
        first = parseDiscriminator(first)
        return mk(DLocalName(encoding, entity))
    }

    /// <discriminator> := _ <digit> | __ <number> _ | <digits> at the end
    func parseDiscriminator(_ f: Int) -> Int {
        var f = f
        if f != last {
            if str[f] == UInt8(ascii: "_") {
                var t1 = f + 1
                if t1 != last {
                    if isDigit(Unicode.Scalar(str[t1])) {
                        f = t1 + 1
                    } else if str[t1] == UInt8(ascii: "_") {
                        t1 += 1
                        while t1 != last && isDigit(Unicode.Scalar(str[t1])) { t1 += 1 }
                        if t1 != last && str[t1] == UInt8(ascii: "_") { f = t1 + 1 }
                    }
                }
            } else if isDigit(Unicode.Scalar(str[f])) {
                var t1 = f + 1
                while t1 != last && isDigit(Unicode.Scalar(str[t1])) { t1 += 1 }
                if t1 == last { f = last }
            }
        }
        return f
    }

    /// <unscoped-name> ::= <unqualified-name> | St <unqualified-name>
    func parseUnscopedName(_ state: DNameState?, _ isSubst: inout Bool) -> DNode? {
        var std: DNode? = nil
        if consumeIf("St") { std = mk(DNameType("std")) }

        var res: DNode? = nil
        var module: DModuleName? = nil
        if look() == "S" {
            guard let s = parseSubstitution() else { return nil }
            if let m = s as? DModuleName {
                module = m
            } else if std == nil {
                res = s
                isSubst = true
            } else {
                return nil
            }
        }
        if res == nil || std != nil {
            res = parseUnqualifiedName(state, std, module)
        }
        return res
    }

    /// <unqualified-name> ::= [<module-name>] F? L? <operator-name> [<abi-tags>]
    ///                    ::= [<module-name>] <ctor-dtor-name> [<abi-tags>]
    ///                    ::= [<module-name>] F? L? <source-name> [<abi-tags>]
    ///                    ::= [<module-name>] L? <unnamed-type-name> [<abi-tags>]
    ///                    ::= [<module-name>] L? DC <source-name>+ E
    func parseUnqualifiedName(_ state: DNameState?, _ scopeIn: DNode?, _ moduleIn: DModuleName?) -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        var scope = scopeIn
        var module = moduleIn
        if parseModuleNameOpt(&module) { return nil }

        let isMemberLikeFriend = scope != nil && consumeIf("F")
        _ = consumeIf("L")

        var result: DNode?
        let c = look()
        if c >= "1" && c <= "9" {
            result = parseSourceName(state)
        } else if c == "U" {
            result = parseUnnamedTypeName(state)
        } else if consumeIf("DC") {
            // Structured binding.
            let bindingsBegin = names.count
            repeat {
                guard let binding = parseSourceName(state) else { return nil }
                names.append(binding)
            } while !consumeIf("E")
            result = mk(DStructuredBindingName(popTrailingNodeArray(bindingsBegin)))
        } else if c == "C" || c == "D" {
            // A <ctor-dtor-name>.
            guard var s = scope, module == nil else { return nil }
            result = parseCtorDtorName(&s, state)
            scope = s
        } else {
            result = parseOperatorName(state)
        }

        if let r = result, let m = module { result = mk(DModuleEntity(m, r)) }
        if let r = result { result = parseAbiTags(r) }
        if let r = result, let s = scope {
            result = isMemberLikeFriend ? mk(DMemberLikeFriendName(s, r)) : mk(DNestedName(s, r))
        }
        return result
    }

    /// <module-name> ::= <module-subname>+ ; <module-subname> ::= W [P] <source-name>
    /// Returns true on error.
    func parseModuleNameOpt(_ module: inout DModuleName?) -> Bool {
        while consumeIf("W") {
            let isPartition = consumeIf("P")
            guard let sub = parseSourceName(nil) else { return true }
            let m = mk(DModuleName(module, sub, isPartition))
            module = m
            subs.append(m)
        }
        return false
    }

    /// <unnamed-type-name> ::= Ut [<nonnegative number>] _
    ///                     ::= Ul <lambda-sig> E [<nonnegative number>] _
    ///                     ::= Ub [<number>] _
    func parseUnnamedTypeName(_ state: DNameState?) -> DNode? {
        // <template-params> refer to the innermost <template-args>.
        if state != nil { templateParams.removeAll() }

        if consumeIf("Ut") {
            let count = parseNumber()
            if !consumeIf("_") { return nil }
            return mk(DUnnamedTypeName(count))
        }
        if consumeIf("Ul") {
            let savedLevel = parsingLambdaParamsAtLevel
            parsingLambdaParamsAtLevel = UInt64(templateParams.count)
            let oldCount = templateParams.count
            let lambdaParams = DTemplateParamList()
            templateParams.append(lambdaParams)
            defer {
                shrinkTemplateParams(oldCount)
                parsingLambdaParamsAtLevel = savedLevel
            }

            let paramsBegin = names.count
            while isTemplateParamDecl() {
                guard let t = parseTemplateParamDecl(lambdaParams) else { return nil }
                names.append(t)
            }
            let tempParams = popTrailingNodeArray(paramsBegin)

            if tempParams.isEmpty && !templateParams.isEmpty { templateParams.removeLast() }

            var requires1: DNode? = nil
            if consumeIf("Q") {
                requires1 = parseConstraintExpr()
                if requires1 == nil { return nil }
            }

            if !consumeIf("v") {
                repeat {
                    guard let p = parseType() else { return nil }
                    names.append(p)
                } while look() != "E" && look() != "Q"
            }
            let params = popTrailingNodeArray(paramsBegin)

            var requires2: DNode? = nil
            if consumeIf("Q") {
                requires2 = parseConstraintExpr()
                if requires2 == nil { return nil }
            }

            if !consumeIf("E") { return nil }
            let count = parseNumber()
            if !consumeIf("_") { return nil }
            return mk(DClosureTypeName(tempParams, requires1, params, requires2, count))
        }
        if consumeIf("Ub") {
            _ = parseNumber()
            if !consumeIf("_") { return nil }
            return mk(DNameType("'block-literal'"))
        }
        return nil
    }

    /// <source-name> ::= <positive length number> <identifier>
    func parseSourceName(_ state: DNameState?) -> DNode? {
        guard let length = parsePositiveInteger() else { return nil }
        if UInt64(numLeft) < length || length == 0 { return nil }
        let name = bytes(first, first + Int(length))
        first += Int(length)
        if length >= 10 && name.starts(with: "_GLOBAL__N".utf8) { return mk(DNameType("(anonymous namespace)")) }
        return mk(DNameType(name))
    }

    /// If the next two characters are an operator encoding, consumes them.
    func parseOperatorEncoding() -> DOpInfo? {
        if numLeft < 2 { return nil }
        let c0 = str[first], c1 = str[first + 1]
        guard c0 < 128, c1 < 128, let op = dOperators[Int(c0) * 128 + Int(c1)] else { return nil }
        first += 2
        return op
    }

    /// <operator-name> ::= <operator encoding> | li <source-name> | v <digit> <source-name>
    func parseOperatorName(_ state: DNameState?) -> DNode? {
        if let op = parseOperatorEncoding() {
            if op.kind == .cCast {
                // ::= cv <type>    # (cast)
                let savedTry = tryToParseTemplateArgs
                let savedPermit = permitForwardTemplateReferences
                tryToParseTemplateArgs = false
                permitForwardTemplateReferences = permitForwardTemplateReferences || state != nil
                defer {
                    tryToParseTemplateArgs = savedTry
                    permitForwardTemplateReferences = savedPermit
                }
                guard let ty = parseType() else { return nil }
                state?.ctorDtorConversion = true
                return mk(DConversionOperatorType(ty))
            }
            if op.kind.rawValue >= DOpKind.unnameable.rawValue { return nil }
            if op.kind == .member && !op.flag { return nil }
            return mk(DNameType(op.name))
        }
        if consumeIf("li") {
            guard let sn = parseSourceName(state) else { return nil }
            return mk(DLiteralOperator(sn))
        }
        if consumeIf("v") {
            // ::= v <digit> <source-name>        # vendor extended operator
            if isDigit(look()) {
                first += 1
                guard let sn = parseSourceName(state) else { return nil }
                return mk(DConversionOperatorType(sn))
            }
            return nil
        }
        return nil
    }

    /// <ctor-dtor-name> ::= C1 | C2 | C3 | C4 | C5 | CI1 <type> | CI2 <type>
    ///                  ::= D0 | D1 | D2 | D4 | D5
    func parseCtorDtorName(_ soFar: inout DNode, _ state: DNameState?) -> DNode? {
        if let ss = soFar as? DSpecialSubstitution {
            // Expand the special substitution.
            soFar = mk(DExpandedSpecialSubstitution(ss.ssk))
        }
        if consumeIf("C") {
            let isInherited = consumeIf("I")
            let c = look()
            if c != "1" && c != "2" && c != "3" && c != "4" && c != "5" { return nil }
            let variant = Int(c.value) - 48
            first += 1
            state?.ctorDtorConversion = true
            if isInherited {
                if parseName(state) == nil { return nil }
            }
            return mk(DCtorDtorName(soFar, false, variant))
        }
        if look() == "D" {
            let c = look(1)
            if c == "0" || c == "1" || c == "2" || c == "4" || c == "5" {
                first += 2
                state?.ctorDtorConversion = true
                return mk(DCtorDtorName(soFar, true, Int(c.value) - 48))
            }
        }
        return nil
    }

    /// <nested-name> ::= N [<CV-Qualifiers>] [<ref-qualifier>] <prefix> <unqualified-name> E
    ///               ::= N [<CV-Qualifiers>] [<ref-qualifier>] <template-prefix> <template-args> E
    ///               ::= N H <prefix> <unqualified-name> E   # explicit object parameter
    func parseNestedName(_ state: DNameState?) -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        if !consumeIf("N") { return nil }

        if !consumeIf("H") {
            let cv = parseCVQualifiers()
            state?.cvQualifiers = cv
            if consumeIf("O") {
                state?.referenceQualifier = .rvalue
            } else if consumeIf("R") {
                state?.referenceQualifier = .lvalue
            } else {
                state?.referenceQualifier = .none
            }
        } else {
            state?.hasExplicitObjectParameter = true
        }

        var soFar: DNode? = nil
        while !consumeIf("E") {
            // Only set end-with-template on the case that does that.
            state?.endsWithTemplateArgs = false

            if look() == "T" {
                // ::= <template-param>
                if soFar != nil { return nil }
                soFar = parseTemplateParam()
            } else if look() == "I" {
                // ::= <template-prefix> <template-args>
                guard let sf = soFar else { return nil }
                guard let ta = parseTemplateArgs(state != nil) else { return nil }
                if sf is DNameWithTemplateArgs { return nil }
                state?.endsWithTemplateArgs = true
                soFar = mk(DNameWithTemplateArgs(sf, ta))
            } else if look() == "D" && (look(1) == "t" || look(1) == "T") {
                // ::= <decltype>
                if soFar != nil { return nil }
                soFar = parseDecltype()
            } else {
                var module: DModuleName? = nil
                if look() == "S" {
                    // ::= <substitution>
                    var s: DNode?
                    if look(1) == "t" {
                        first += 2
                        s = mk(DNameType("std"))
                    } else {
                        s = parseSubstitution()
                    }
                    guard let sub = s else { return nil }
                    if let m = sub as? DModuleName {
                        module = m
                    } else if soFar != nil {
                        return nil
                    } else {
                        soFar = sub
                        continue  // Do not push a new substitution.
                    }
                }
                // ::= [<prefix>] <unqualified-name>
                soFar = parseUnqualifiedName(state, soFar, module)
            }

            guard let sf = soFar else { return nil }
            subs.append(sf)

            // <data-member-prefix> := <member source-name> [<template-args>] M
            _ = consumeIf("M")
        }

        guard let result = soFar, !subs.isEmpty else { return nil }
        subs.removeLast()
        return result
    }

    /// <simple-id> ::= <source-name> [ <template-args> ]
    func parseSimpleId() -> DNode? {
        guard let sn = parseSourceName(nil) else { return nil }
        if look() == "I" {
            guard let ta = parseTemplateArgs() else { return nil }
            return mk(DNameWithTemplateArgs(sn, ta))
        }
        return sn
    }

    /// <destructor-name> ::= <unresolved-type> | <simple-id>
    func parseDestructorName() -> DNode? {
        let result = isDigit(look()) ? parseSimpleId() : parseUnresolvedType()
        guard let r = result else { return nil }
        return mk(DDtorName(r))
    }

    /// <unresolved-type> ::= <template-param> | <decltype> | <substitution>
    func parseUnresolvedType() -> DNode? {
        if look() == "T" {
            guard let tp = parseTemplateParam() else { return nil }
            subs.append(tp)
            return tp
        }
        if look() == "D" {
            guard let dt = parseDecltype() else { return nil }
            subs.append(dt)
            return dt
        }
        return parseSubstitution()
    }

    /// <base-unresolved-name> ::= <simple-id> | [on] <operator-name> [<template-args>]
    ///                        ::= dn <destructor-name>
    func parseBaseUnresolvedName() -> DNode? {
        if isDigit(look()) { return parseSimpleId() }
        if consumeIf("dn") { return parseDestructorName() }
        _ = consumeIf("on")
        guard let oper = parseOperatorName(nil) else { return nil }
        if look() == "I" {
            guard let ta = parseTemplateArgs() else { return nil }
            return mk(DNameWithTemplateArgs(oper, ta))
        }
        return oper
    }

    /// <unresolved-name>
    func parseUnresolvedName(_ global: Bool) -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        var soFar: DNode? = nil

        // srN <unresolved-type> [<template-args>] <unresolved-qualifier-level>* E <base-unresolved-name>
        if consumeIf("srN") {
            guard var sf = parseUnresolvedType() else { return nil }
            if look() == "I" {
                guard let ta = parseTemplateArgs() else { return nil }
                sf = mk(DNameWithTemplateArgs(sf, ta))
            }
            while !consumeIf("E") {
                guard let qual = parseSimpleId() else { return nil }
                sf = mk(DQualifiedName(sf, qual))
            }
            guard let base = parseBaseUnresolvedName() else { return nil }
            return mk(DQualifiedName(sf, base))
        }

        // [gs] <base-unresolved-name>
        if !consumeIf("sr") {
            guard var sf = parseBaseUnresolvedName() else { return nil }
            if global { sf = mk(DGlobalQualifiedName(sf)) }
            return sf
        }

        // [gs] sr <unresolved-qualifier-level>+ E <base-unresolved-name>
        if isDigit(look()) {
            repeat {
                guard let qual = parseSimpleId() else { return nil }
                if let sf = soFar {
                    soFar = mk(DQualifiedName(sf, qual))
                } else if global {
                    soFar = mk(DGlobalQualifiedName(qual))
                } else {
                    soFar = qual
                }
            } while !consumeIf("E")
        } else {
            // sr <unresolved-type> [<template-args>] <base-unresolved-name>
            guard var sf = parseUnresolvedType() else { return nil }
            if look() == "I" {
                guard let ta = parseTemplateArgs() else { return nil }
                sf = mk(DNameWithTemplateArgs(sf, ta))
            }
            soFar = sf
        }

        guard let sf = soFar, let base = parseBaseUnresolvedName() else { return nil }
        return mk(DQualifiedName(sf, base))
    }

    /// <abi-tags> ::= <abi-tag> [<abi-tags>] ; <abi-tag> ::= B <source-name>
    func parseAbiTags(_ n: DNode) -> DNode? {
        var n = n
        while consumeIf("B") {
            let sn = parseBareSourceName()
            if sn.isEmpty { return nil }
            n = mk(DAbiTagAttr(n, sn))
        }
        return n
    }

    // MARK: Types

    /// <function-type> ::= [<CV-qualifiers>] [<exception-spec>] [Dx] F [Y]
    ///                     <bare-function-type> [<ref-qualifier>] E
    func parseFunctionType() -> DNode? {
        let cv = parseCVQualifiers()

        var exceptionSpec: DNode? = nil
        if consumeIf("Do") {
            exceptionSpec = mk(DNameType("noexcept"))
        } else if consumeIf("DO") {
            guard let e = parseExpr(), consumeIf("E") else { return nil }
            exceptionSpec = mk(DNoexceptSpec(e))
        } else if consumeIf("Dw") {
            let specsBegin = names.count
            while !consumeIf("E") {
                guard let t = parseType() else { return nil }
                names.append(t)
            }
            exceptionSpec = mk(DDynamicExceptionSpec(popTrailingNodeArray(specsBegin)))
        }

        _ = consumeIf("Dx")  // transaction safe

        if !consumeIf("F") { return nil }
        _ = consumeIf("Y")  // extern "C"
        guard let returnType = parseType() else { return nil }

        var refQual: DRefQual = .none
        let paramsBegin = names.count
        while true {
            if consumeIf("E") { break }
            if consumeIf("v") { continue }
            if consumeIf("RE") {
                refQual = .lvalue
                break
            }
            if consumeIf("OE") {
                refQual = .rvalue
                break
            }
            guard let t = parseType() else { return nil }
            names.append(t)
        }
        let params = popTrailingNodeArray(paramsBegin)
        return mk(DFunctionType(returnType, params, cv, refQual, exceptionSpec))
    }

    /// <vector-type> ::= Dv <positive dimension number> _ <extended element type>
    ///               ::= Dv [<dimension expression>] _ <element type>
    func parseVectorType() -> DNode? {
        if !consumeIf("Dv") { return nil }
        let c = look()
        if c >= "1" && c <= "9" {
            let dimensionNumber = mk(DNameType(parseNumber()))
            if !consumeIf("_") { return nil }
            if consumeIf("p") { return mk(DPixelVectorType(dimensionNumber)) }
            guard let elemType = parseType() else { return nil }
            return mk(DVectorType(elemType, dimensionNumber))
        }
        if !consumeIf("_") {
            guard let dimExpr = parseExpr() else { return nil }
            if !consumeIf("_") { return nil }
            guard let elemType = parseType() else { return nil }
            return mk(DVectorType(elemType, dimExpr))
        }
        guard let elemType = parseType() else { return nil }
        return mk(DVectorType(elemType, nil))
    }

    /// <decltype> ::= Dt <expression> E | DT <expression> E
    func parseDecltype() -> DNode? {
        if !consumeIf("D") { return nil }
        if !consumeIf("t") && !consumeIf("T") { return nil }
        guard let e = parseExpr(), consumeIf("E") else { return nil }
        return mk(DEnclosingExpr("decltype", e))
    }

    /// <array-type> ::= A <positive dimension number> _ <element type>
    ///              ::= A [<dimension expression>] _ <element type>
    func parseArrayType() -> DNode? {
        if !consumeIf("A") { return nil }
        var dimension: DNode? = nil
        if isDigit(look()) {
            dimension = mk(DNameType(parseNumber()))
            if !consumeIf("_") { return nil }
        } else if !consumeIf("_") {
            guard let dimExpr = parseExpr() else { return nil }
            if !consumeIf("_") { return nil }
            dimension = dimExpr
        }
        guard let ty = parseType() else { return nil }
        return mk(DArrayType(ty, dimension))
    }

    /// <pointer-to-member-type> ::= M <class type> <member type>
    func parsePointerToMemberType() -> DNode? {
        if !consumeIf("M") { return nil }
        guard let classType = parseType(), let memberType = parseType() else { return nil }
        return mk(DPointerToMemberType(classType, memberType))
    }

    /// <class-enum-type> ::= <name> | Ts <name> | Tu <name> | Te <name>
    func parseClassEnumType() -> DNode? {
        var elab: StaticString? = nil
        if consumeIf("Ts") {
            elab = "struct"
        } else if consumeIf("Tu") {
            elab = "union"
        } else if consumeIf("Te") {
            elab = "enum"
        }
        guard let name = parseName() else { return nil }
        if let e = elab { return mk(DElaboratedTypeSpefType(e, name)) }
        return name
    }

    /// <qualified-type> ::= <qualifiers> <type>
    /// <qualifiers> ::= <extended-qualifier>* <CV-qualifiers>
    /// <extended-qualifier> ::= U <source-name> [<template-args>]
    func parseQualifiedType() -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        if consumeIf("U") {
            let qual = parseBareSourceName()
            if qual.isEmpty { return nil }

            // extension ::= U <objc-name> <objc-type>  # objc-type<identifier>
            if qual.starts(with: "objcproto".utf8) {
                let protoStart = qual.startIndex + 9
                let protoEnd = qual.endIndex
                let savedFirst = first, savedLast = last
                first = protoStart
                last = protoEnd
                let proto = parseBareSourceName()
                first = savedFirst
                last = savedLast
                if proto.isEmpty { return nil }
                guard let child = parseQualifiedType() else { return nil }
                return mk(DObjCProtoName(child, proto))
            }

            var ta: DNode? = nil
            if look() == "I" {
                ta = parseTemplateArgs()
                if ta == nil { return nil }
            }
            guard let child = parseQualifiedType() else { return nil }
            return mk(DVendorExtQualType(child, qual, ta))
        }

        let quals = parseCVQualifiers()
        guard var ty = parseType() else { return nil }
        if !quals.isEmpty { ty = mk(DQualType(ty, quals)) }
        return ty
    }

    /// <type> production.
    func parseType() -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        var result: DNode? = nil

        switch look() {
        case "r", "V", "K":
            var afterQuals = 0
            if look(afterQuals) == "r" { afterQuals += 1 }
            if look(afterQuals) == "V" { afterQuals += 1 }
            if look(afterQuals) == "K" { afterQuals += 1 }
            let c = look(afterQuals), c1 = look(afterQuals + 1)
            if c == "F" || (c == "D" && (c1 == "o" || c1 == "O" || c1 == "w" || c1 == "x")) {
                result = parseFunctionType()
            } else {
                result = parseQualifiedType()
            }
        case "U":
            result = parseQualifiedType()
        case "v", "w", "b", "c", "a", "h", "s", "t", "i", "j", "l", "m", "x", "y", "n", "o",
             "f", "d", "e", "g", "z":
            guard let n = dBuiltinTypeNames[Int(look().value)] else { return nil }
            first += 1
            return mk(DNameType(n))
        case "u":
            // <builtin-type> ::= u <source-name>    # vendor extended type
            first += 1
            let res = parseBareSourceName()
            if res.isEmpty { return nil }
            // Vendor extended types are substitution candidates.
            if consumeIf("I") {
                guard let baseType = parseType(), consumeIf("E") else { return nil }
                result = mk(DTransformedType(res, baseType))
            } else {
                result = mk(DNameType(res))
            }
        case "D":
            switch look(1) {
            case "d": first += 2; return mk(DNameType("decimal64"))
            case "e": first += 2; return mk(DNameType("decimal128"))
            case "f": first += 2; return mk(DNameType("decimal32"))
            case "h": first += 2; return mk(DNameType("half"))
            case "F":
                // ::= DF16b | DF <number> _
                first += 2
                if consumeIf("16b") { return mk(DNameType("std::bfloat16_t")) }
                let dimensionNumber = mk(DNameType(parseNumber()))
                if !consumeIf("_") { return nil }
                return mk(DBinaryFPType(dimensionNumber))
            case "A":
                let c = look(2)
                first += 3
                switch c {
                case "s": return mk(DNameType("short _Accum"))
                case "t": return mk(DNameType("unsigned short _Accum"))
                case "i": return mk(DNameType("_Accum"))
                case "j": return mk(DNameType("unsigned _Accum"))
                case "l": return mk(DNameType("long _Accum"))
                case "m": return mk(DNameType("unsigned long _Accum"))
                default: return nil
                }
            case "R":
                let c = look(2)
                first += 3
                switch c {
                case "s": return mk(DNameType("short _Fract"))
                case "t": return mk(DNameType("unsigned short _Fract"))
                case "i": return mk(DNameType("_Fract"))
                case "j": return mk(DNameType("unsigned _Fract"))
                case "l": return mk(DNameType("long _Fract"))
                case "m": return mk(DNameType("unsigned long _Fract"))
                default: return nil
                }
            case "S":
                first += 2
                if look() != "D" { return nil }
                if look(1) == "A" {
                    let c = look(2)
                    first += 3
                    switch c {
                    case "s": return mk(DNameType("_Sat short _Accum"))
                    case "t": return mk(DNameType("_Sat unsigned short _Accum"))
                    case "i": return mk(DNameType("_Sat _Accum"))
                    case "j": return mk(DNameType("_Sat unsigned _Accum"))
                    case "l": return mk(DNameType("_Sat long _Accum"))
                    case "m": return mk(DNameType("_Sat unsigned long _Accum"))
                    default: return nil
                    }
                }
                if look(1) == "R" {
                    let c = look(2)
                    first += 3
                    switch c {
                    case "s": return mk(DNameType("_Sat short _Fract"))
                    case "t": return mk(DNameType("_Sat unsigned short _Fract"))
                    case "i": return mk(DNameType("_Sat _Fract"))
                    case "j": return mk(DNameType("_Sat unsigned _Fract"))
                    case "l": return mk(DNameType("_Sat long _Fract"))
                    case "m": return mk(DNameType("_Sat unsigned long _Fract"))
                    default: return nil
                    }
                }
                return nil
            case "B", "U":
                // ::= DB <number> _ | DB <expression> _ | DU <number> _ | DU <expression> _
                let signed = look(1) == "B"
                first += 2
                let size: DNode? = isDigit(look()) ? mk(DNameType(parseNumber())) : parseExpr()
                guard let sz = size, consumeIf("_") else { return nil }
                return mk(DBitIntType(sz, signed))
            case "i": first += 2; return mk(DNameType("char32_t"))
            case "s": first += 2; return mk(DNameType("char16_t"))
            case "u": first += 2; return mk(DNameType("char8_t"))
            case "a": first += 2; return mk(DNameType("auto"))
            case "c": first += 2; return mk(DNameType("decltype(auto)"))
            case "k", "K":
                // ::= Dk <type-constraint> | DK <type-constraint>
                let kind = look(1) == "k" ? " auto" : " decltype(auto)"
                first += 2
                guard let constraint = parseName() else { return nil }
                return mk(DPostfixQualifiedType(constraint, lit(kind)))
            case "n": first += 2; return mk(DNameType("std::nullptr_t"))
            case "t", "T":
                result = parseDecltype()
            case "v":
                result = parseVectorType()
            case "p":
                // ::= Dp <type>       # pack expansion (C++0x)
                first += 2
                guard let child = parseType() else { return nil }
                result = mk(DParameterPackExpansion(child))
            case "o", "O", "w", "x":
                // Exception specifier / transaction-safe function type.
                result = parseFunctionType()
            default:
                break
            }
        case "F":
            result = parseFunctionType()
        case "A":
            result = parseArrayType()
        case "M":
            result = parsePointerToMemberType()
        case "T":
            // This could be an elaborated type specifier on a <class-enum-type>.
            let c1 = look(1)
            if c1 == "s" || c1 == "u" || c1 == "e" {
                result = parseClassEnumType()
                break
            }
            guard var r = parseTemplateParam() else { return nil }
            // <template-template-param> <template-args>, if permitted.
            if tryToParseTemplateArgs && look() == "I" {
                subs.append(r)
                guard let ta = parseTemplateArgs() else { return nil }
                r = mk(DNameWithTemplateArgs(r, ta))
            }
            result = r
        case "P":
            first += 1
            guard let ptr = parseType() else { return nil }
            result = mk(DPointerType(ptr))
        case "R":
            first += 1
            guard let ref = parseType() else { return nil }
            result = mk(DReferenceType(ref, .lvalue))
        case "O":
            first += 1
            guard let ref = parseType() else { return nil }
            result = mk(DReferenceType(ref, .rvalue))
        case "C":
            first += 1
            guard let p = parseType() else { return nil }
            result = mk(DPostfixQualifiedType(p, lit(" complex")))
        case "G":
            first += 1
            guard let p = parseType() else { return nil }
            result = mk(DPostfixQualifiedType(p, lit(" imaginary")))
        case "S":
            if look(1) != "t" {
                var isSubst = false
                guard var r = parseUnscopedName(nil, &isSubst) else { return nil }
                // <substitution> or <template-template-param> <template-args>.
                if look() == "I" && (!isSubst || tryToParseTemplateArgs) {
                    if !isSubst { subs.append(r) }
                    guard let ta = parseTemplateArgs() else { return nil }
                    r = mk(DNameWithTemplateArgs(r, ta))
                } else if isSubst {
                    // A bare substitution is not re-inserted.
                    return r
                }
                result = r
            } else {
                result = parseClassEnumType()
            }
        default:
            result = parseClassEnumType()
        }

        // Builtin types and substitutions have already returned.
        if let r = result { subs.append(r) }
        return result
    }

    // MARK: Expressions

    func parsePrefixExpr(_ kind: DBytes, _ prec: DPrec) -> DNode? {
        guard let e = parseExpr() else { return nil }
        return mk(DPrefixExpr(kind, e, prec))
    }

    func parseBinaryExpr(_ kind: DBytes, _ prec: DPrec) -> DNode? {
        guard let lhs = parseExpr(), let rhs = parseExpr() else { return nil }
        return mk(DBinaryExpr(lhs, kind, rhs, prec))
    }

    func parseIntegerLiteral(_ lit: StaticString) -> DNode? {
        let tmp = parseNumber(allowNegative: true)
        if !tmp.isEmpty && consumeIf("E") { return mk(DIntegerLiteral(lit, tmp)) }
        return nil
    }

    /// <function-param> ::= fpT | fp <CV> [<number>] _ | fL <number> p <CV> [<number>] _
    func parseFunctionParam() -> DNode? {
        if consumeIf("fpT") { return mk(DNameType("this")) }
        if consumeIf("fp") {
            _ = parseCVQualifiers()
            let num = parseNumber()
            if !consumeIf("_") { return nil }
            return mk(DFunctionParam(num))
        }
        if consumeIf("fL") {
            if parseNumber().isEmpty { return nil }
            if !consumeIf("p") { return nil }
            _ = parseCVQualifiers()
            let num = parseNumber()
            if !consumeIf("_") { return nil }
            return mk(DFunctionParam(num))
        }
        return nil
    }

    /// <expr-primary> ::= L <type> <value> E | L <mangled-name> E | …
    func parseExprPrimary() -> DNode? {
        if !consumeIf("L") { return nil }
        switch look() {
        case "w": first += 1; return parseIntegerLiteral("wchar_t")
        case "b":
            if consumeIf("b0E") { return mk(DBoolExpr(false)) }
            if consumeIf("b1E") { return mk(DBoolExpr(true)) }
            return nil
        case "c": first += 1; return parseIntegerLiteral("char")
        case "a": first += 1; return parseIntegerLiteral("signed char")
        case "h": first += 1; return parseIntegerLiteral("unsigned char")
        case "s": first += 1; return parseIntegerLiteral("short")
        case "t": first += 1; return parseIntegerLiteral("unsigned short")
        case "i": first += 1; return parseIntegerLiteral("")
        case "j": first += 1; return parseIntegerLiteral("u")
        case "l": first += 1; return parseIntegerLiteral("l")
        case "m": first += 1; return parseIntegerLiteral("ul")
        case "x": first += 1; return parseIntegerLiteral("ll")
        case "y": first += 1; return parseIntegerLiteral("ull")
        case "n": first += 1; return parseIntegerLiteral("__int128")
        case "o": first += 1; return parseIntegerLiteral("unsigned __int128")
        case "f": first += 1; return parseFloatingLiteral(.float)
        case "d": first += 1; return parseFloatingLiteral(.double)
        case "e": first += 1; return parseFloatingLiteral(.longDouble)
        case "_":
            if consumeIf("_Z") {
                if let r = parseEncoding(), consumeIf("E") { return r }
            }
            return nil
        case "A":
            guard let t = parseType() else { return nil }
            if consumeIf("E") { return mk(DStringLiteral(t)) }
            return nil
        case "D":
            if consumeIf("Dn") {
                _ = consumeIf("0")
                if consumeIf("E") { return mk(DNameType("nullptr")) }
            }
            return nil
        case "T":
            // Invalid mangled name per the ABI discussion.
            return nil
        case "U":
            if look(1) != "l" { return nil }
            guard let t = parseUnnamedTypeName(nil), consumeIf("E") else { return nil }
            return mk(DLambdaExpr(t))
        default:
            // Might be a named type.
            guard let t = parseType() else { return nil }
            let n = parseNumber(allowNegative: true)
            if n.isEmpty { return nil }
            if !consumeIf("E") { return nil }
            return mk(DEnumLiteral(t, n))
        }
    }

    func parseFloatingLiteral(_ kind: DFloatKind) -> DNode? {
        let n = mangledSize(kind)
        if numLeft <= n { return nil }
        let data = bytes(first, first + n)
        for c in data {
            let isHex = (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) ||
                (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f"))
            if !isHex { return nil }
        }
        first += n
        if !consumeIf("E") { return nil }
        return mk(DFloatLiteral(kind, data))
    }

    /// <braced-expression> ::= <expression> | di <field source-name> <braced-expression>
    ///                     ::= dx <index expression> <braced-expression>
    ///                     ::= dX <range begin expression> <range end expression> <braced-expression>
    func parseBracedExpr() -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        if look() == "d" {
            switch look(1) {
            case "i":
                first += 2
                guard let field = parseSourceName(nil), let initializer = parseBracedExpr() else { return nil }
                return mk(DBracedExpr(field, initializer, false))
            case "x":
                first += 2
                guard let index = parseExpr(), let initializer = parseBracedExpr() else { return nil }
                return mk(DBracedExpr(index, initializer, true))
            case "X":
                first += 2
                guard let rangeBegin = parseExpr(), let rangeEnd = parseExpr(),
                      let initializer = parseBracedExpr() else { return nil }
                return mk(DBracedRangeExpr(rangeBegin, rangeEnd, initializer))
            default:
                break
            }
        }
        return parseExpr()
    }

    /// <fold-expr> ::= fL <binary-operator-name> <expression> <expression>
    ///             ::= fR … | fl <binary-operator-name> <expression> | fr …
    func parseFoldExpr() -> DNode? {
        if !consumeIf("f") { return nil }
        var isLeftFold = false, hasInitializer = false
        switch look() {
        case "L":
            isLeftFold = true
            hasInitializer = true
        case "R":
            hasInitializer = true
        case "l":
            isLeftFold = true
        case "r":
            break
        default:
            return nil
        }
        first += 1

        guard let op = parseOperatorEncoding() else { return nil }
        if !(op.kind == .binary || (op.kind == .member && op.name.last == UInt8(ascii: "*"))) { return nil }

        guard var pack = parseExpr() else { return nil }
        var initializer: DNode? = nil
        if hasInitializer {
            guard let i = parseExpr() else { return nil }
            initializer = i
        }
        if isLeftFold, let i = initializer {
            initializer = pack
            pack = i
        }
        return mk(DFoldExpr(isLeftFold, op.symbol, pack, initializer))
    }

    /// <expression> ::= mc <parameter type> <expr> [<offset number>] E
    func parsePointerToMemberConversionExpr(_ prec: DPrec) -> DNode? {
        guard let ty = parseType(), let expr = parseExpr() else { return nil }
        let offset = parseNumber(allowNegative: true)
        if !consumeIf("E") { return nil }
        return mk(DPointerToMemberConversionExpr(ty, expr, offset, prec))
    }

    /// <expression> ::= so <referent type> <expr> [<offset number>] <union-selector>* [p] E
    func parseSubobjectExpr() -> DNode? {
        guard let ty = parseType(), let expr = parseExpr() else { return nil }
        let offset = parseNumber(allowNegative: true)
        let selectorsBegin = names.count
        while consumeIf("_") {
            names.append(mk(DNameType(parseNumber())))
        }
        let onePastTheEnd = consumeIf("p")
        if !consumeIf("E") { return nil }
        return mk(DSubobjectExpr(ty, expr, offset, popTrailingNodeArray(selectorsBegin), onePastTheEnd))
    }

    func parseConstraintExpr() -> DNode? {
        // Within this expression, all enclosing template parameter lists are
        // in scope.
        let saved = hasIncompleteTemplateParameterTracking
        hasIncompleteTemplateParameterTracking = true
        defer { hasIncompleteTemplateParameterTracking = saved }
        return parseExpr()
    }

    func parseRequiresExpr() -> DNode? {
        var params: [DNode] = []
        if consumeIf("rQ") {
            // <expression> ::= rQ <bare-function-type> _ <requirement>+ E
            let paramsBegin = names.count
            while !consumeIf("_") {
                guard let type = parseType() else { return nil }
                names.append(type)
            }
            params = popTrailingNodeArray(paramsBegin)
        } else if !consumeIf("rq") {
            // <expression> ::= rq <requirement>+ E
            return nil
        }

        let reqsBegin = names.count
        repeat {
            var constraint: DNode? = nil
            if consumeIf("X") {
                // <requirement> ::= X <expression> [N] [R <type-constraint>]
                guard let expr = parseExpr() else { return nil }
                let isNoexcept = consumeIf("N")
                var typeReq: DNode? = nil
                if consumeIf("R") {
                    typeReq = parseName()
                    if typeReq == nil { return nil }
                }
                constraint = mk(DExprRequirement(expr, isNoexcept, typeReq))
            } else if consumeIf("T") {
                // <requirement> ::= T <type>
                guard let type = parseType() else { return nil }
                constraint = mk(DTypeRequirement(type))
            } else if consumeIf("Q") {
                // <requirement> ::= Q <constraint-expression>
                guard let nested = parseExpr() else { return nil }
                constraint = mk(DNestedRequirement(nested))
            }
            guard let c = constraint else { return nil }
            names.append(c)
        } while !consumeIf("E")

        return mk(DRequiresExpr(params, popTrailingNodeArray(reqsBegin)))
    }

    /// <expression> production.
    func parseExpr() -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        let global = consumeIf("gs")

        if let op = parseOperatorEncoding() {
            let sym = op.symbol
            switch op.kind {
            case .binary:
                return parseBinaryExpr(sym, op.prec)
            case .prefix:
                return parsePrefixExpr(sym, op.prec)
            case .postfix:
                if consumeIf("_") { return parsePrefixExpr(sym, op.prec) }
                guard let ex = parseExpr() else { return nil }
                return mk(DPostfixExpr(ex, sym, op.prec))
            case .array:
                guard let base = parseExpr(), let index = parseExpr() else { return nil }
                return mk(DArraySubscriptExpr(base, index, op.prec))
            case .member:
                guard let lhs = parseExpr(), let rhs = parseExpr() else { return nil }
                return mk(DMemberExpr(lhs, sym, rhs, op.prec))
            case .new:
                // [gs] nw <expression>* _ <type> [pi <expression>*] E
                let exprs = names.count
                while !consumeIf("_") {
                    guard let ex = parseExpr() else { return nil }
                    names.append(ex)
                }
                let exprList = popTrailingNodeArray(exprs)
                guard let ty = parseType() else { return nil }
                let haveInits = consumeIf("pi")
                let initsBegin = names.count
                while !consumeIf("E") {
                    if !haveInits { return nil }
                    guard let i = parseExpr() else { return nil }
                    names.append(i)
                }
                let inits = popTrailingNodeArray(initsBegin)
                return mk(DNewExpr(exprList, ty, inits, global, op.flag, op.prec))
            case .del:
                guard let ex = parseExpr() else { return nil }
                return mk(DDeleteExpr(ex, global, op.flag, op.prec))
            case .call:
                guard let callee = parseExpr() else { return nil }
                let exprsBegin = names.count
                while !consumeIf("E") {
                    guard let e = parseExpr() else { return nil }
                    names.append(e)
                }
                return mk(DCallExpr(callee, popTrailingNodeArray(exprsBegin), op.flag, op.prec))
            case .cCast:
                // C Cast: (type)expr
                let savedTry = tryToParseTemplateArgs
                tryToParseTemplateArgs = false
                let parsedTy = parseType()
                tryToParseTemplateArgs = savedTry
                guard let ty = parsedTy else { return nil }

                let exprsBegin = names.count
                let isMany = consumeIf("_")
                while !consumeIf("E") {
                    guard let e = parseExpr() else { return nil }
                    names.append(e)
                    if !isMany { break }
                }
                let exprs = popTrailingNodeArray(exprsBegin)
                if !isMany && exprs.count != 1 { return nil }
                return mk(DConversionExpr(ty, exprs, op.prec))
            case .conditional:
                guard let cond = parseExpr(), let lhs = parseExpr(), let rhs = parseExpr() else { return nil }
                return mk(DConditionalExpr(cond, lhs, rhs, op.prec))
            case .namedCast:
                guard let ty = parseType(), let ex = parseExpr() else { return nil }
                return mk(DCastExpr(sym, ty, ex, op.prec))
            case .ofIdOp:
                // [sizeof/alignof/typeid] ( <type>|<expr> )
                guard let arg = op.flag ? parseType() : parseExpr() else { return nil }
                return mk(DEnclosingExpr(sym, arg, op.prec))
            case .nameOnly:
                // Not valid as an expression operand.
                return nil
            }
        }

        if numLeft < 2 { return nil }

        if look() == "L" { return parseExprPrimary() }
        if look() == "T" { return parseTemplateParam() }
        if look() == "f" {
            // Disambiguate a fold expression from a <function-param>.
            if look(1) == "p" || (look(1) == "L" && isDigit(look(2))) { return parseFunctionParam() }
            return parseFoldExpr()
        }
        if consumeIf("il") {
            let initsBegin = names.count
            while !consumeIf("E") {
                guard let e = parseBracedExpr() else { return nil }
                names.append(e)
            }
            return mk(DInitListExpr(nil, popTrailingNodeArray(initsBegin)))
        }
        if consumeIf("mc") { return parsePointerToMemberConversionExpr(.unary) }
        if consumeIf("nx") {
            guard let ex = parseExpr() else { return nil }
            return mk(DEnclosingExpr("noexcept ", ex, .unary))
        }
        if look() == "r" && (look(1) == "q" || look(1) == "Q") { return parseRequiresExpr() }
        if consumeIf("so") { return parseSubobjectExpr() }
        if consumeIf("sp") {
            guard let child = parseExpr() else { return nil }
            return mk(DParameterPackExpansion(child))
        }
        if consumeIf("sZ") {
            if look() == "T" {
                guard let r = parseTemplateParam() else { return nil }
                return mk(DSizeofParamPackExpr(r))
            }
            guard let fp = parseFunctionParam() else { return nil }
            return mk(DEnclosingExpr("sizeof... ", fp))
        }
        if consumeIf("sP") {
            let argsBegin = names.count
            while !consumeIf("E") {
                guard let arg = parseTemplateArg() else { return nil }
                names.append(arg)
            }
            let pack = mk(DNodeArrayNode(popTrailingNodeArray(argsBegin)))
            return mk(DEnclosingExpr("sizeof... ", pack))
        }
        if consumeIf("tl") {
            guard let ty = parseType() else { return nil }
            let initsBegin = names.count
            while !consumeIf("E") {
                guard let e = parseBracedExpr() else { return nil }
                names.append(e)
            }
            return mk(DInitListExpr(ty, popTrailingNodeArray(initsBegin)))
        }
        if consumeIf("tr") { return mk(DNameType("throw")) }
        if consumeIf("tw") {
            guard let ex = parseExpr() else { return nil }
            return mk(DThrowExpr(ex))
        }
        if consumeIf("u") {
            guard let name = parseSourceName(nil) else { return nil }
            // Special case legacy __uuidof mangling.
            var isUUID = false
            var uuid: DNode? = nil
            if name.baseName.elementsEqual("__uuidof".utf8) {
                if consumeIf("t") {
                    uuid = parseType()
                    isUUID = true
                } else if consumeIf("z") {
                    uuid = parseExpr()
                    isUUID = true
                }
            }
            let exprsBegin = names.count
            if isUUID {
                guard let u = uuid else { return nil }
                names.append(u)
            } else {
                while !consumeIf("E") {
                    guard let e = parseTemplateArg() else { return nil }
                    names.append(e)
                }
            }
            return mk(DCallExpr(name, popTrailingNodeArray(exprsBegin), false, .postfix))
        }

        // Only unresolved names remain.
        return parseUnresolvedName(global)
    }

    // MARK: Encodings and special names

    /// <call-offset> ::= h <nv-offset> _ | v <v-offset> _ ; returns true on error.
    func parseCallOffset() -> Bool {
        if consumeIf("h") {
            return parseNumber(allowNegative: true).isEmpty || !consumeIf("_")
        }
        if consumeIf("v") {
            return parseNumber(allowNegative: true).isEmpty || !consumeIf("_") ||
                parseNumber(allowNegative: true).isEmpty || !consumeIf("_")
        }
        return true
    }

    /// <special-name> ::= TV <type> | TT <type> | TI <type> | TS <type>
    ///                ::= Tc <call-offset> <call-offset> <base encoding>
    ///                ::= T <call-offset> <base encoding>
    ///                ::= GV <object name> | TW <object name> | TH <object name>
    ///                ::= GR <object name> [<seq-id>] _ | TC <type> <number> _ <type>
    ///                ::= GI <module name> | TA <template-arg>
    func parseSpecialName() -> DNode? {
        switch look() {
        case "T":
            switch look(1) {
            case "A":
                first += 2
                guard let arg = parseTemplateArg() else { return nil }
                return mk(DSpecialName("template parameter object for ", arg))
            case "V":
                first += 2
                guard let ty = parseType() else { return nil }
                return mk(DSpecialName("vtable for ", ty))
            case "T":
                first += 2
                guard let ty = parseType() else { return nil }
                return mk(DSpecialName("VTT for ", ty))
            case "I":
                first += 2
                guard let ty = parseType() else { return nil }
                return mk(DSpecialName("typeinfo for ", ty))
            case "S":
                first += 2
                guard let ty = parseType() else { return nil }
                return mk(DSpecialName("typeinfo name for ", ty))
            case "c":
                first += 2
                if parseCallOffset() || parseCallOffset() { return nil }
                guard let encoding = parseEncoding() else { return nil }
                return mk(DSpecialName("covariant return thunk to ", encoding))
            case "C":
                first += 2
                guard let firstType = parseType() else { return nil }
                if parseNumber(allowNegative: true).isEmpty || !consumeIf("_") { return nil }
                guard let secondType = parseType() else { return nil }
                return mk(DCtorVtableSpecialName(secondType, firstType))
            case "W":
                first += 2
                guard let name = parseName() else { return nil }
                return mk(DSpecialName("thread-local wrapper routine for ", name))
            case "H":
                first += 2
                guard let name = parseName() else { return nil }
                return mk(DSpecialName("thread-local initialization routine for ", name))
            default:
                first += 1
                let isVirt = look() == "v"
                if parseCallOffset() { return nil }
                guard let baseEncoding = parseEncoding() else { return nil }
                return mk(DSpecialName(isVirt ? "virtual thunk to " : "non-virtual thunk to ", baseEncoding))
            }
        case "G":
            switch look(1) {
            case "V":
                first += 2
                guard let name = parseName() else { return nil }
                return mk(DSpecialName("guard variable for ", name))
            case "R":
                first += 2
                guard let name = parseName() else { return nil }
                let parsedSeqId = parseSeqId() != nil
                if !consumeIf("_") && parsedSeqId { return nil }
                return mk(DSpecialName("reference temporary for ", name))
            case "I":
                first += 2
                var module: DModuleName? = nil
                if parseModuleNameOpt(&module) { return nil }
                guard let m = module else { return nil }
                return mk(DSpecialName("initializer for module ", m))
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// <encoding> ::= <function name> <bare-function-type> [Q <requires-clause expr>]
    ///            ::= <data name> | <special-name>
    func parseEncoding() -> DNode? {
        guard enter() else { return nil }
        defer { leave() }

        // The template parameters of an encoding are unrelated to those of the
        // enclosing context.
        let savedParams = templateParams
        let savedOuter = outerTemplateParams.items
        templateParams.removeAll()
        outerTemplateParams.items.removeAll()
        defer {
            templateParams = savedParams
            outerTemplateParams.items = savedOuter
        }

        if look() == "G" || look() == "T" { return parseSpecialName() }

        func isEndOfEncoding() -> Bool {
            // Characters that can follow an <encoding> (none can start a <type>).
            let c = look()
            return numLeft == 0 || c == "E" || c == "." || c == "_"
        }

        let nameInfo = DNameState(forwardTemplateRefs.count)
        guard let name = parseName(nameInfo) else { return nil }

        if resolveForwardTemplateRefs(nameInfo) { return nil }

        if isEndOfEncoding() { return name }

        var attrs: DNode? = nil
        if consumeIf("Ua9enable_ifI") {
            let beforeArgs = names.count
            while !consumeIf("E") {
                guard let arg = parseTemplateArg() else { return nil }
                names.append(arg)
            }
            attrs = mk(DEnableIfAttr(popTrailingNodeArray(beforeArgs)))
        }

        var returnType: DNode? = nil
        if !nameInfo.ctorDtorConversion && nameInfo.endsWithTemplateArgs {
            returnType = parseType()
            if returnType == nil { return nil }
        }

        var params: [DNode] = []
        if !consumeIf("v") {
            let paramsBegin = names.count
            repeat {
                guard var ty = parseType() else { return nil }
                let isFirstParam = paramsBegin == names.count
                if nameInfo.hasExplicitObjectParameter && isFirstParam {
                    ty = mk(DExplicitObjectParameter(ty))
                }
                names.append(ty)
            } while !isEndOfEncoding() && look() != "Q"
            params = popTrailingNodeArray(paramsBegin)
        }

        var requires: DNode? = nil
        if consumeIf("Q") {
            requires = parseConstraintExpr()
            if requires == nil { return nil }
        }

        return mk(DFunctionEncoding(returnType, name, params, attrs, requires,
                                 nameInfo.cvQualifiers, nameInfo.referenceQualifier))
    }

    // MARK: Substitutions and template parameters

    /// <seq-id> ::= <0-9A-Z>+  (nil when there is none)
    func parseSeqId() -> UInt64? {
        let c = look()
        if !(c >= "0" && c <= "9") && !(c >= "A" && c <= "Z") { return nil }
        var id: UInt64 = 0
        while true {
            let c = look()
            if c >= "0" && c <= "9" {
                id = id &* 36 &+ UInt64(c.value - 48)
            } else if c >= "A" && c <= "Z" {
                id = id &* 36 &+ UInt64(c.value - 65 + 10)
            } else {
                return id
            }
            first += 1
        }
    }

    /// <substitution> ::= S <seq-id> _ | S_ | Sa | Sb | Ss | Si | So | Sd
    func parseSubstitution() -> DNode? {
        if !consumeIf("S") { return nil }

        let c = look()
        if c >= "a" && c <= "z" {
            let kind: DSpecialSubKind
            switch c {
            case "a": kind = .allocator
            case "b": kind = .basicString
            case "d": kind = .iostream
            case "i": kind = .istream
            case "o": kind = .ostream
            case "s": kind = .string
            default: return nil
            }
            first += 1
            let specialSub = mk(DSpecialSubstitution(kind))
            // If a name that would use a built-in <substitution> has ABI tags,
            // the tags are appended and the result is substitutable.
            guard let withTags = parseAbiTags(specialSub) else { return nil }
            if withTags !== specialSub {
                subs.append(withTags)
                return withTags
            }
            return specialSub
        }

        // ::= S_
        if consumeIf("_") {
            return subs.first
        }

        // ::= S <seq-id> _
        guard let seq = parseSeqId() else { return nil }
        let index = seq &+ 1
        if !consumeIf("_") || index >= UInt64(subs.count) { return nil }
        return subs[Int(index)]
    }

    /// <template-param> ::= T_ | T <number> _ | TL <level-1> __ | TL <level-1> _ <number> _
    func parseTemplateParam() -> DNode? {
        let begin = first
        if !consumeIf("T") { return nil }

        var level: UInt64 = 0
        if consumeIf("L") {
            guard let l = parsePositiveInteger() else { return nil }
            level = l &+ 1
            if !consumeIf("_") { return nil }
        }

        var index: UInt64 = 0
        if !consumeIf("_") {
            guard let i = parsePositiveInteger() else { return nil }
            index = i &+ 1
            if !consumeIf("_") { return nil }
        }

        // Within a constraint expression, print the parameter numbering.
        if hasIncompleteTemplateParameterTracking {
            return mk(DNameType(bytes(begin, first - 1)))
        }

        // Conversion operator types may refer ahead to the template arguments.
        if permitForwardTemplateReferences && level == 0 {
            let ref = mk(DForwardTemplateReference(index))
            forwardTemplateRefs.append(ref)
            allForwardTemplateRefs.append(ref)
            return ref
        }

        let tpCount = UInt64(templateParams.count)
        if level < tpCount, let list = templateParams[Int(level)], index < UInt64(list.items.count) {
            return list.items[Int(index)]
        }
        // In a generic lambda, uses of auto in the parameter list are mangled
        // as the corresponding artificial template type parameter.
        if parsingLambdaParamsAtLevel == level && level <= tpCount {
            if level == tpCount { templateParams.append(nil) }
            return mk(DNameType("auto"))
        }
        return nil
    }

    /// <template-param-decl> ::= Ty | Tk <concept name> [<template-args>] | Tn <type>
    ///                       ::= Tt <template-param-decl>* E | Tp <template-param-decl>
    func parseTemplateParamDecl(_ params: DTemplateParamList?) -> DNode? {
        guard enter() else { return nil }
        defer { leave() }

        func inventTemplateParamName(_ kind: DTemplateParamKind) -> DNode {
            let index = numSyntheticTemplateParameters[kind.rawValue]
            numSyntheticTemplateParameters[kind.rawValue] = index &+ 1
            let n = mk(DSyntheticTemplateParamName(kind, index))
            params?.items.append(n)
            return n
        }

        if consumeIf("Ty") {
            return mk(DTypeTemplateParamDecl(inventTemplateParamName(.type)))
        }
        if consumeIf("Tk") {
            let saved = hasIncompleteTemplateParameterTracking
            hasIncompleteTemplateParameterTracking = true
            defer { hasIncompleteTemplateParameterTracking = saved }
            guard let constraint = parseName() else { return nil }
            let name = inventTemplateParamName(.type)
            return mk(DConstrainedTypeTemplateParamDecl(constraint, name))
        }
        if consumeIf("Tn") {
            let name = inventTemplateParamName(.nonType)
            guard let type = parseType() else { return nil }
            return mk(DNonTypeTemplateParamDecl(name, type))
        }
        if consumeIf("Tt") {
            let name = inventTemplateParamName(.template)
            let paramsBegin = names.count
            let oldCount = templateParams.count
            let inner = DTemplateParamList()
            templateParams.append(inner)
            defer { shrinkTemplateParams(oldCount) }
            var requires: DNode? = nil
            while !consumeIf("E") {
                guard let p = parseTemplateParamDecl(inner) else { return nil }
                names.append(p)
                if consumeIf("Q") {
                    requires = parseConstraintExpr()
                    if requires == nil || !consumeIf("E") { return nil }
                    break
                }
            }
            let innerParams = popTrailingNodeArray(paramsBegin)
            return mk(DTemplateTemplateParamDecl(name, innerParams, requires))
        }
        if consumeIf("Tp") {
            guard let p = parseTemplateParamDecl(params) else { return nil }
            return mk(DTemplateParamPackDecl(p))
        }
        return nil
    }

    /// <template-arg> ::= <type> | X <expression> E | <expr-primary>
    ///                ::= J <template-arg>* E | LZ <encoding> E
    ///                ::= <template-param-decl> <template-arg>
    func parseTemplateArg() -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        switch look() {
        case "X":
            first += 1
            guard let arg = parseExpr(), consumeIf("E") else { return nil }
            return arg
        case "J":
            first += 1
            let argsBegin = names.count
            while !consumeIf("E") {
                guard let arg = parseTemplateArg() else { return nil }
                names.append(arg)
            }
            return mk(DTemplateArgumentPack(popTrailingNodeArray(argsBegin)))
        case "L":
            if look(1) == "Z" {
                first += 2
                guard let arg = parseEncoding(), consumeIf("E") else { return nil }
                return arg
            }
            return parseExprPrimary()
        case "T":
            // Either <template-param> or a <template-param-decl> <template-arg>.
            if !isTemplateParamDecl() { return parseType() }
            guard let param = parseTemplateParamDecl(nil), let arg = parseTemplateArg() else { return nil }
            return mk(DTemplateParamQualifiedArg(param, arg))
        default:
            return parseType()
        }
    }

    /// <template-args> ::= I <template-arg>* [Q <requires-clause expr>] E
    func parseTemplateArgs(_ tagTemplates: Bool = false) -> DNode? {
        guard enter() else { return nil }
        defer { leave() }
        if !consumeIf("I") { return nil }

        // <template-params> refer to the innermost <template-args>.
        if tagTemplates {
            templateParams.removeAll()
            templateParams.append(outerTemplateParams)
            outerTemplateParams.items.removeAll()
        }

        let argsBegin = names.count
        var requires: DNode? = nil
        while !consumeIf("E") {
            guard let arg = parseTemplateArg() else { return nil }
            names.append(arg)
            if tagTemplates {
                var tableEntry = arg
                if let q = arg as? DTemplateParamQualifiedArg { tableEntry = q.arg }
                if let pack = arg as? DTemplateArgumentPack { tableEntry = mk(DParameterPack(pack.elements)) }
                outerTemplateParams.items.append(tableEntry)
            }
            if consumeIf("Q") {
                requires = parseConstraintExpr()
                if requires == nil || !consumeIf("E") { return nil }
                break
            }
        }
        return mk(DTemplateArgs(popTrailingNodeArray(argsBegin), requires))
    }
}
