/// Index of a symbol in the object's symbol table, as relocations name it.
public struct SymbolIndex: Hashable, Sendable {
    public var raw: UInt32
    public init(_ raw: UInt32) { self.raw = raw }
}

/// Builds a relocatable object (tool-conventions Linking.md) in the section order LLVM's
/// object writer uses: type, import, function, code, data, custom, linking, reloc.*,
/// producers, target_features.
///
/// Function and segment indices are assigned at `build()`, so imports may be added after
/// definitions; relocations name symbols, which never move.
public struct ObjectBuilder {
    struct DefinedFunction {
        var typeIndex: UInt32
        var body: FunctionBody
        var relocations: [Relocation]
    }

    struct Segment {
        var info: SegmentInfo
        var bytes: [UInt8]
        var relocations: [Relocation]
    }

    enum SymbolTarget {
        case importedFunction(Int)
        case definedFunction(Int)
        case importedGlobal(Int)
        case data(segment: Int?, offset: UInt64, size: UInt64)
        case importedTable(Int)
        case importedTag(Int)
        case definedTag(Int)
    }

    private var types: [FunctionType] = []
    private var typeIndices: [FunctionType: UInt32] = [:]
    private var functionImports: [Import] = []
    private var globalImports: [Import] = []
    private var tableImports: [Import] = []
    private var tagImports: [Import] = []
    private var tags: [TagType] = []
    private var functions: [DefinedFunction] = []
    private var segments: [Segment] = []
    private var symbols: [(info: SymbolInfo, target: SymbolTarget)] = []
    private var initFunctions: [InitFunction] = []
    private var comdats: [(name: String, members: [SymbolIndex])] = []
    private var indirectFunctionTable: SymbolIndex?
    public var customSections: [CustomSection] = []
    /// Writes a `name` section naming every function by its symbol (linkers ignore it; it is
    /// for tools that read the object itself).
    public var includesFunctionNames = false
    public var producers: ProducersSection?
    public var targetFeatures: TargetFeaturesSection?

    public init() {}

    public mutating func typeIndex(of type: FunctionType) -> UInt32 {
        if let index = typeIndices[type] { return index }
        let index = UInt32(types.count)
        types.append(type)
        typeIndices[type] = index
        return index
    }

    private mutating func addSymbol(_ info: SymbolInfo, _ target: SymbolTarget) -> SymbolIndex {
        symbols.append((info, target))
        return SymbolIndex(UInt32(symbols.count - 1))
    }

    /// An undefined function. With `importName` it is an explicit import (`import_name`
    /// attribute) of that field from `module`; otherwise the linker resolves it by `name`.
    public mutating func importFunction(_ name: String, type: FunctionType, module: String = "env",
                                        importName: String? = nil, flags: SymbolFlags = []) -> SymbolIndex {
        let typeIndex = typeIndex(of: type)
        let field = importName ?? name
        functionImports.append(Import(module: module, field: field, descriptor: .function(typeIndex: typeIndex)))
        let symbolFlags = flags.union(.undefined).union(importName == nil ? [] : .explicitName)
        return addSymbol(SymbolInfo(kind: .function, flags: symbolFlags, name: importName == nil ? nil : name),
                         .importedFunction(functionImports.count - 1))
    }

    public mutating func importGlobal(_ name: String, type: GlobalType, module: String = "env") -> SymbolIndex {
        globalImports.append(Import(module: module, field: name, descriptor: .global(type)))
        return addSymbol(SymbolInfo(kind: .global, flags: .undefined, name: nil),
                         .importedGlobal(globalImports.count - 1))
    }

    /// An undefined tag the linker resolves by `name` (a tag another object defines).
    public mutating func importTag(_ name: String, type: FunctionType) -> SymbolIndex {
        tagImports.append(Import(module: "env", field: name, descriptor: .tag(TagType(typeIndex: typeIndex(of: type)))))
        return addSymbol(SymbolInfo(kind: .tag, flags: .undefined, name: nil), .importedTag(tagImports.count - 1))
    }

    /// Defines an exception tag whose payload is `type`'s parameters.
    public mutating func defineTag(_ name: String, type: FunctionType, flags: SymbolFlags = []) -> SymbolIndex {
        tags.append(TagType(typeIndex: typeIndex(of: type)))
        return addSymbol(SymbolInfo(kind: .tag, flags: flags, name: name), .definedTag(tags.count - 1))
    }

    /// The linker-synthesized `__indirect_function_table`, for `call_indirect` and table relocations
    /// (imported once, however often it is asked for).
    public mutating func importIndirectFunctionTable() -> SymbolIndex {
        if let existing = indirectFunctionTable { return existing }
        let type = TableType(elementType: .funcref, limits: Limits(minimum: 0))
        tableImports.append(Import(module: "env", field: "__indirect_function_table", descriptor: .table(type)))
        let symbol = addSymbol(SymbolInfo(kind: .table, flags: [.undefined, .noStrip], name: nil),
                               .importedTable(tableImports.count - 1))
        indirectFunctionTable = symbol
        return symbol
    }

