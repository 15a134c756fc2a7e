import ObjWriter

/// Output data segments, string merging and the memory layout (lld's Writer::createOutputSegments,
/// OutputSegment and Writer::layoutMemory).
extension LinkContext {
    func outputSegmentName(_ segment: InputSegment) -> String {
        if segment.isTLS { return ".tdata" }
        if !config.mergeDataSegments { return segment.name }
        for prefix in [".text", ".data", ".bss", ".rodata"] where segment.name.hasPrefix(prefix + ".") {
            return prefix
        }
        return segment.name
    }

    func createOutputSegments() {
        var byName: [String: Int] = [:]
        for file in objectFiles {
            for id in files[Int(file.raw)].segments where segments[Int(id.raw)].live {
                let name = outputSegmentName(segments[Int(id.raw)])
                let index: Int
                // A relocatable link keeps comdat segments apart so the final link can drop them.
            let comdat = config.relocatable && segments[Int(id.raw)].comdat >= 0
            if !comdat, let existing = byName[name] {
                    index = existing
                } else {
                    index = outputSegments.count
                    if !comdat { byName[name] = index }
                    var segment = OutputSegment(name: name, index: index)
                    segment.isPassive = config.sharedMemory
                    segment.isBss = !config.relocatable && name.hasPrefix(".bss")
                    outputSegments.append(segment)
                }
                outputSegments[index].inputSegments.append(id)
                outputSegments[index].alignmentLog2 = max(outputSegments[index].alignmentLog2,
                                                          segments[Int(id.raw)].alignmentLog2)
                outputSegments[index].linkingFlags.formUnion(segments[Int(id.raw)].flags)
            }
        }
        func order(_ name: String) -> Int {
            if name.hasPrefix(".tdata") { return 0 }
            if name.hasPrefix(".rodata") { return 1 }
            if name.hasPrefix(".data") { return 2 }
            if name.hasPrefix(".bss") { return 4 }
            return 3
        }
        // A stable sort by kind, with .bss last.
        outputSegments = outputSegments.enumerated()
            .sorted { (order($0.element.name), $0.offset) < (order($1.element.name), $1.offset) }
            .map(\.element)
        for i in outputSegments.indices {
            outputSegments[i].index = i
            finalizeInputSegments(i)
        }
    }

    /// Merges the string segments of one output segment and assigns every input its offset.
    func finalizeInputSegments(_ index: Int) {
        var merged: [(flags: SegmentFlags, alignment: UInt32, chunk: SegmentID, members: [SegmentID])] = []
        var inputs: [SegmentID] = []
        for id in outputSegments[index].inputSegments {
            let s = segments[Int(id.raw)]
            guard s.merge != nil else {
                inputs.append(id)
                continue
            }
            if let m = merged.firstIndex(where: { $0.flags == s.flags && $0.alignment == s.alignmentLog2 }) {
                merged[m].members.append(id)
            } else {
                let chunk = SegmentID(raw: Int32(segments.count))
                segments.append(InputSegment(file: nil, name: outputSegments[index].name, alignmentLog2: s.alignmentLog2,
                                             flags: s.flags, bytes: [][...], live: true))
                merged.append((s.flags, s.alignmentLog2, chunk, [id]))
                inputs.append(chunk)
            }
        }
        for m in merged {
            segments[Int(m.chunk.raw)].bytes = mergeStrings(m.members.map { .segment($0) })[...]
        }
        var size: UInt64 = 0
        for id in inputs {
            let alignment = UInt64(1) << UInt64(segments[Int(id.raw)].alignmentLog2)
            size = (size + alignment - 1) / alignment * alignment
            segments[Int(id.raw)].outputSegment = OutputSegmentID(raw: Int32(index))
            segments[Int(id.raw)].outputSegmentOffset = size
            size += UInt64(segments[Int(id.raw)].bytes.count)
        }
        for m in merged {
            for member in m.members {
                segments[Int(member.raw)].outputSegment = OutputSegmentID(raw: Int32(index))
                segments[Int(member.raw)].merge?.parent = m.chunk.raw
            }
        }
        outputSegments[index].inputSegments = inputs
        outputSegments[index].size = size
    }

    enum MergeTarget {
        case segment(SegmentID)
        case section(SectionID)
    }

