/// The IL listing `r2r-cc --dump-il` prints: every type, and in it every method with its
/// token, signature, body header, locals, exception clauses and instructions, with source
/// positions from the `.mdb` file when one is given.
public struct ILDump {
    let file: AssemblyFile
    let symbols: MonoSymbolFile?
    /// The first naming failure: the printers' closures cannot throw, so they record it here
    /// and the dump throws it once the method is printed.
    private final class FirstFailure {
        var error: Error?
        func name(_ body: () throws -> String) -> String {
            do { return try body() } catch {
                if self.error == nil { self.error = error }
                return "?"
            }
        }
        func check() throws { if let error { throw error } }
    }
    private let failure = FirstFailure()

    public static func render(_ file: AssemblyFile, symbols: MonoSymbolFile? = nil) throws -> String {
        try ILDump(file: file, symbols: symbols).render()
    }

    private init(file: AssemblyFile, symbols: MonoSymbolFile?) {
        self.file = file
        self.symbols = symbols
    }

    private func render() throws -> String {
        let md = file.metadata
        var out = ".assembly \(try file.assemblyName())\n"
        if !file.cliHeader.entryPointToken.isNull { out += ".entrypoint \(file.cliHeader.entryPointToken)\n" }
        for typeRow in 1..<(md.rowCount(.typeDef) + 1) {
            let type = try md.typeDef(typeRow)
            out += "\n.class \(try file.typeDefName(typeRow))"
            if !type.extends.isNull { out += " extends \(try tokenName(type.extends))" }
            out += "\n{\n"
            for fieldRow in try file.fieldRows(ofType: typeRow) {
                let field = try md.field(fieldRow)
                let signature = try file.fieldSignature(ofField: fieldRow)
                out += "  .field \(field.flags & FieldAttributes.static != 0 ? "static " : "")\(printer.text(signature)) "
                    + "\(try md.string(field.name.offset))\n"
            }
            for methodRow in try file.methodRows(ofType: typeRow) {
                do {
                    out += try method(methodRow)
                } catch let error as MetadataError {
                    throw error.within("method \(try file.methodDisplayName(methodRow))")
                }
            }
            try failure.check()
            out += "}\n"
        }
        return out
    }

    private func method(_ row: UInt32) throws -> String {
        let md = file.metadata
        let m = try md.methodDef(row)
        let signature = try file.methodSignature(ofMethod: row)
        let token = MetadataToken(.methodDef, row: row)
        var out = "  .method \(token) \(m.flags & MethodAttributes.static != 0 ? "static" : "instance") "
            + "\(printer.text(signature.returnType)) \(try md.string(m.name.offset))"
            + "(\(signature.parameterTypes.map { printer.text($0) }.joined(separator: ", ")))\n  {\n"
        guard let body = try file.methodBody(ofMethod: row) else { return out + "    // no IL body\n  }\n" }
        out += "    // \(body.isTiny ? "tiny" : "fat") header at \(body.headerOffset), code size \(body.codeSize)\n"
        out += "    .maxstack \(body.maxStack)\n"
        let locals = try file.locals(of: body)
        if !locals.locals.isEmpty { out += "    .locals \(body.initLocals ? "init " : "")\(printer.text(locals))\n" }
        for clause in body.exceptionClauses {
            out += "    .try \(ilLabel(clause.tryRange.lowerBound)) to \(ilLabel(clause.tryRange.upperBound)) "
            switch clause.kind {
            case .catch(let type): out += "catch \(try tokenName(type))"
            case .filter(let start): out += "filter \(ilLabel(start))"
            case .finally: out += "finally"
            case .fault: out += "fault"
            }
            out += " handler \(ilLabel(clause.handlerRange.lowerBound)) to \(ilLabel(clause.handlerRange.upperBound))\n"
        }
        var lines = symbols?.method(token: token)?.lines.filter { !$0.isHidden }[...] ?? []
        var decoder = body.decoder(in: file.bytes, context: "IL")
        let cil = cilPrinter
        while let instruction = try decoder.next() {
            while let entry = lines.first, entry.ilOffset <= instruction.offset {
                let name = symbols?.sourceFile(index: entry.fileIndex)?.fileName ?? "?"
                out += "    // \(name):\(entry.line)\(entry.column.map { ":\($0)" } ?? "")\n"
                lines.removeFirst()
            }
            if case .token(let token) = instruction.operand { try file.checkOperand(token, of: instruction, decoder) }
            out += "    " + cil.line(instruction) + "\n"
        }
        try body.checkClauseBoundaries(decoder)
        try failure.check()
        return out + "  }\n"
    }