    /// Defines a function. `relocations` are relative to the start of `body.code`.
    public mutating func defineFunction(_ name: String, type: FunctionType, body: FunctionBody,
                                        relocations: [Relocation], flags: SymbolFlags = []) -> SymbolIndex {
        functions.append(DefinedFunction(typeIndex: typeIndex(of: type), body: body, relocations: relocations))
        return addSymbol(SymbolInfo(kind: .function, flags: flags, name: name),
                         .definedFunction(functions.count - 1))
    }

    /// Declares a function whose body comes later (`setFunctionBody`), so that code compiled
    /// before it can already call it by symbol.
    public mutating func declareFunction(_ name: String, type: FunctionType, flags: SymbolFlags = []) -> SymbolIndex {
        defineFunction(name, type: type, body: FunctionBody(locals: [], code: [0x00, 0x0B]), relocations: [], flags: flags)
    }

    /// Supplies the body of a function `declareFunction` declared.
    public mutating func setFunctionBody(_ symbol: SymbolIndex, body: FunctionBody, relocations: [Relocation]) {
        guard case .definedFunction(let index) = symbols[Int(symbol.raw)].target else {
            preconditionFailure("symbol \(symbol.raw) is not a defined function")
        }
        functions[index].body = body
        functions[index].relocations = relocations
    }

    /// Puts defined functions and data symbols in a COMDAT group, so the linker keeps one copy
    /// of the group per name across objects.
    public mutating func addComdat(_ name: String, symbols members: [SymbolIndex]) {
        comdats.append((name, members))
    }

    /// Defines a data symbol covering a whole new segment. `relocations` are relative to `bytes`.
    public mutating func defineData(_ name: String, segmentName: String, bytes: [UInt8], alignmentLog2: UInt32,
                                    relocations: [Relocation] = [], flags: SymbolFlags = [],
                                    segmentFlags: SegmentFlags = []) -> SymbolIndex {
        segments.append(Segment(info: SegmentInfo(name: segmentName, alignmentLog2: alignmentLog2, flags: segmentFlags),
                                bytes: bytes, relocations: relocations))
        return addSymbol(SymbolInfo(kind: .data, flags: flags, name: name),
                         .data(segment: segments.count - 1, offset: 0, size: UInt64(bytes.count)))
    }

    public mutating func undefinedData(_ name: String, flags: SymbolFlags = []) -> SymbolIndex {
        addSymbol(SymbolInfo(kind: .data, flags: flags.union(.undefined), name: name),
                  .data(segment: nil, offset: 0, size: 0))
    }

    /// Registers a function to run from `__wasm_call_ctors`, lowest priority first.
    public mutating func addInitFunction(_ symbol: SymbolIndex, priority: UInt32 = 65535) {
        initFunctions.append(InitFunction(priority: priority, symbolIndex: symbol.raw))
    }

    public func build() -> WasmModule {
        let functions = functionsWithIndexPlaceholders()
        var sections: [Section] = [.type(types)]
        let memoryPages = UInt64((segmentAddresses().end + 0xffff) / 0x10000)
        let memoryImport = Import(module: "env", field: "__linear_memory",
                                  descriptor: .memory(Limits(minimum: memoryPages)))
        sections.append(.import([memoryImport] + functionImports + globalImports + tableImports + tagImports))
        if !functions.isEmpty {
            sections.append(.function(functions.map(\.typeIndex)))
        }
        if !tags.isEmpty { sections.append(.tag(tags)) }
        var codeSectionIndex: UInt32?
        var codeRelocations: [Relocation] = []
        if !functions.isEmpty {
            codeSectionIndex = UInt32(sections.count)
            codeRelocations = layOutCode(functions)
            sections.append(.code(functions.map(\.body)))
        }
        var dataSectionIndex: UInt32?
        var dataRelocations: [Relocation] = []
        if !segments.isEmpty {
            dataSectionIndex = UInt32(sections.count)
            let (data, relocations) = layOutData()
            dataRelocations = relocations
            sections.append(.data(data))
        }
        sections += customSections.map(Section.custom)
        sections.append(.linking(linkingSection()))
        if let index = codeSectionIndex, !codeRelocations.isEmpty {
            sections.append(.relocation(RelocationSection(name: "reloc.CODE", targetSection: index,
                                                          entries: codeRelocations)))
        }
        if let index = dataSectionIndex, !dataRelocations.isEmpty {
            sections.append(.relocation(RelocationSection(name: "reloc.DATA", targetSection: index,
                                                          entries: dataRelocations)))
        }
        // LLVM's section order: name after linking and reloc.*, before producers.
        if includesFunctionNames { sections.append(.name(functionNameSection())) }
        if let producers { sections.append(.producers(producers)) }
        if let targetFeatures { sections.append(.targetFeatures(targetFeatures)) }
        return WasmModule(sections: sections, sizeEncoding: .padded)
    }

    private func functionNameSection() -> NameSection {
        let importedFunctions = UInt32(functionImports.count)
        var names: [NameAssociation] = []
        for symbol in symbols {
            switch symbol.target {
            case .importedFunction(let i):
                names.append(NameAssociation(index: UInt32(i), name: symbol.info.name ?? functionImports[i].field))
            case .definedFunction(let i):
                if let name = symbol.info.name { names.append(NameAssociation(index: importedFunctions + UInt32(i), name: name)) }
            default: continue
            }
        }
        names.sort { $0.index < $1.index }
        return NameSection(subsections: [.map(.function, names)])
    }

