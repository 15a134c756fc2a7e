/// Constants of the ReadyToRun format as R2R-WASM.md §2–§3 and readytorun-format.md give
/// them, shared by the writer (R2RImage) and the reader (R2RDump).
public enum R2RFormat {
    /// "RTR".
    public static let signature: UInt32 = 0x0052_5452
    /// 18.6: the version that introduced fixup 0x39, InjectStringThunks.
    public static let majorVersion: UInt16 = 18
    public static let minorVersion: UInt16 = 6
    /// Signature, versions, flags, section count.
    public static let headerSize = 16
    /// `{u32 Type; u32 RVA; u32 Size}`.
    public static let sectionEntrySize = 12
    /// READYTORUN_IMPORT_SECTION.
    public static let importSectionSize = 20

    public static let importSectionEager: UInt16 = 0x1
    public static let importSectionPCode: UInt16 = 0x4

    /// READYTORUN_FLAG_*, lowest bit first.
    public static let flagNames: [(UInt32, String)] = [
        (0x1, "PLATFORM_NEUTRAL_SOURCE"), (0x2, "SKIP_TYPE_VALIDATION"), (0x4, "PARTIAL"),
        (0x8, "NONSHARED_PINVOKE_STUBS"), (0x10, "EMBEDDED_MSIL"), (0x20, "COMPONENT"),
        (0x40, "MULTIMODULE_VERSION_BUBBLE"), (0x80, "UNRELATED_R2R_CODE"),
    ]

    /// The fixup kinds R2R-WASM.md §3 uses, for naming signatures.
    public static func fixupName(_ kind: UInt8) -> String? {
        switch kind {
        case 0x10: "TypeHandle"
        case 0x11: "MethodHandle"
        case 0x13: "MethodEntry"
        case 0x1A: "Helper"
        case 0x1B: "StringHandle"
        case 0x21: "CctorTrigger"
        case InjectStringThunks.fixupKind: "InjectStringThunks"
        default: nil
        }
    }
}

/// READYTORUN_SECTION types (R2R-WASM.md §2).
public enum R2RSectionType: UInt32, CaseIterable, Sendable {
    case compilerIdentifier = 100, importSections = 101, runtimeFunctions = 102, methodDefEntryPoints = 103
    case exceptionInfo = 104, debugInfo = 105, delayLoadMethodCallThunks = 106, availableTypes = 108
    case instanceMethodEntryPoints = 109, profileDataInfo = 111, manifestMetadata = 112
    case attributePresence = 113, componentAssemblies = 115, ownerCompositeExecutable = 116
    case manifestAssemblyMvids = 118, methodIsGenericMap = 121, enclosingTypeMap = 122
    case typeGenericInfoMap = 123

    public var name: String {
        switch self {
        case .compilerIdentifier: "CompilerIdentifier"
        case .importSections: "ImportSections"
        case .runtimeFunctions: "RuntimeFunctions"
        case .methodDefEntryPoints: "MethodDefEntryPoints"
        case .exceptionInfo: "ExceptionInfo"
        case .debugInfo: "DebugInfo"
        case .delayLoadMethodCallThunks: "DelayLoadMethodCallThunks"
        case .availableTypes: "AvailableTypes"
        case .instanceMethodEntryPoints: "InstanceMethodEntryPoints"
        case .profileDataInfo: "ProfileDataInfo"
        case .manifestMetadata: "ManifestMetadata"
        case .attributePresence: "AttributePresence"
        case .componentAssemblies: "ComponentAssemblies"
        case .ownerCompositeExecutable: "OwnerCompositeExecutable"
        case .manifestAssemblyMvids: "ManifestAssemblyMvids"
        case .methodIsGenericMap: "MethodIsGenericMap"
        case .enclosingTypeMap: "EnclosingTypeMap"
        case .typeGenericInfoMap: "TypeGenericInfoMap"
        }
    }
}
