#!/usr/bin/env python3
"""check_references.py — does the core library define everything a program
compiled against mono's mscorlib uses?

  check_references.py CoreLib.dll PROGRAM.exe...

Every TypeRef into another assembly must name a type CoreLib.dll defines (by
namespace and name, nested types by their enclosing type), and every MemberRef
on such a type a method or field of that name and the same signature (types
compared by full name), on the type or one of its base types — which is how
r2r-cc will resolve them (ARCHITECTURE.md decision 6). Members of
multi-dimensional array types are the code generator's, not checked. Prints each missing
type or member and exits 1 if there is any.
"""
import sys

import dnfile

ELEMENT_NAMES = {
    0x01: "void", 0x02: "bool", 0x03: "char", 0x04: "int8", 0x05: "uint8", 0x06: "int16", 0x07: "uint16",
    0x08: "int32", 0x09: "uint32", 0x0A: "int64", 0x0B: "uint64", 0x0C: "float32", 0x0D: "float64",
    0x0E: "string", 0x16: "typedref", 0x18: "native int", 0x19: "native uint", 0x1C: "object",
}


class Assembly:
    def __init__(self, path):
        self.path = path
        self.pe = dnfile.dnPE(path)
        tables = self.pe.net.mdtables
        self.typedefs = tables.TypeDef.rows if tables.TypeDef else []
        self.typerefs = tables.TypeRef.rows if tables.TypeRef else []
        self.typespecs = tables.TypeSpec.rows if tables.TypeSpec else []
        self.methods = tables.MethodDef.rows if tables.MethodDef else []
        self.fields = tables.Field.rows if tables.Field else []
        self.enclosing = {}  # TypeDef rid -> enclosing TypeDef rid
        if tables.NestedClass:
            for row in tables.NestedClass.rows:
                self.enclosing[row.NestedClass.row_index] = row.EnclosingClass.row_index

    def typedef_name(self, rid):
        row = self.typedefs[rid - 1]
        if rid in self.enclosing:
            return self.typedef_name(self.enclosing[rid]) + "/" + str(row.TypeName)
        return qualified(row.TypeNamespace, row.TypeName)

    def typeref_name(self, rid):
        row = self.typerefs[rid - 1]
        scope = row.ResolutionScope
        if scope is not None and scope.table is not None and scope.table.name == "TypeRef":
            return self.typeref_name(scope.row_index) + "/" + str(row.TypeName)
        return qualified(row.TypeNamespace, row.TypeName)

    def typeref_is_external(self, rid):
        scope = self.typerefs[rid - 1].ResolutionScope
        if scope is None or scope.table is None:
            return False
        if scope.table.name == "TypeRef":
            return self.typeref_is_external(scope.row_index)
        return scope.table.name == "AssemblyRef"

    def members(self, rid):
        """(methods, fields) of TypeDef rid: its MethodList/FieldList run up to the next type's."""
        def run(attribute, table):
            start = getattr(self.typedefs[rid - 1].struct, attribute)
            end = getattr(self.typedefs[rid].struct, attribute) if rid < len(self.typedefs) else len(table) + 1
            return table[start - 1:end - 1]
        return run("MethodList_Index", self.methods), run("FieldList_Index", self.fields)


def qualified(namespace, name):
    namespace = str(namespace or "")
    return namespace + "." + str(name) if namespace else str(name)


