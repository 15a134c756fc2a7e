#!/usr/bin/env python3
"""make_image.py — builds, as C source, what r2r-cc would put in an object for an
assembly: the assembly as a WebCIL payload, an R2R header with ImportSections
(one eager InjectStringThunks fixup), RuntimeFunctions and MethodDefEntryPoints
(a NativeArray), and an init function that registers the image. "Compiled
methods" and thunks are C functions named on the command line.

  make_image.py ASSEMBLY PREFIX OUT.c [--method NAME=CFUNC]... [--thunk KEY=CFUNC]...
                [--webcil-version 0|1] [--offset-size 1|2|4] [--offsets OUT.json]

Every data block is writable and listed as a region, so the harness's
test_mutate can damage it before registration (R2R_TEST_MUTATE, harness.c).
--offsets writes where things are inside the regions (Main's signature, the
CLI header, ...), for tests that damage one field on purpose.
"""
import argparse
import json
import struct
import sys

import dnfile

BLOCK_SIZE = 16


def encode_unsigned(v):
    """R2R-WASM.md §4 varuint."""
    if v < 1 << 7:
        return bytes([v << 1])
    if v < 1 << 14:
        return ((v << 2) | 1).to_bytes(2, "little")
    if v < 1 << 21:
        return ((v << 3) | 3).to_bytes(3, "little")
    if v < 1 << 28:
        return ((v << 4) | 7).to_bytes(4, "little")
    return bytes([0x0F]) + v.to_bytes(4, "little")


