/// Signatures of metadata rows, decoded from the blobs their rows point at.
public enum MemberRefSignature: Hashable, Sendable {
    case method(MethodSignature)
    case field(FieldSignature)
}

/// A StandAloneSig row: a method body's locals, or a `calli` call-site signature.
public enum StandAloneSignature: Hashable, Sendable {
    case locals(LocalVariablesSignature)
    case method(MethodSignature)
}

extension AssemblyFile {
    public func methodSignature(ofMethod row: UInt32) throws -> MethodSignature {
        let m = try metadata.methodDef(row)
        return try SignatureDecoder.decodeMethodSignature(try metadata.blob(m.signature.offset, context: "MethodDef row \(row) signature"))
    }

    public func fieldSignature(ofField row: UInt32) throws -> FieldSignature {
        let f = try metadata.field(row)
        return try SignatureDecoder.decodeFieldSignature(try metadata.blob(f.signature.offset, context: "Field row \(row) signature"))
    }

    public func propertySignature(ofProperty row: UInt32) throws -> PropertySignature {
        let p = try metadata.property(row)
        return try SignatureDecoder.decodePropertySignature(try metadata.blob(p.type.offset, context: "Property row \(row) signature"))
    }

    /// A MemberRef's signature: a field's when the blob starts with FIELD (0x6), else a method's.
    public func memberRefSignature(_ row: UInt32) throws -> MemberRefSignature {
        let m = try metadata.memberRef(row)
        let blob = try metadata.blob(m.signature.offset, context: "MemberRef row \(row) signature")
        if try blob.peekU8() & 0x0F == 0x06 { return .field(try SignatureDecoder.decodeFieldSignature(blob)) }
        // A MemberRef to a vararg method carries the call site's extra arguments after a sentinel.
        return .method(try SignatureDecoder.decodeMethodSignature(blob, isCallSite: true))
    }

    public func standAloneSignature(_ row: UInt32) throws -> StandAloneSignature {
        let blob = try metadata.blob(try metadata.standAloneSig(row).offset, context: "StandAloneSig row \(row)")
        if try blob.peekU8() == 0x07 { return .locals(try SignatureDecoder.decodeLocalVariablesSignature(blob)) }
        return .method(try SignatureDecoder.decodeMethodSignature(blob, isCallSite: true))
    }

    public func typeSpec(_ row: UInt32) throws -> TypeSig {
        try SignatureDecoder.decodeTypeSpec(try metadata.blob(try metadata.typeSpec(row).offset, context: "TypeSpec row \(row)"))
    }

    public func methodSpec(_ row: UInt32) throws -> (method: MetadataToken, instantiation: MethodSpecSignature) {
        let spec = try metadata.methodSpec(row)
        let blob = try metadata.blob(spec.instantiation.offset, context: "MethodSpec row \(row)")
        return (spec.method, try SignatureDecoder.decodeMethodSpecSignature(blob))
    }

    /// The method's IL body, or nil when it has none (abstract, extern, runtime-implemented).
    public func methodBody(ofMethod row: UInt32) throws -> MethodBody? {
        let m = try metadata.methodDef(row)
        guard m.rva != 0 else { return nil }
        // CodeTypeMask 0x3: IL (0) is the only kind with a body in the file.
        guard m.implFlags & 0x3 == 0 else { return nil }
        guard let offset = image.fileOffset(rva: m.rva) else {
            throw MetadataError("body RVA 0x\(String(m.rva, radix: 16)) is not inside any section",
                                context: "MethodDef row \(row)", offset: metadata.cellOffset(.methodDef, row, 0))
        }
        return try MethodBody(at: ByteCursor(bytes, range: offset..<bytes.count, context: "MethodDef row \(row) body"))
    }

    /// The locals of a body (empty when it declares none).
    public func locals(of body: MethodBody) throws -> LocalVariablesSignature {
        guard let token = body.localVarSigToken, !token.isNull else { return LocalVariablesSignature(locals: []) }
        guard case .locals(let locals) = try standAloneSignature(token.row) else {
            throw MetadataError("locals token \(token) is not a local variable signature", context: "method body",
                                offset: body.headerOffset)
        }
        return locals
    }
}