    private var printer: SignaturePrinter {
        let file = self.file, failure = self.failure
        return SignaturePrinter(typeName: { token in failure.name { try ILDump.typeName(token, file) } })
    }

    private var cilPrinter: CILPrinter {
        let file = self.file, failure = self.failure
        return CILPrinter(token: { token in failure.name { try ILDump.memberName(token, file) } },
                          userString: { offset in failure.name { try file.metadata.userString(offset) } })
    }

    private func tokenName(_ token: MetadataToken) throws -> String {
        try ILDump.memberName(token, file)
    }

    /// `[scope]Namespace.Name` for TypeRefs, `Namespace.Name` for TypeDefs, the signature for TypeSpecs.
    static func typeName(_ token: MetadataToken, _ file: AssemblyFile) throws -> String {
        let md = file.metadata
        switch token.table {
        case .typeDef: return try file.typeDefName(token.row)
        case .typeRef:
            var scope = try md.typeRef(token.row).resolutionScope
            var depth = 0
            while scope.table == .typeRef, !scope.isNull, depth < 64 {
                scope = try md.typeRef(scope.row).resolutionScope
                depth += 1
            }
            let prefix = scope.table == .assemblyRef && !scope.isNull
                ? "[\(try md.string(try md.assemblyRef(scope.row).name.offset))]" : ""
            return prefix + (try file.typeRefName(token.row))
        case .typeSpec:
            let spec = try file.typeSpec(token.row)
            let failure = FirstFailure()
            let text = SignaturePrinter(typeName: { inner in failure.name { try typeName(inner, file) } }).text(spec)
            try failure.check()
            return text
        default:
            throw MetadataError("token \(token) is not a type", offset: 0)
        }
    }

    /// Names for instruction operands: types, `Type::method(sig)`, `type Type::field`, signatures.
    static func memberName(_ token: MetadataToken, _ file: AssemblyFile) throws -> String {
        let failure = FirstFailure()
        let text = try memberName(token, file, SignaturePrinter(typeName: { inner in failure.name { try typeName(inner, file) } }))
        try failure.check()
        return text
    }

    private static func memberName(_ token: MetadataToken, _ file: AssemblyFile, _ printer: SignaturePrinter) throws -> String {
        let md = file.metadata
        switch token.table {
        case .typeDef, .typeRef, .typeSpec:
            return try typeName(token, file)
        case .methodDef:
            let signature = try file.methodSignature(ofMethod: token.row)
            let owner = try file.typeDefName(try file.declaringType(ofMethod: token.row))
            return methodText(printer, signature, owner + "::" + (try md.string(try md.methodDef(token.row).name.offset)))
        case .field:
            let owner = try file.typeDefName(try file.declaringType(ofField: token.row))
            return printer.text(try file.fieldSignature(ofField: token.row)) + " " + owner + "::"
                + (try md.string(try md.field(token.row).name.offset))
        case .memberRef:
            let ref = try md.memberRef(token.row)
            let owner: String
            switch ref.parent.table {
            case .methodDef: owner = try file.typeDefName(try file.declaringType(ofMethod: ref.parent.row))
            case .moduleRef: owner = "[.module " + (try md.string(try md.moduleRef(ref.parent.row).offset)) + "]"
            default: owner = try typeName(ref.parent, file)
            }
            let name = owner + "::" + (try md.string(ref.name.offset))
            switch try file.memberRefSignature(token.row) {
            case .method(let signature): return methodText(printer, signature, name)
            case .field(let signature): return printer.text(signature) + " " + name
            }
        case .methodSpec:
            let (method, instantiation) = try file.methodSpec(token.row)
            return try memberName(method, file, printer) + " " + printer.text(instantiation)
        case .standAloneSig:
            switch try file.standAloneSignature(token.row) {
            case .method(let signature): return printer.text(signature)
            case .locals(let locals): return printer.text(locals)
            }
        default:
            throw MetadataError("token \(token) cannot be an instruction operand", offset: 0)
        }
    }

    private static func methodText(_ printer: SignaturePrinter, _ signature: MethodSignature, _ name: String) -> String {
        (signature.hasThis ? "instance " : "") + printer.text(signature.returnType) + " " + name
            + "(" + signature.parameterTypes.map { printer.text($0) }.joined(separator: ", ") + ")"
    }
}
