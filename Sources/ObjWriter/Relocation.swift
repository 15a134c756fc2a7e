/// Relocation types, numbered as in LLVM's WasmRelocs.def.
public enum RelocationType: UInt8, CaseIterable, Sendable {
    case functionIndexLEB = 0
    case tableIndexSLEB = 1
    case tableIndexI32 = 2
    case memoryAddrLEB = 3
    case memoryAddrSLEB = 4
    case memoryAddrI32 = 5
    case typeIndexLEB = 6
    case globalIndexLEB = 7
    case functionOffsetI32 = 8
    case sectionOffsetI32 = 9
    case tagIndexLEB = 10
    case memoryAddrRelSLEB = 11
    case tableIndexRelSLEB = 12
    case globalIndexI32 = 13
    case memoryAddrLEB64 = 14
    case memoryAddrSLEB64 = 15
    case memoryAddrI64 = 16
    case memoryAddrRelSLEB64 = 17
    case tableIndexSLEB64 = 18
    case tableIndexI64 = 19
    case tableNumberLEB = 20
    case memoryAddrTLSSLEB = 21
    case functionOffsetI64 = 22
    case memoryAddrLocRelI32 = 23
    case tableIndexRelSLEB64 = 24
    case memoryAddrTLSSLEB64 = 25
    case functionIndexI32 = 26
    case memoryAddrLocRelI64 = 27

    /// Whether entries of this type carry a signed addend.
    public var hasAddend: Bool {
        switch self {
        case .memoryAddrLEB, .memoryAddrSLEB, .memoryAddrI32, .memoryAddrRelSLEB,
             .memoryAddrLEB64, .memoryAddrSLEB64, .memoryAddrI64, .memoryAddrRelSLEB64,
             .memoryAddrTLSSLEB, .memoryAddrTLSSLEB64,
             .functionOffsetI32, .functionOffsetI64, .sectionOffsetI32,
             .memoryAddrLocRelI32, .memoryAddrLocRelI64:
            return true
        default:
            return false
        }
    }

    /// Bytes patched at the relocation site: padded LEBs are 5 (32-bit) or 10 (64-bit) bytes.
    public var patchSize: Int {
        switch self {
        case .functionIndexLEB, .tableIndexSLEB, .memoryAddrLEB, .memoryAddrSLEB, .typeIndexLEB,
             .globalIndexLEB, .tagIndexLEB, .memoryAddrRelSLEB, .tableIndexRelSLEB,
             .tableNumberLEB, .memoryAddrTLSSLEB:
            return 5
        case .memoryAddrLEB64, .memoryAddrSLEB64, .memoryAddrRelSLEB64, .tableIndexSLEB64,
             .tableIndexRelSLEB64, .memoryAddrTLSSLEB64:
            return 10
        case .tableIndexI32, .memoryAddrI32, .functionOffsetI32, .sectionOffsetI32,
             .globalIndexI32, .memoryAddrLocRelI32, .functionIndexI32:
            return 4
        case .memoryAddrI64, .tableIndexI64, .functionOffsetI64, .memoryAddrLocRelI64:
            return 8
        }
    }

    /// The index is a type index rather than a symbol index.
    public var indexIsTypeIndex: Bool { self == .typeIndexLEB }
}

public struct Relocation: Hashable, Sendable {
    public var type: RelocationType
    /// Offset of the patched bytes from the start of the target section's payload.
    public var offset: UInt32
    /// Symbol index (type index for `typeIndexLEB`).
    public var index: UInt32
    public var addend: Int64

    public init(type: RelocationType, offset: UInt32, index: UInt32, addend: Int64 = 0) {
        self.type = type
        self.offset = offset
        self.index = index
        self.addend = addend
    }
}

/// A `reloc.*` custom section: the relocations of one section, named by its index in the file.
public struct RelocationSection: Hashable, Sendable {
    /// The custom section's name, e.g. `reloc.CODE`.
    public var name: String
    public var targetSection: UInt32
    public var entries: [Relocation]

    public init(name: String, targetSection: UInt32, entries: [Relocation]) {
        self.name = name
        self.targetSection = targetSection
        self.entries = entries
    }
}
