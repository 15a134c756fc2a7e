import ECMA335
import ObjWriter

/// The object being written for one assembly: the builder and every symbol the compiled
/// code refers to, created on first use.
final class ObjectContext {
    var builder = ObjectBuilder()
    let types: TypeSystem
    let assembly: AssemblyID
    private var methodSymbols: [MethodHandle: SymbolIndex] = [:]
    private var nativeSymbols: [String: SymbolIndex] = [:]
    private var dataSymbols: [String: SymbolIndex] = [:]
    private var stringLiterals: [[UInt16]: SymbolIndex] = [:]
    private var fieldData: [FieldHandle: SymbolIndex] = [:]
    private(set) var stackPointer: SymbolIndex
    /// The runtime's `r2r_allocation_buffers` (Runtime/ABI.md "GC"), for inline allocation.
    private(set) lazy var allocationBuffers: SymbolIndex = builder.undefinedData("r2r_allocation_buffers")
    /// Value types' `this`-adjusting entry points, by the method they call.
    var unboxingStubs: [MethodHandle: SymbolIndex] = [:]
    /// `__indirect_function_table`, imported on first use (thunks' `call_indirect`).
    private(set) lazy var indirectFunctionTable: SymbolIndex = builder.importIndirectFunctionTable()

    /// `__r2r_exception_tag` (payload: the exception object), defined by the core library's object.
    private(set) lazy var exceptionTag: SymbolIndex = {
        let type = FunctionType(params: [.i32], results: [])
        return assembly == types.coreLibrary
            ? builder.defineTag(SymbolNames.exceptionTag, type: type)
            : builder.importTag(SymbolNames.exceptionTag, type: type)
    }()

    init(types: TypeSystem, assembly: AssemblyID) {
        self.types = types
        self.assembly = assembly
        stackPointer = builder.importGlobal("__stack_pointer", type: GlobalType(valueType: .i32, mutable: true))
    }

    /// Declares (or imports, for other assemblies) the function symbol of a managed method.
    func methodSymbol(_ method: MethodHandle) throws -> SymbolIndex {
        if let symbol = methodSymbols[method] { return symbol }
        let signature = types.managedSignature(try types.shape(of: method))
        let name = try types.symbolName(of: method)
        let symbol = method.assembly == assembly
            ? builder.declareFunction(name, type: signature.wasmType)
            : builder.importFunction(name, type: signature.wasmType)
        methodSymbols[method] = symbol
        return symbol
    }

    /// A C function (runtime helper, P/Invoke entry point, libc), imported by name.
    func nativeFunction(_ name: String, _ type: FunctionType) -> SymbolIndex {
        if let symbol = nativeSymbols[name] { return symbol }
        let symbol = builder.importFunction(name, type: type)
        nativeSymbols[name] = symbol
        return symbol
    }

    /// A data symbol by name: defined by `define` the first time when it belongs to this object,
    /// otherwise undefined (the linker finds it in another object).
    func dataSymbol(_ name: String, define: (() throws -> SymbolIndex)?) rethrows -> SymbolIndex {
        if let symbol = dataSymbols[name] { return symbol }
        let symbol = try define?() ?? builder.undefinedData(name)
        dataSymbols[name] = symbol
        return symbol
    }

    func recordDataSymbol(_ name: String, _ symbol: SymbolIndex) { dataSymbols[name] = symbol }

    /// The MethodTable of a type: arrays' are emitted here in a COMDAT; other types' by the
    /// object of the assembly that defines them.
    func methodTable(_ type: TypeID) throws -> SymbolIndex {
        let name = SymbolNames.methodTable(types[type].name)
        if let symbol = dataSymbols[name] { return symbol }
        switch types[type].kind {
        case .szArray(let element):
            return try MethodTableEmitter.defineArray(type, element: element, elementTable: try methodTable(element), in: self)
        default:
            guard let definition = types[type].definition else {
                throw CompileError("type \(types[type].name) has no MethodTable")
            }
            if definition.assembly == assembly { return try MethodTableEmitter.define(type, in: self) }
            let symbol = builder.undefinedData(name)
            dataSymbols[name] = symbol
            return symbol
        }
    }

