/// Prints instructions the way ilasm reads them and monodis writes them: `IL_0005:  br.s IL_0010`.
///
/// Metadata lookups come from the caller, so printing needs no metadata reader: `token` names
/// a method, field, type or signature token, and `userString` gives the text of a `#US` heap
/// entry (which the printer quotes and escapes).
public struct CILPrinter {
    public var token: (MetadataToken) -> String
    public var userString: (UInt32) -> String

    public init(token: @escaping (MetadataToken) -> String, userString: @escaping (UInt32) -> String) {
        self.token = token
        self.userString = userString
    }

    /// `IL_0000:  ldarg.0`, `IL_0001:  ldc.r8 1.5`.
    public func line(_ instruction: CILInstruction) -> String {
        let operand = operandText(instruction)
        let head = ilLabel(instruction.offset) + ":  " + instruction.opcode.mnemonic
        return operand.isEmpty ? head : head + " " + operand
    }

    /// The operand as ilasm writes it, or "" for none.
    public func operandText(_ instruction: CILInstruction) -> String {
        switch instruction.operand {
        case .none:
            return ""
        case .int32(let value):
            return String(value)
        case .int64(let value):
            return String(value)
        case .float32(let bits):
            let value = Float(bitPattern: bits)
            return value.isFinite ? Self.decimal(value.description) : "float32(0x\(Self.hex(UInt64(bits), 8)))"
        case .float64(let bits):
            let value = Double(bitPattern: bits)
            return value.isFinite ? Self.decimal(value.description) : "float64(0x\(Self.hex(bits, 16)))"
        case .token(let value):
            guard value.tableNumber == MetadataToken.userStringTag else { return token(value) }
            return Self.quoted(userString(value.row))
        case .branchTarget(let target):
            return ilLabel(target)
        case .switchTargets(let targets):
            return "(" + targets.map(ilLabel).joined(separator: ", ") + ")"
        case .variable(let index):
            return String(index)
        case .alignment(let alignment):
            return String(alignment)
        case .noChecks(let checks):
            let names: [(CILNoChecks, String)] = [(.typecheck, "typecheck"), (.rangecheck, "rangecheck"),
                                                  (.nullcheck, "nullcheck")]
            return names.filter { checks.contains($0.0) }.map(\.1).joined(separator: ", ")
        }
    }

    /// Swift's shortest round-trip text, with a `.` ilasm needs before an exponent (`1.0e+20`).
    private static func decimal(_ text: String) -> String {
        guard !text.contains("."), let e = text.firstIndex(of: "e") else { return text }
        return text[..<e] + ".0" + text[e...]
    }

    private static func hex(_ value: UInt64, _ digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// A C-style string literal as ilasm reads it: quotes, backslashes and control characters
    /// escaped (octal for those without a letter escape).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let octal = String(scalar.value, radix: 8)
                result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
