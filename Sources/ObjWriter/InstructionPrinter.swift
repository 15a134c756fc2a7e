/// Renders instructions in the text format exactly as `wasm-tools print` lays out a function
/// body without a name section: one instruction a line, indented two spaces per nesting
/// level, block labels annotated (`block ;; label = @1`, `br_if 0 (;@1;)`), floats as hex
/// with their decimal value in a comment, and the function's closing `end` left out.
public struct InstructionPrinter {
    /// The module's types, used to expand `(type N)` block types into their params and results.
    public var types: [FunctionType]
    /// The text of one nesting level.
    public var indent: String

    public init(types: [FunctionType] = [], indent: String = "  ") {
        self.types = types
        self.indent = indent
    }

    /// The lines of a function body (the output of `InstructionDecoder.decode`), at nesting 0.
    public func lines(_ instructions: [Instruction]) -> [String] {
        var state = State()
        var lines: [String] = []
        lines.reserveCapacity(instructions.count)
        for (i, instruction) in instructions.enumerated() {
            // Like wasmprinter, stop at an `end` that is the last instruction.
            if i == instructions.count - 1 && instruction.opcode == .end { break }
            let (nesting, text) = render(instruction, &state)
            lines.append(String(repeating: indent, count: max(nesting, 0)) + text)
        }
        return lines
    }

    /// The whole body as one string, a line each.
    public func text(_ instructions: [Instruction]) -> String {
        lines(instructions).joined(separator: "\n")
    }

    /// One instruction on its own, as if at the top of a function body.
    public func text(of instruction: Instruction) -> String {
        var state = State()
        return render(instruction, &state).text
    }

    // MARK: - Rendering

    private struct State {
        /// Nesting below the function body; `block` etc. open one level.
        var depth = 0
    }

    /// Returns the nesting at which the line is printed and its text.
    private func render(_ instruction: Instruction, _ state: inout State) -> (nesting: Int, text: String) {
        let op = instruction.opcode
        guard let info = op.info else { return (state.depth, op.name) }
        var out = info.name
        var lineNesting = state.depth

        // Structure, as wasmprinter's block_start / block_mid / block_end.
        if op.rawPrefix == 0 {
            switch op.code {
            case 0x02, 0x03, 0x04, 0x06, 0x1F:  // block loop if try try_table
                lineNesting = state.depth
                state.depth += 1
            case 0x05, 0x07, 0x19:  // else catch catch_all
                lineNesting = state.depth - 1
            case 0x0B, 0x18:  // end delegate
                if state.depth > 0 { state.depth -= 1 }
                lineNesting = state.depth
            default:
                break
            }
        }

        switch (instruction.immediates, info.immediates) {
        case (.none, _):
            break
        case (.blockType(let t), _):
            out += blockTypeText(t)
            out += " ;; label = @\(state.depth)"
        case (.index(let index), .label):
            out += " " + depthText(index, state.depth)
        case (.index(let index), .memory):
            if index != 0 { out += " \(index)" }
        case (.index(let index), _):
            out += " \(index)"
        case (.indexPair(let type, let table), .callIndirect):
            if table != 0 { out += " \(table)" }
            out += " (type \(type))"
        case (.indexPair(let segment, let target), .memoryInit), (.indexPair(let segment, let target), .tableInit):
            if target != 0 { out += " \(target)" }
            out += " \(segment)"
        case (.indexPair(let dst, let src), _):
            if dst != 0 || src != 0 { out += " \(dst) \(src)" }
        case (.brTable(let table), _):
            for target in table.targets { out += " " + depthText(target, state.depth) }
            out += " " + depthText(table.defaultTarget, state.depth)
        case (.memarg(let m), .memarg(let natural)):
            out += memargText(m, natural)
        case (.memargLane(let m, let lane), .memargLane(let natural, _)):
            out += memargText(m, natural) + " \(lane)"
        case (.memarg(let m), _), (.memargLane(let m, _), _):
            out += memargText(m, 0xff)
        case (.i32(let v), _):
            out += " \(v)"
        case (.i64(let v), _):
            out += " \(v)"
        case (.f32(let bits), _):
            out += " " + FloatText.f32(bits)
        case (.f64(let bits), _):
            out += " " + FloatText.f64(bits)
        case (.v128(let v), _):
            out += " i32x4"
            for word in [v.low & 0xffff_ffff, v.low >> 32, v.high & 0xffff_ffff, v.high >> 32] {
                out += " 0x" + hex(word, digits: 8)
            }
        case (.lane(let lane), _):
            out += " \(lane)"
        case (.shuffle(let lanes), _):
            for lane in lanes.bytes { out += " \(lane)" }
        case (.selectTypes(let types), _):
            if types.count == 1 {
                out += " (result \(InstructionPrinter.valueTypeText(types[0])))"
            } else {
                out += " (result" + types.map { " " + InstructionPrinter.valueTypeText($0) }.joined() + ")"
            }
        case (.heapType(let h), _):
            out += " " + InstructionPrinter.heapTypeText(h)
        case (.tryTable(let table), _):
            out += blockTypeText(table.blockType)
            // Catch labels are relative to the block enclosing the try_table.
            for clause in table.catches {
                out += " (" + clause.kind.name
                if clause.kind.hasTag { out += " \(clause.tag)" }
                out += " " + depthText(clause.label, state.depth - 1) + ")"
            }
            out += " ;; label = @\(state.depth)"
        }
        return (lineNesting, out)
    }