class Signature:
    """ECMA-335 II.23.2 signature blobs, as text with types by full name."""

    def __init__(self, assembly, data):
        self.assembly, self.data, self.at = assembly, data, 0

    def byte(self):
        b = self.data[self.at]
        self.at += 1
        return b

    def compressed(self):
        b = self.byte()
        if b & 0x80 == 0:
            return b
        if b & 0xC0 == 0x80:
            return (b & 0x3F) << 8 | self.byte()
        return (b & 0x1F) << 24 | self.byte() << 16 | self.byte() << 8 | self.byte()

    def type_token(self):
        value = self.compressed()
        tag, rid = value & 3, value >> 2
        if tag == 0:
            return self.assembly.typedef_name(rid)
        if tag == 1:
            return self.assembly.typeref_name(rid)
        return "typespec(%s)" % Signature(self.assembly, bytes(self.assembly.typespecs[rid - 1].Signature.value)).type()

    def type(self):
        e = self.byte()
        if e in ELEMENT_NAMES:
            return ELEMENT_NAMES[e]
        if e == 0x0F:
            return self.type() + "*"
        if e == 0x10:
            return self.type() + "&"
        if e in (0x11, 0x12):
            return self.type_token()
        if e == 0x13:
            return "!%d" % self.compressed()
        if e == 0x1E:
            return "!!%d" % self.compressed()
        if e == 0x1D:
            return self.type() + "[]"
        if e == 0x14:
            element, rank = self.type(), self.compressed()
            sizes = [self.compressed() for _ in range(self.compressed())]
            bounds = [self.compressed() for _ in range(self.compressed())]
            return "%s[%s;%s;%s]" % (element, rank, sizes, bounds)
        if e == 0x15:
            generic = self.type()
            arguments = [self.type() for _ in range(self.compressed())]
            return "%s<%s>" % (generic, ",".join(arguments))
        if e == 0x1B:
            return "method " + self.method()
        if e in (0x1F, 0x20):
            modifier = self.type_token()
            return "%s(%s) %s" % ("modreq" if e == 0x1F else "modopt", modifier, self.type())
        if e == 0x45:
            return "pinned " + self.type()
        raise ValueError("element type 0x%02x" % e)

    def method(self):
        convention = self.byte()
        generic = "<%d>" % self.compressed() if convention & 0x10 else ""
        count = self.compressed()
        result = self.type()
        parameters = []
        for _ in range(count):
            if self.data[self.at] == 0x41:  # SENTINEL: vararg arguments follow
                self.at += 1
                parameters.append("...")
            parameters.append(self.type())
        this = "instance " if convention & 0x20 else ""
        return "%s%s%s(%s)" % (this, result, generic, ", ".join(parameters))

    def member(self):
        if self.data[0] == 0x06:
            self.at = 1
            return "field " + self.type()
        return self.method()


def check(corelib, program):
    defined = {corelib.typedef_name(rid): rid for rid in range(1, len(corelib.typedefs) + 1)}
    problems = []
    for rid in range(1, len(program.typerefs) + 1):
        name = program.typeref_name(rid)
        if program.typeref_is_external(rid) and name not in defined:
            problems.append("type %s" % name)

    rows = program.pe.net.mdtables.MemberRef.rows if program.pe.net.mdtables.MemberRef else []
    for row in rows:
        parent = row.Class
        if parent.table.name == "TypeSpec":
            # A multi-dimensional array's .ctor/Get/Set/Address come from the code
            # generator, not the core library; other specifications (generic
            # instances) are not resolved here.
            spec = bytes(program.typespecs[parent.row_index - 1].Signature.value)
            if spec[0] != 0x14 or str(row.Name) not in (".ctor", "Get", "Set", "Address"):
                problems.append("member %s on %s (the checker does not resolve type specifications)" % (
                    row.Name, Signature(program, spec).type()))
            continue
        if parent.table.name != "TypeRef" or not program.typeref_is_external(parent.row_index):
            continue
        type_name = program.typeref_name(parent.row_index)
        wanted = Signature(program, bytes(row.Signature.value)).member()
        rid = defined.get(type_name)
        found = False
        while rid is not None and not found:
            methods, fields = corelib.members(rid)
            for member in methods + fields:
                if str(member.Name) == str(row.Name) and Signature(corelib, bytes(member.Signature.value)).member() == wanted:
                    found = True
            extends = corelib.typedefs[rid - 1].Extends
            if extends is None or extends.table is None or extends.row_index == 0:
                rid = None
            elif extends.table.name == "TypeDef":
                rid = extends.row_index
            else:
                rid = defined.get(corelib.typeref_name(extends.row_index))
        if not found:
            problems.append("member %s::%s %s" % (type_name, row.Name, wanted))
    return problems


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: check_references.py CoreLib.dll PROGRAM.exe...")
    corelib = Assembly(sys.argv[1])
    failed = False
    for path in sys.argv[2:]:
        program = Assembly(path)
        problems = check(corelib, program)
        refs = len(program.typerefs) + len(program.pe.net.mdtables.MemberRef.rows if program.pe.net.mdtables.MemberRef else [])
        if problems:
            failed = True
            print("%s: %d of %d references are not in the core library:" % (path, len(problems), refs))
            for p in sorted(set(problems)):
                print("  " + p)
        else:
            print("%s: all %d type and member references are in the core library" % (path, refs))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