    /// Splits each chunk into NUL-terminated strings and builds their deduplicated,
    /// tail-merged table, as LLVM's StringTableBuilder (RAW kind) lays it out.
    func mergeStrings(_ targets: [MergeTarget]) -> [UInt8] {
        var pieces: [ArraySlice<UInt8>] = []
        var pieceIndex: [ArraySlice<UInt8>: Int] = [:]
        var piecesOfTarget: [[Int]] = []
        for target in targets {
            let bytes: ArraySlice<UInt8>
            switch target {
            case .segment(let id): bytes = segments[Int(id.raw)].bytes
            case .section(let id): bytes = sections[Int(id.raw)].bytes
            }
            var inputOffsets: [UInt32] = []
            var indices: [Int] = []
            var start = bytes.startIndex
            while start < bytes.endIndex {
                var end = start
                while end < bytes.endIndex && bytes[end] != 0 { end += 1 }
                if end == bytes.endIndex {
                    diagnostics.error("string is not null terminated")
                    break
                }
                let piece = bytes[start...end]
                inputOffsets.append(UInt32(start - bytes.startIndex))
                if let existing = pieceIndex[piece] {
                    indices.append(existing)
                } else {
                    pieceIndex[piece] = pieces.count
                    indices.append(pieces.count)
                    pieces.append(piece)
                }
                start = end + 1
            }
            piecesOfTarget.append(indices)
            switch target {
            case .segment(let id): segments[Int(id.raw)].merge?.inputOffsets = inputOffsets
            case .section(let id): sections[Int(id.raw)].merge?.inputOffsets = inputOffsets
            }
        }
        var order = Array(pieces.indices)
        Self.multikeySort(&order[...], pieces, 0)
        var offsets = Array(repeating: 0, count: pieces.count)
        var table: [UInt8] = []
        var previous: ArraySlice<UInt8> = []
        for p in order {
            let piece = pieces[p]
            if previous.count >= piece.count && previous.suffix(piece.count).elementsEqual(piece) {
                offsets[p] = table.count - piece.count
                continue
            }
            offsets[p] = table.count
            table.append(contentsOf: piece)
            previous = piece
        }
        for (t, target) in targets.enumerated() {
            let output = piecesOfTarget[t].map { UInt32(offsets[$0]) }
            switch target {
            case .segment(let id): segments[Int(id.raw)].merge?.outputOffsets = output
            case .section(let id): sections[Int(id.raw)].merge?.outputOffsets = output
            }
        }
        return table
    }

    /// Three-way radix quicksort on strings read from their last byte backwards, greatest first,
    /// so that a string comes right after one it is a suffix of.
    static func multikeySort(_ vec: inout ArraySlice<Int>, _ pieces: [ArraySlice<UInt8>], _ position: Int) {
        var position = position
        var lower = vec.startIndex
        var upper = vec.endIndex
        func tail(_ p: Int) -> Int {
            let s = pieces[p]
            return position >= s.count ? -1 : Int(s[s.endIndex - position - 1])
        }
        while upper - lower > 1 {
            let pivot = tail(vec[lower])
            var i = lower
            var j = upper
            var k = lower + 1
            while k < j {
                let c = tail(vec[k])
                if c > pivot {
                    vec.swapAt(i, k)
                    i += 1
                    k += 1
                } else if c < pivot {
                    j -= 1
                    vec.swapAt(j, k)
                } else {
                    k += 1
                }
            }
            multikeySort(&vec[lower..<i], pieces, position)
            multikeySort(&vec[j..<upper], pieces, position)
            if pivot == -1 { return }
            lower = i
            upper = j
            position += 1
        }
    }

    /// Offset of byte `offset` of a segment within its output segment.
    func chunkOffset(_ id: SegmentID, _ offset: UInt64) -> UInt64 {
        let i = Int(id.raw)
        if let parent = segments[i].merge?.parent, parent >= 0 {
            return chunkOffset(SegmentID(raw: parent), segments[i].merge?.outputOffset(of: offset) ?? offset)
        }
        return segments[i].outputSegmentOffset &+ offset
    }

    func virtualAddress(_ id: SegmentID, _ offset: UInt64) -> UInt64 {
        let start = segments[Int(id.raw)].outputSegment.map { outputSegments[Int($0.raw)].startVA } ?? 0
        return start &+ chunkOffset(id, offset)
    }

    /// The address a data symbol resolves to (TLS symbols: relative to the TLS segment).
    func dataAddress(_ id: SymbolID, absolute: Bool = false) -> UInt64 {
        let i = Int(id.raw)
        guard let segment = symbols[i].segment else { return symbols[i].value }
        if symbols[i].isTLS && !absolute { return chunkOffset(segment, symbols[i].value) }
        return virtualAddress(segment, symbols[i].value)
    }

    func requiredInBinary(_ segment: OutputSegment) -> Bool { !segment.isBss || emitBssSegments }