    /// A branch depth with the label it reaches, as wasmprinter annotates unnamed labels.
    private func depthText(_ depth: UInt32, _ current: Int) -> String {
        let target = current - Int(depth)
        if target < 0 { return "\(depth) (; INVALID ;)" }
        if target == 0 { return "\(depth)" }
        return "\(depth) (;@\(target);)"
    }

    private func blockTypeText(_ t: BlockType) -> String {
        switch t {
        case .empty:
            return ""
        case .value(let v):
            return " (result \(InstructionPrinter.valueTypeText(v)))"
        case .typeIndex(let index):
            var s = " (type \(index))"
            if Int(index) < types.count {
                let type = types[Int(index)]
                if !type.params.isEmpty {
                    s += " (param" + type.params.map { " " + InstructionPrinter.valueTypeText($0) }.joined() + ")"
                }
                if !type.results.isEmpty {
                    s += " (result" + type.results.map { " " + InstructionPrinter.valueTypeText($0) }.joined() + ")"
                }
            }
            return s
        }
    }

    private func memargText(_ m: MemArg, _ natural: UInt8) -> String {
        var s = ""
        if m.memory != 0 { s += " \(m.memory)" }
        if m.offset != 0 { s += " offset=\(m.offset)" }
        if m.align != UInt32(natural) { s += " align=\(UInt64(1) << UInt64(min(m.align, 63)))" }
        return s
    }

    private func hex(_ v: UInt64, digits: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }

    // MARK: - Types

    public static func valueTypeText(_ t: ValueType) -> String {
        switch t {
        case .i32: return "i32"
        case .i64: return "i64"
        case .f32: return "f32"
        case .f64: return "f64"
        case .v128: return "v128"
        case .ref(let r): return refTypeText(r)
        }
    }

    public static func refTypeText(_ r: RefType) -> String {
        if r.nullable, case .abstract(let a) = r.heapType {
            switch a {
            case .func: return "funcref"
            case .extern: return "externref"
            case .i31: return "i31ref"
            case .any: return "anyref"
            case .none: return "nullref"
            case .noextern: return "nullexternref"
            case .nofunc: return "nullfuncref"
            case .eq: return "eqref"
            case .struct: return "structref"
            case .array: return "arrayref"
            case .exn: return "exnref"
            case .noexn: return "nullexnref"
            }
        }
        return r.nullable ? "(ref null \(heapTypeText(r.heapType)))" : "(ref \(heapTypeText(r.heapType)))"
    }

    public static func heapTypeText(_ h: HeapType) -> String {
        switch h {
        case .concrete(let index): return "\(index)"
        case .abstract(let a):
            switch a {
            case .func: return "func"
            case .extern: return "extern"
            case .any: return "any"
            case .none: return "none"
            case .noextern: return "noextern"
            case .nofunc: return "nofunc"
            case .eq: return "eq"
            case .struct: return "struct"
            case .array: return "array"
            case .i31: return "i31"
            case .exn: return "exn"
            case .noexn: return "noexn"
            }
        }
    }
}

/// Float literals as wasmprinter writes them: hex significand and binary exponent, then the
/// value as Rust's `Display` prints it (shortest round-trip digits, never an exponent).
public enum FloatText {
    public static func f32(_ bits: UInt32) -> String {
        format(bits: UInt64(bits), width: 32, exponentBits: 8, decimal: decimal(Float(bitPattern: bits)))
    }

    public static func f64(_ bits: UInt64) -> String {
        format(bits: bits, width: 64, exponentBits: 11, decimal: decimal(Double(bitPattern: bits)))
    }