    /// `SF:Owner::name`: zero-initialized storage defined by the owner's object.
    func staticField(_ field: FieldHandle, type: TypeID, owner: TypeID) throws -> SymbolIndex {
        let file = types.resolver[field.assembly]
        let name = SymbolNames.staticField(owner: types[owner].name,
                                           name: try file.metadata.string(try file.metadata.field(field.row).name.offset))
        let size = max(1, types[type].size), alignmentLog2 = UInt32(max(4, types[type].alignment).trailingZeroBitCount)
        return dataSymbol(name, define: field.assembly == assembly ? { [unowned self] in
            self.builder.defineData(name, segmentName: ".bss." + name, bytes: [UInt8](repeating: 0, count: size),
                                    alignmentLog2: alignmentLog2)
        } : nil)
    }

    /// Defines what other objects may refer to by name whether or not this object's code uses
    /// it: the type's MethodTable, its static fields' storage, its type initializer's flag.
    func defineTypeSymbols(_ typeRow: UInt32) throws {
        let file = types.resolver[assembly]
        let type = try types.definition(ResolvedType(assembly: assembly, typeDefRow: typeRow))
        _ = try methodTable(type)
        for fieldRow in try file.fieldRows(ofType: typeRow) {
            let flags = try file.metadata.field(fieldRow).flags
            // Static, and neither a constant nor initialized data.
            guard flags & FieldAttributes.static != 0,
                  flags & (FieldAttributes.literal | FieldAttributes.hasFieldRVA) == 0 else { continue }
            let field = FieldHandle(assembly: assembly, row: fieldRow)
            _ = try staticField(field, type: try types.fieldInfo(field).type, owner: type)
        }
        if try file.typeInitializer(ofType: typeRow) != nil { _ = try typeInitializerState(type) }
    }

    /// The type-initializer state word of `type` (StaticConstructors), defined by the object of
    /// its assembly.
    func typeInitializerState(_ type: TypeID) throws -> SymbolIndex {
        let name = "CCTOR:" + types[type].name
        let owned = types[type].definition?.assembly == assembly
        return dataSymbol(name, define: owned ? { [unowned self] in
            self.builder.defineData(name, segmentName: ".bss." + name, bytes: [UInt8](repeating: 0, count: 8), alignmentLog2: 2)
        } : nil)
    }

    /// A string literal object in read-only data: `MT:System.String`, length, UTF-16, NUL.
    func stringLiteral(_ units: [UInt16]) throws -> SymbolIndex {
        if let symbol = stringLiterals[units] { return symbol }
        let stringTable = try methodTable(try types.string)
        var bytes: [UInt8] = [0, 0, 0, 0]
        bytes += le32(UInt32(units.count))
        for unit in units { bytes += [UInt8(truncatingIfNeeded: unit), UInt8(unit >> 8)] }
        bytes += [0, 0]
        let name = "str.\(stringLiterals.count)"
        let symbol = builder.defineData(name, segmentName: ".rodata.\(name)", bytes: bytes, alignmentLog2: 3,
                                        relocations: [Relocation(type: .memoryAddrI32, offset: 0, index: stringTable.raw)],
                                        flags: [.local])
        stringLiterals[units] = symbol
        return symbol
    }

    /// The initial data of a field with an RVA (array initializers), as a read-only data symbol.
    func fieldRVAData(_ field: FieldHandle, size: Int) throws -> SymbolIndex {
        if let symbol = fieldData[field] { return symbol }
        let file = types.resolver[field.assembly]
        guard field.assembly == assembly, let rvaRow = try file.fieldRVA(ofField: field.row) else {
            throw CompileError("field data of another assembly cannot be embedded")
        }
        let rva = try file.metadata.fieldRVA(rvaRow).rva
        guard let offset = file.image.fileOffset(rva: rva, size: UInt32(size)) else {
            throw CompileError("field data RVA 0x\(String(rva, radix: 16)) size \(size) is outside the image",
                               offset: file.metadata.cellOffset(.fieldRVA, rvaRow, 0))
        }
        let name = "fielddata.\(field.row)"
        let symbol = builder.defineData(name, segmentName: ".rodata.\(name)", bytes: Array(file.bytes[offset..<(offset + size)]),
                                        alignmentLog2: 3, flags: [.local])
        fieldData[field] = symbol
        return symbol
    }
}

func le32(_ value: UInt32) -> [UInt8] {
    [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8),
     UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 24)]
}
