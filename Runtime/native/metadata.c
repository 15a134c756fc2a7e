// metadata.c — the little of the ECMA-335 tables the runtime reads (II.22,
// II.24.2.6): row sizes of tables 0x00–0x06, to reach a MethodDef row's name
// and signature blob, and the Module row's name.
#include "r2r.h"

#include <string.h>

enum {
    T_MODULE = 0x00, T_TYPEREF = 0x01, T_TYPEDEF = 0x02, T_FIELDPTR = 0x03, T_FIELD = 0x04,
    T_METHODPTR = 0x05, T_METHODDEF = 0x06, T_PARAM = 0x08, T_MODULEREF = 0x1A, T_TYPESPEC = 0x1B,
    T_ASSEMBLYREF = 0x23,
};

static uint32_t heap_index_size(const Metadata* m, uint8_t flag) { return (m->heapSizes & flag) ? 4 : 2; }
static uint32_t string_size(const Metadata* m) { return heap_index_size(m, 0x01); }
static uint32_t guid_size(const Metadata* m) { return heap_index_size(m, 0x02); }
static uint32_t blob_size(const Metadata* m) { return heap_index_size(m, 0x04); }
static uint32_t table_index_size(const Metadata* m, int table) { return m->rowCounts[table] < 0x10000 ? 2 : 4; }

// A coded index is 2 bytes when every table it may point at has fewer than
// 2^(16 - tag bits) rows.
static uint32_t coded_index_size(const Metadata* m, int tagBits, const int* tables, int count) {
    for (int i = 0; i < count; i++)
        if (m->rowCounts[tables[i]] >= (1u << (16 - tagBits))) return 4;
    return 2;
}

static uint32_t row_size(const Metadata* m, int table) {
    static const int resolutionScope[] = {T_MODULE, T_MODULEREF, T_ASSEMBLYREF, T_TYPEREF};
    static const int typeDefOrRef[] = {T_TYPEDEF, T_TYPEREF, T_TYPESPEC};
    switch (table) {
    case T_MODULE: return 2 + string_size(m) + 3 * guid_size(m);
    case T_TYPEREF: return coded_index_size(m, 2, resolutionScope, 4) + 2 * string_size(m);
    case T_TYPEDEF:
        return 4 + 2 * string_size(m) + coded_index_size(m, 2, typeDefOrRef, 3) + table_index_size(m, T_FIELD) +
               table_index_size(m, T_METHODDEF);
    case T_FIELDPTR: return table_index_size(m, T_FIELD);
    case T_FIELD: return 2 + string_size(m) + blob_size(m);
    case T_METHODPTR: return table_index_size(m, T_METHODDEF);
    default: return 4 + 2 + 2 + string_size(m) + blob_size(m) + table_index_size(m, T_PARAM);  // T_METHODDEF
    }
}

static uint32_t read_index(const uint8_t* p, uint32_t size) {
    uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8;
    if (size == 4) v |= (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return v;
}

// The row of table at rid (1-based), or NULL if the table stream does not hold it.
static const uint8_t* row_at(const Metadata* m, int table, uint32_t rid) {
    if (rid == 0 || rid > m->rowCounts[table]) return NULL;
    uint64_t offset = 0;
    for (int t = 0; t < table; t++) offset += (uint64_t)m->rowCounts[t] * row_size(m, t);
    offset += (uint64_t)(rid - 1) * row_size(m, table);
    if (offset + row_size(m, table) > m->tablesSize) return NULL;
    return m->tables + offset;
}

static const char* string_at(const Metadata* m, uint32_t index) {
    if (index >= m->stringsSize) return NULL;
    const char* s = (const char*)m->strings + index;
    return strnlen(s, m->stringsSize - index) < m->stringsSize - index ? s : NULL;
}

void r2r_metadata_method(const Metadata* m, uint32_t rid, MethodDefRow* row, const char* context) {
    const uint8_t* p = row_at(m, T_METHODDEF, rid);
    if (p == NULL) r2r_fatal("%s: MethodDef row %u is not in the metadata (%u rows)", context, (unsigned)rid, (unsigned)m->rowCounts[T_METHODDEF]);
    uint32_t nameIndex = read_index(p + 8, string_size(m));
    uint32_t blobIndex = read_index(p + 8 + string_size(m), blob_size(m));
    row->name = string_at(m, nameIndex);
    if (row->name == NULL) r2r_fatal("%s: MethodDef row %u: name index 0x%x is outside #Strings", context, (unsigned)rid, (unsigned)nameIndex);

    // A blob is a compressed length (II.23.2: 1, 2 or 4 bytes), then the bytes.
    if (blobIndex >= m->blobsSize) r2r_fatal("%s: MethodDef row %u: signature index 0x%x is outside #Blob", context, (unsigned)rid, (unsigned)blobIndex);
    const uint8_t* b = m->blobs + blobIndex;
    uint32_t available = m->blobsSize - blobIndex, header, length;
    if ((b[0] & 0x80) == 0) {
        header = 1;
        length = b[0];
    } else if ((b[0] & 0xC0) == 0x80 && available >= 2) {
        header = 2;
        length = (uint32_t)(b[0] & 0x3F) << 8 | b[1];
    } else if ((b[0] & 0xE0) == 0xC0 && available >= 4) {
        header = 4;
        length = (uint32_t)(b[0] & 0x1F) << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    } else {
        r2r_fatal("%s: MethodDef row %u: signature blob at 0x%x has a bad length", context, (unsigned)rid, (unsigned)blobIndex);
    }
    if (length > available - header)
        r2r_fatal("%s: MethodDef row %u: signature blob at 0x%x (%u bytes) runs past #Blob", context, (unsigned)rid, (unsigned)blobIndex, (unsigned)length);
    row->signature = b + header;
    row->signatureSize = length;
}

const char* r2r_metadata_module_name(const Metadata* m) {
    const uint8_t* p = row_at(m, T_MODULE, 1);
    const char* name = p != NULL ? string_at(m, read_index(p + 2, string_size(m))) : NULL;
    return name != NULL ? name : "?";
}