    private static func format(bits original: UInt64, width: Int, exponentBits: Int, decimal: String) -> String {
        let mantissaBits = width - 1 - exponentBits
        let bias = (1 << (exponentBits - 1)) - 1
        let minExponent = -(1 << (exponentBits - 1)) + 1
        let signBit = UInt64(1) << UInt64(width - 1)
        var out = ""
        var bits = original
        if bits & signBit != 0 {
            bits ^= signBit
            out = "-"
        }
        let mantissaMask = (UInt64(1) << UInt64(mantissaBits)) - 1
        let biased = Int(bits >> UInt64(mantissaBits))
        let allOnes = (1 << exponentBits) - 1
        if biased == allOnes {
            let payload = bits & mantissaMask
            if payload == 0 { return out + "inf (;=\(decimal);)" }
            if payload == UInt64(1) << UInt64(mantissaBits - 1) { return out + "nan (;=NaN;)" }
            return out + "nan:0x" + String(payload, radix: 16) + " (;=NaN;)"
        }
        var exponent = biased - bias
        // The fraction, left-aligned in a `width`-bit word.
        let wordMask: UInt64 = width == 64 ? ~0 : (UInt64(1) << UInt64(width)) - 1
        var fraction = bits & mantissaMask
        out += "0x"
        if bits == 0 {
            out += "0p+0"
        } else {
            out += "1"
            if fraction > 0 {
                fraction = (fraction << UInt64(width - mantissaBits)) & wordMask
                if exponent == minExponent {
                    let leading = leadingZeros(fraction, width: width)
                    if leading < width - 1 {
                        fraction = shiftLeft(fraction, by: leading + 1) & wordMask
                    } else {
                        fraction = 0
                    }
                    exponent -= leading
                }
                out += "."
                while fraction > 0 {
                    out += String(fraction >> UInt64(width - 4), radix: 16)
                    fraction = (fraction << 4) & wordMask
                }
            }
            out += "p" + (exponent >= 0 ? "+" : "") + String(exponent)
        }
        return out + " (;=\(decimal);)"
    }

    private static func leadingZeros(_ v: UInt64, width: Int) -> Int {
        v.leadingZeroBitCount - (64 - width)
    }

    private static func shiftLeft(_ v: UInt64, by n: Int) -> UInt64 {
        n >= 64 ? 0 : v << UInt64(n)
    }

    /// Whether the finite positive `value` equals `q * 10^exponent` exactly, for odd `q`.
    static func isExactly<F: BinaryFloatingPoint>(_ value: F, decimal q: UInt64, exponent: Int) -> Bool {
        let bias = (1 << (F.exponentBitCount - 1)) - 1
        let biased = Int(value.exponentBitPattern)
        var mantissa = UInt64(value.significandBitPattern)
        var power: Int  // value = mantissa * 2^power
        if biased == 0 {
            power = 1 - bias - F.significandBitCount
        } else {
            mantissa |= UInt64(1) << UInt64(F.significandBitCount)
            power = biased - bias - F.significandBitCount
        }
        guard mantissa != 0 else { return false }
        let zeros = mantissa.trailingZeroBitCount
        let odd = mantissa >> UInt64(zeros)
        power += zeros
        func timesPowerOfFive(_ x: UInt64, _ n: Int) -> UInt64? {
            var x = x
            for _ in 0..<n {
                let (product, overflow) = x.multipliedReportingOverflow(by: 5)
                if overflow { return nil }
                x = product
            }
            return x
        }
        if exponent >= 0 {
            // odd * 2^power == q * 5^exponent * 2^exponent
            return power == exponent && timesPowerOfFive(q, exponent) == odd
        }
        // odd * 2^power * 5^f * 2^f == q, with f = -exponent and q odd
        let f = -exponent
        return power + f == 0 && timesPowerOfFive(odd, f) == q
    }

    /// Rust's `Display` for floats: `inf`, `-inf`, `NaN`, else plain decimal digits.
    static func decimal<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let sign = value.sign == .minus ? "-" : ""
        if value.isZero { return sign + "0" }
        // Swift prints the shortest round-trip digits too, but may use an exponent.
        let text = "\(value.magnitude)"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits = ""
        var pointPosition = -1
        for ch in mantissa {
            if ch == "." { pointPosition = digits.count } else { digits.append(ch) }
        }
        if pointPosition < 0 { pointPosition = digits.count }
        pointPosition += exponent
        // Strip leading zeros (moving the point) and trailing zeros.
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        // Ties: when the value lies exactly halfway between two shortest candidates, Swift
        // picks the even one, Rust the one of larger magnitude.
        if digits.count <= 18, let m = UInt64(digits),
           isExactly(value.magnitude, decimal: m * 10 + 5, exponent: pointPosition - digits.count - 1) {
            let bumped = String(m + 1)
            pointPosition += bumped.count - digits.count
            digits = bumped
            while digits.count > 1, digits.last == "0" { digits.removeLast() }
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<split] + "." + digits[split...]
    }
}
