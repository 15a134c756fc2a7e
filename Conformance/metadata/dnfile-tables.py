#!/usr/bin/env python3
"""Print an assembly's metadata tables as `r2r-cc --dump-tables` does, read by dnfile.

An independent reader for the metadata conformance suite: row counts, every row's raw
cells and file offset, and the names and signature blob offsets of every TypeDef,
MethodDef and MemberRef.
"""
import sys
import dnfile

# ECMA-335 table numbers; dnfile names tables as the standard does.
TABLES = ["Module", "TypeRef", "TypeDef", "FieldPtr", "Field", "MethodPtr", "MethodDef", "ParamPtr",
          "Param", "InterfaceImpl", "MemberRef", "Constant", "CustomAttribute", "FieldMarshal",
          "DeclSecurity", "ClassLayout", "FieldLayout", "StandAloneSig", "EventMap", "EventPtr",
          "Event", "PropertyMap", "PropertyPtr", "Property", "MethodSemantics", "MethodImpl",
          "ModuleRef", "TypeSpec", "ImplMap", "FieldRva", "EncLog", "EncMap", "Assembly",
          "AssemblyProcessor", "AssemblyOS", "AssemblyRef", "AssemblyRefProcessor", "AssemblyRefOS",
          "File", "ExportedType", "ManifestResource", "NestedClass", "GenericParam", "MethodSpec",
          "GenericParamConstraint"]


def quoted(s):
    out = '"'
    for ch in s:
        c = ord(ch)
        if ch in '"\\' or c < 0x20 or c > 0x7E:
            out += "\\u{%x}" % c
        else:
            out += ch
    return out + '"'


def text(raw):
    if raw is None:
        return ""
    if isinstance(raw, bytes):
        return raw.decode("utf-8")
    return str(raw)


def main(path):
    pe = dnfile.dnPE(path, fast_load=False)
    md = pe.net.mdtables
    present = {t.name: t for t in md.tables_list}
    out = []
    for name in TABLES:
        t = present.get(name)
        if t is not None and t.num_rows > 0:
            out.append("table %s rows=%d" % (name, t.num_rows))
    strings = pe.net.metadata.streams.get(b"#Strings")
    for name in TABLES:
        t = present.get(name)
        if t is None:
            continue
        for i, row in enumerate(t.rows, 1):
            cells = []
            for value in row.struct.__unpacked_data_elms__:
                cells.append(str(value))
            out.append("%s %d @%d %s" % (name, i, row.struct.get_file_offset(), " ".join(cells)))

    def name_of(offset):
        return text(strings.get(offset).value if hasattr(strings.get(offset), "value") else strings.get(offset))

    for i, row in enumerate(present["TypeDef"].rows if "TypeDef" in present else [], 1):
        out.append("TypeDef %d name=%s %s" % (i, quoted(name_of(row.struct.TypeNamespace_StringIndex)),
                                               quoted(name_of(row.struct.TypeName_StringIndex))))
    for i, row in enumerate(present["MethodDef"].rows if "MethodDef" in present else [], 1):
        out.append("MethodDef %d name=%s sig=%d" % (i, quoted(name_of(row.struct.Name_StringIndex)),
                                                   row.struct.Signature_BlobIndex))
    for i, row in enumerate(present["MemberRef"].rows if "MemberRef" in present else [], 1):
        out.append("MemberRef %d name=%s sig=%d" % (i, quoted(name_of(row.struct.Name_StringIndex)),
                                                   row.struct.Signature_BlobIndex))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