    /// Places data, stack and heap in linear memory (lld's layoutMemory).
    func layoutMemory() {
        var memoryPtr: UInt64 = 0
        func alignTo(_ v: UInt64, _ a: UInt64) -> UInt64 { (v + a - 1) / a * a }
        func setData(_ id: SymbolID?, _ value: UInt64) {
            if let id { self[id].value = value }
        }
        func placeStack() {
            if config.relocatable { return }
            memoryPtr = alignTo(memoryPtr, 16)
            setData(stackLow, memoryPtr)
            if config.zStackSize % 16 != 0 { diagnostics.error("stack size must be 16-byte aligned") }
            memoryPtr += config.zStackSize
            if let sp = stackPointer, let g = self[sp].global {
                globals[Int(g.raw)].initializer = .i32(Int32(truncatingIfNeeded: memoryPtr))
            }
            setData(stackHigh, memoryPtr)
        }
        if config.stackFirst {
            placeStack()
            if config.globalBase != 0 {
                if config.globalBase < memoryPtr {
                    diagnostics.error("--global-base cannot be less than stack size when --stack-first is used")
                    return
                }
                memoryPtr = config.globalBase
            }
        } else {
            memoryPtr = config.globalBase
        }
        setData(globalBaseSymbol, memoryPtr)
        let dataStart = memoryPtr
        setData(dsoHandle, dataStart)
        for i in outputSegments.indices {
            memoryPtr = alignTo(memoryPtr, UInt64(1) << UInt64(outputSegments[i].alignmentLog2))
            outputSegments[i].startVA = memoryPtr
            if outputSegments[i].isTLS, let tls = tlsBase, !config.sharedMemory, let g = self[tls].global {
                globals[Int(g.raw)].initializer = .i32(Int32(truncatingIfNeeded: memoryPtr))
            }
            memoryPtr += outputSegments[i].size
        }
        setData(dataEnd, memoryPtr)
        if !config.stackFirst { placeStack() }
        if let heapBase {
            memoryPtr = alignTo(memoryPtr, 16)
            self[heapBase].value = memoryPtr
        }
        let maxMemorySetting: UInt64 = 1 << 32
        if config.initialHeap != 0 {
            if config.initialHeap % 65536 != 0 { diagnostics.error("initial heap must be aligned to the page size (65536 bytes)") }
            let maxInitialHeap = maxMemorySetting &- memoryPtr
            if config.initialHeap > maxInitialHeap {
                diagnostics.error("initial heap too large, cannot be greater than \(maxInitialHeap)")
            }
            memoryPtr += config.initialHeap
        }
        if config.initialMemory != 0 {
            if config.initialMemory % 65536 != 0 { diagnostics.error("initial memory must be aligned to the page size (65536 bytes)") }
            if memoryPtr > config.initialMemory {
                diagnostics.error("initial memory too small, \(memoryPtr) bytes needed")
            }
            if config.initialMemory > maxMemorySetting {
                diagnostics.error("initial memory too large, cannot be greater than \(maxMemorySetting)")
            }
            memoryPtr = config.initialMemory
        }
        memoryPtr = alignTo(memoryPtr, 65536)
        memoryPages = memoryPtr / 65536
        setData(heapEnd, memoryPtr)
        var maxMemory: UInt64 = 0
        if config.maxMemory != 0 {
            if config.maxMemory % 65536 != 0 { diagnostics.error("maximum memory must be aligned to the page size (65536 bytes)") }
            if memoryPtr > config.maxMemory { diagnostics.error("maximum memory too small, \(memoryPtr) bytes needed") }
            if config.maxMemory > maxMemorySetting {
                diagnostics.error("maximum memory too large, cannot be greater than \(maxMemorySetting)")
            }
            maxMemory = config.maxMemory
        } else if config.noGrowableMemory {
            maxMemory = memoryPtr
        }
        if config.sharedMemory && maxMemory == 0 { maxMemory = memoryPtr }
        maxMemoryPages = maxMemory / 65536
    }

    /// `__start_X` / `__stop_X` for every output segment whose name is a C identifier.
    func addStartStopSymbols() {
        guard !config.relocatable else { return }
        for segment in outputSegments where isValidCIdentifier(segment.name) {
            _ = addOptionalDataSymbol("__start_" + segment.name, value: segment.startVA)
            _ = addOptionalDataSymbol("__stop_" + segment.name, value: segment.startVA + segment.size)
        }
    }
}

func isValidCIdentifier(_ s: String) -> Bool {
    guard let first = s.utf8.first, first == UInt8(ascii: "_") || (first | 0x20 >= 97 && first | 0x20 <= 122) else {
        return false
    }
    return s.utf8.allSatisfy { c in
        c == UInt8(ascii: "_") || (c >= 48 && c <= 57) || (c | 0x20 >= 97 && c | 0x20 <= 122)
    }
}