    /// Writes each function- and tag-index relocation's final index into its padded LEB, as LLVM
    /// does, so the object validates on its own (imports may have been added after the body was encoded).
    private func functionsWithIndexPlaceholders() -> [DefinedFunction] {
        let importedFunctions = UInt32(functionImports.count)
        let importedTags = UInt32(tagImports.count)
        return functions.map { function in
            var function = function
            for relocation in function.relocations
            where relocation.type == .functionIndexLEB || relocation.type == .tagIndexLEB {
                let index: UInt32
                switch symbols[Int(relocation.index)].target {
                case .importedFunction(let i), .importedTag(let i): index = UInt32(i)
                case .definedFunction(let i): index = importedFunctions + UInt32(i)
                case .definedTag(let i): index = importedTags + UInt32(i)
                default: continue
                }
                for byte in 0..<5 {
                    let bits = UInt8(truncatingIfNeeded: index >> (7 * UInt32(byte))) & 0x7F
                    function.body.code[Int(relocation.offset) + byte] = byte == 4 ? bits : bits | 0x80
                }
            }
            return function
        }
    }

    /// Rebases each body's relocations onto the code section payload, as the writer will lay it out.
    private func layOutCode(_ functions: [DefinedFunction]) -> [Relocation] {
        var offset = LEB128.unsignedSize(UInt64(functions.count))
        var relocations: [Relocation] = []
        for function in functions {
            var locals = ByteWriter()
            locals.count(function.body.locals.count)
            for group in function.body.locals {
                locals.uleb(group.count)
                locals.valueType(group.type)
            }
            let size = locals.count + function.body.code.count
            let codeStart = offset + LEB128.unsignedSize(UInt64(size)) + locals.count
            for var relocation in function.relocations {
                relocation.offset += UInt32(codeStart)
                relocations.append(relocation)
            }
            offset += LEB128.unsignedSize(UInt64(size)) + size
        }
        return relocations
    }

    /// Segment addresses in the object's own address space: each aligned after the previous.
    private func segmentAddresses() -> (addresses: [UInt64], end: UInt64) {
        var address: UInt64 = 0
        var addresses: [UInt64] = []
        for segment in segments {
            let alignment = UInt64(1) << UInt64(segment.info.alignmentLog2)
            address = (address + alignment - 1) / alignment * alignment
            addresses.append(address)
            address += UInt64(segment.bytes.count)
        }
        return (addresses, address)
    }

    private func layOutData() -> ([DataSegment], [Relocation]) {
        let addresses = segmentAddresses().addresses
        var offset = LEB128.unsignedSize(UInt64(segments.count))
        var data: [DataSegment] = []
        var relocations: [Relocation] = []
        for (segment, address) in zip(segments, addresses) {
            let dataSegment = DataSegment.active(offset: .i32(Int32(truncatingIfNeeded: address)), bytes: segment.bytes)
            var header = ByteWriter()
            header.uleb(0)
            header.constExpr(dataSegment.offset ?? .i32(0))
            header.count(segment.bytes.count)
            for var relocation in segment.relocations {
                relocation.offset += UInt32(offset + header.count)
                relocations.append(relocation)
            }
            offset += header.count + segment.bytes.count
            data.append(dataSegment)
        }
        return (data, relocations)
    }

    private func linkingSection() -> LinkingSection {
        let importedFunctions = UInt32(functionImports.count)
        let table = symbols.map { symbol -> SymbolInfo in
            var info = symbol.info
            switch symbol.target {
            case .importedFunction(let i), .importedGlobal(let i), .importedTable(let i), .importedTag(let i):
                info.index = UInt32(i)
            case .definedFunction(let i):
                info.index = importedFunctions + UInt32(i)
            case .definedTag(let i):
                info.index = UInt32(tagImports.count + i)
            case .data(let segment, let offset, let size):
                info.index = UInt32(segment ?? 0)
                info.offset = offset
                info.size = size
            }
            return info
        }
        // LLVM's order. The symbol table must come first: LLVM 14's reader checks init
        // functions against the symbols it has already read.
        var subsections: [LinkingSubsection] = [.symbolTable(table)]
        if !segments.isEmpty { subsections.append(.segmentInfo(segments.map(\.info))) }
        if !initFunctions.isEmpty { subsections.append(.initFuncs(initFunctions)) }
        if !comdats.isEmpty {
            subsections.append(.comdatInfo(comdats.map { comdat in
                Comdat(name: comdat.name, entries: comdat.members.compactMap { member -> ComdatEntry? in
                    switch symbols[Int(member.raw)].target {
                    case .definedFunction(let i): ComdatEntry(kind: .function, index: importedFunctions + UInt32(i))
                    case .data(let segment?, _, _): ComdatEntry(kind: .data, index: UInt32(segment))
                    default: nil
                    }
                })
            }))
        }
        return LinkingSection(subsections: subsections)
    }
}