def encode_subtree(elements, start, size):
    """The block subtree over elements[start:start+size] (None = absent), as the
    reader walks it: size 1 is the element's data; one present element is a leaf
    node (its index in the block, no children) then its data; otherwise a node
    with bit 0 = lower half present (right after the node), bit 1 = higher half
    present (at node + value >> 2)."""
    present = [i for i in range(start, start + size) if elements[i] is not None]
    if not present:
        return None
    if size == 1:
        return elements[start]
    if len(present) == 1:
        return encode_unsigned((present[0] % BLOCK_SIZE) << 2) + elements[present[0]]
    lower = encode_subtree(elements, start, size // 2)
    higher = encode_subtree(elements, start + size // 2, size // 2)
    if higher is None:
        return encode_unsigned(1) + lower
    flags = 2 | (1 if lower is not None else 0)
    lower = lower or b""
    # value >> 2 is the distance from the node's start to the higher child,
    # which depends on the node's own encoded size.
    for node_size in range(1, 6):
        node = encode_unsigned(flags | ((node_size + len(lower)) << 2))
        if len(node) == node_size:
            return node + lower + higher
    raise ValueError("node does not fit")


def native_array(elements, offset_size=None):
    """NativeArray: varuint (count << 2 | entry size code), the block index (one
    offset per 16 elements, relative to the index's start), then the blocks."""
    count = len(elements)
    padded = elements + [None] * (-count % BLOCK_SIZE)
    blocks = []
    for b in range(0, len(padded), BLOCK_SIZE):
        blocks.append(encode_subtree(padded, b, BLOCK_SIZE))
    # An absent block points at a leaf for an index no block has (16).
    empty = encode_unsigned(BLOCK_SIZE << 2)
    for code, width in ((0, 1), (1, 2), (2, 4)):
        if offset_size is not None and width != offset_size:
            continue
        index_size = width * len(blocks)
        body, offsets = b"", []
        empty_at = None
        for block in blocks:
            if block is None:
                if empty_at is None:
                    empty_at = index_size + len(body)
                    body += empty
                offsets.append(empty_at)
            else:
                offsets.append(index_size + len(body))
                body += block
        if all(o < 1 << (8 * width) for o in offsets):
            index = b"".join(o.to_bytes(width, "little") for o in offsets)
            return encode_unsigned((count << 2) | code) + index + body
    raise ValueError("block offsets do not fit")


def u32(data, at):
    return struct.unpack_from("<I", data, at)[0]


def u16(data, at):
    return struct.unpack_from("<H", data, at)[0]


def to_webcil(pe_bytes, version):
    """The WebCIL payload of a PE file (R2R-WASM.md §5) and a function mapping a
    PE file offset to a payload offset."""
    pe_offset = u32(pe_bytes, 0x3C)
    assert pe_bytes[pe_offset:pe_offset + 4] == b"PE\0\0"
    coff = pe_offset + 4
    section_count = u16(pe_bytes, coff + 2)
    optional = coff + 20
    optional_size = u16(pe_bytes, coff + 16)
    magic = u16(pe_bytes, optional)
    directories = optional + (96 if magic == 0x10B else 112)
    debug_rva, debug_size = u32(pe_bytes, directories + 6 * 8), u32(pe_bytes, directories + 6 * 8 + 4)
    cli_rva, cli_size = u32(pe_bytes, directories + 14 * 8), u32(pe_bytes, directories + 14 * 8 + 4)
    sections = []
    for i in range(section_count):
        h = optional + optional_size + 40 * i
        virtual_size, virtual_address, raw_size, raw_pointer = struct.unpack_from("<IIII", pe_bytes, h + 8)
        sections.append((virtual_size, virtual_address, raw_size, raw_pointer))

    header_size = 28 if version == 0 else 32
    at = header_size + 16 * section_count
    table, data, placed = b"", b"", []
    for virtual_size, virtual_address, raw_size, raw_pointer in sections:
        at += -at % 16
        placed.append((raw_pointer, raw_size, at))
        table += struct.pack("<IIII", virtual_size, virtual_address, raw_size, at)
        data += b"\0" * (at - header_size - 16 * section_count - len(data))
        data += pe_bytes[raw_pointer:raw_pointer + raw_size]
        at += raw_size
    header = b"WbIL" + struct.pack("<HHHHIIII", version, 0, section_count, 0, cli_rva, cli_size, debug_rva, debug_size)
    if version == 1:
        header += struct.pack("<I", 0)  # TableBase
    payload = header + table + data

    def payload_offset(file_offset):
        for raw_pointer, raw_size, at in placed:
            if raw_pointer <= file_offset < raw_pointer + raw_size:
                return at + file_offset - raw_pointer
        raise ValueError("file offset %d is in no section" % file_offset)

    return payload, payload_offset


def c_bytes(data):
    lines = []
    for i in range(0, len(data), 20):
        lines.append("    " + ", ".join("0x%02x" % b for b in data[i:i + 20]) + ",")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("assembly")
    parser.add_argument("prefix")
    parser.add_argument("out")
    parser.add_argument("--method", action="append", default=[])
    parser.add_argument("--thunk", action="append", default=[])
    parser.add_argument("--webcil-version", type=int, default=1)
    parser.add_argument("--offset-size", type=int, choices=(1, 2, 4))
    parser.add_argument("--offsets")
    args = parser.parse_args()

    pe_bytes = open(args.assembly, "rb").read()
    pe = dnfile.dnPE(args.assembly)
    payload, payload_offset = to_webcil(pe_bytes, args.webcil_version)

    rows = pe.net.mdtables.MethodDef.rows
    rid_of = {}
    for rid, row in enumerate(rows, 1):
        rid_of.setdefault(str(row.Name), rid)
    # Entry indices in reverse order of the command line, so that they differ from RIDs.
    methods = list(reversed([m.split("=", 1) for m in args.method]))
    functions = [c for _, c in methods]
    elements = [None] * len(rows)
    for entry_index, (name, _) in enumerate(methods):
        if name not in rid_of:
            sys.exit("make_image.py: %s has no method %s" % (args.assembly, name))
        elements[rid_of[name] - 1] = encode_unsigned(entry_index << 1)
    entry_points = native_array(elements, args.offset_size)
    thunks = sorted(t.split("=", 1) for t in args.thunk)

    p = args.prefix
    out = []
    w = out.append
    w("// Generated by make_image.py from %s." % args.assembly.split("/")[-1])
    w('#include "harness.h"\n')
    for c in sorted(set(functions) | {c for _, c in thunks}):
        w("void %s(void);" % c)
    w("")
    w("static uint8_t %s_webcil[%d] __attribute__((aligned(16))) = {\n%s\n};" % (p, len(payload), c_bytes(payload)))
    w("static uint8_t %s_entry_points[%d] = {\n%s\n};" % (p, len(entry_points), c_bytes(entry_points)))
    w("static uint32_t %s_functions[%d] = {%s};" % (p, max(len(functions), 1),
                                                  ", ".join("(uint32_t)(uintptr_t)&%s" % c for c in functions) or "0"))
    w("static struct __attribute__((packed)) {\n    uint8_t kind;")
    for i, (key, _) in enumerate(thunks):
        w("    char key%d[%d];\n    uint32_t value%d;" % (i, len(key) + 1, i))
    w("    uint8_t end;\n} %s_thunks = {0x39, %s0};" % (p, "".join('"%s", (uint32_t)(uintptr_t)&%s, ' % (k, c) for k, c in thunks)))
    w("static uint32_t %s_slots[1];" % p)
    w("static uint32_t %s_signatures[1] = {(uint32_t)(uintptr_t)&%s_thunks};" % (p, p))
    w("static ImportSection %s_imports[1] = {{(uint32_t)(uintptr_t)%s_slots, sizeof %s_slots, 0x1, 0, 4, "
      "(uint32_t)(uintptr_t)%s_signatures, 0}};" % (p, p, p, p))
    w('static char %s_compiler[] = "r2r-cc (Runtime/test/image)";' % p)
    sections = [(100, "%s_compiler" % p), (101, "%s_imports" % p), (102, "%s_functions" % p), (103, "%s_entry_points" % p)]
    w("static R2RHeader %s_header = {0x00525452, 18, 6, 0, %d, {%s}};" % (
        p, len(sections), ", ".join("{%d, (uint32_t)(uintptr_t)&%s, sizeof %s}" % (t, s, s) for t, s in sections)))
    regions = [("header", "&%s_header" % p, "sizeof %s_header" % p), ("webcil", "%s_webcil" % p, "sizeof %s_webcil" % p),
               ("entry_points", "%s_entry_points" % p, "sizeof %s_entry_points" % p),
               ("functions", "%s_functions" % p, "sizeof %s_functions" % p),
               ("thunks", "&%s_thunks" % p, "sizeof %s_thunks" % p), ("imports", "%s_imports" % p, "sizeof %s_imports" % p),
               ("signatures", "%s_signatures" % p, "sizeof %s_signatures" % p)]
    w("static const Region %s_regions[] = {\n%s\n};" % (p, "\n".join(
        '    {"%s", (uint8_t*)%s, %s},' % r for r in regions)))
    w("")
    w("// What r2r-cc's init function does (ABI.md), after the test's damage.")
    w("__attribute__((constructor(100))) static void %s_register(void) {" % p)
    w("    uint32_t size = sizeof %s_webcil;" % p)
    w('    test_mutate("%s", %s_regions, sizeof %s_regions / sizeof %s_regions[0], &size);' % (p, p, p, p))
    w("    r2r_register_image(&%s_header, %s_webcil, size);" % (p, p))
    w("}")
    open(args.out, "w").write("\n".join(out) + "\n")

    if args.offsets:
        offsets = {"webcil_size": len(payload), "entry_points_size": len(entry_points),
                   "thunk_keys": [k for k, _ in thunks]}
        cli = payload_offset(pe.get_offset_from_rva(pe.OPTIONAL_HEADER.DATA_DIRECTORY[14].VirtualAddress))
        offsets["cli_header"] = cli
        offsets["entry_point_token"] = cli + 20
        offsets["metadata"] = payload_offset(pe.get_offset_from_rva(pe.net.struct.MetaDataRva))
        token = pe.net.struct.EntryPointTokenOrRva
        if token:
            row = rows[(token & 0xFFFFFF) - 1]
            blob = pe.net.metadata.streams[b"#Blob"]
            sig = blob.file_offset + row.struct.Signature_BlobIndex + 1  # after a 1-byte length
            offsets["main_signature"] = payload_offset(sig)
            offsets["main_row"] = payload_offset(row.struct.__file_offset__)
        json.dump(offsets, open(args.offsets, "w"), indent=1)


if __name__ == "__main__":
    main()
