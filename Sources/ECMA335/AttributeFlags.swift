/// The flag bits of MethodDef, Field and TypeDef rows the compiler tests (ECMA-335 II.23.1),
/// named once.
public enum MethodAttributes {
    public static let `static`: UInt16 = 0x0010
    public static let final: UInt16 = 0x0020
    public static let virtual: UInt16 = 0x0040
    public static let newSlot: UInt16 = 0x0100
    public static let abstract: UInt16 = 0x0400
    public static let pinvokeImpl: UInt16 = 0x2000
}

public enum FieldAttributes {
    public static let `static`: UInt16 = 0x0010
    public static let literal: UInt16 = 0x0040
    public static let hasFieldRVA: UInt16 = 0x0100
}

public enum TypeAttributes {
    public static let layoutMask: UInt32 = 0x0000_0018
    public static let explicitLayout: UInt32 = 0x0000_0010
    public static let interface: UInt32 = 0x0000_0020
    public static let sealed: UInt32 = 0x0000_0100
    public static let beforeFieldInit: UInt32 = 0x0010_0000
}

extension AssemblyFile {
    /// The type's initializer (its static `.cctor`), if it has one.
    public func typeInitializer(ofType typeRow: UInt32) throws -> UInt32? {
        try methodRows(ofType: typeRow).first { row in
            let method = try metadata.methodDef(row)
            return method.flags & MethodAttributes.static != 0 && metadata.stringEquals(method.name.offset, ".cctor")
        }
    }
}
