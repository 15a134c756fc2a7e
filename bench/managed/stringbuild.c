// String building, the same work as stringbuild.cs on malloc'd NUL-terminated
// char buffers: a doubling buffer for the StringBuilder, snprintf for the
// ints, strtol to parse them back, a left-to-right non-overlapping replace and
// an ASCII upper-casing that each make a new string, every string freed once
// used.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ITERATIONS 300000

static const char *const words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};

typedef struct {
    char *chars;
    size_t length, capacity;
} Builder;

static void builder_init(Builder *b) {
    b->capacity = 16;
    b->length = 0;
    b->chars = malloc(b->capacity);
}

static void builder_reserve(Builder *b, size_t count) {
    if (b->capacity - b->length >= count) return;
    size_t capacity = b->capacity * 2;
    if (capacity - b->length < count) capacity = b->length + count;
    b->chars = realloc(b->chars, capacity);
    b->capacity = capacity;
}

static void append_chars(Builder *b, const char *s, size_t n) {
    builder_reserve(b, n);
    memcpy(b->chars + b->length, s, n);
    b->length += n;
}

static void append_str(Builder *b, const char *s) { append_chars(b, s, strlen(s)); }

static void append_char(Builder *b, char c) { append_chars(b, &c, 1); }

static void append_int(Builder *b, int value) {
    char digits[16];
    int n = snprintf(digits, sizeof digits, "%d", value);
    append_chars(b, digits, (size_t)n);
}

// The builder's contents as a new string; the builder is freed.
static char *builder_finish(Builder *b) {
    char *s = malloc(b->length + 1);
    memcpy(s, b->chars, b->length);
    s[b->length] = 0;
    free(b->chars);
    return s;
}

static char *substring(const char *s, size_t start, size_t length) {
    char *r = malloc(length + 1);
    memcpy(r, s + start, length);
    r[length] = 0;
    return r;
}

static int parse_int(const char *s) { return (int)strtol(s, NULL, 10); }

// Every occurrence of `from`, left to right and not overlapping, replaced by `to`.
static char *replace(const char *s, const char *from, const char *to) {
    size_t from_len = strlen(from), to_len = strlen(to), count = 0;
    for (const char *p = strstr(s, from); p != NULL; p = strstr(p + from_len, from)) count++;
    size_t length = strlen(s) + count * to_len - count * from_len;
    char *r = malloc(length + 1), *out = r;
    const char *done = s;
    for (const char *p = strstr(s, from); p != NULL; p = strstr(done, from)) {
        memcpy(out, done, (size_t)(p - done));
        out += p - done;
        memcpy(out, to, to_len);
        out += to_len;
        done = p + from_len;
    }
    strcpy(out, done);
    return r;
}

static char *to_upper(const char *s) {
    size_t length = strlen(s);
    char *r = malloc(length + 1);
    for (size_t i = 0; i <= length; i++) r[i] = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 'a' + 'A') : s[i];
    return r;
}

int main(void) {
    long long checksum = 0;
    for (int i = 0; i < ITERATIONS; i++) {
        const char *word = words[i & 7];
        int a = i % 10007 * 7919 % 10007 - 5000;

        Builder sb;
        builder_init(&sb);
        append_str(&sb, word);
        append_char(&sb, '[');
        append_int(&sb, i);
        append_str(&sb, "]=");
        append_int(&sb, a);
        for (int k = 0; k <= (i & 3); k++) {
            append_char(&sb, ',');
            append_int(&sb, a * k + i);
        }
        char *line = builder_finish(&sb);

        char modulus[16];
        snprintf(modulus, sizeof modulus, "%d", i % 97);
        size_t line_len = strlen(line), word_len = strlen(word), modulus_len = strlen(modulus);
        size_t joined_len = line_len + 1 + word_len + 1 + modulus_len;
        char *joined = malloc(joined_len + 1), *out = joined;
        memcpy(out, line, line_len); out += line_len;
        *out++ = ';';
        memcpy(out, word, word_len); out += word_len;
        *out++ = '/';
        memcpy(out, modulus, modulus_len + 1);

        size_t open = (size_t)(strchr(joined, '[') - joined);
        size_t close = (size_t)(strchr(joined + open, ']') - joined);
        char *index_text = substring(joined, open + 1, close - open - 1);
        int index = parse_int(index_text);
        size_t eq = (size_t)(strchr(joined, '=') - joined);
        size_t comma = (size_t)(strchr(joined + eq, ',') - joined);
        char *value_text = substring(joined, eq + 1, comma - eq - 1);
        int value = parse_int(value_text);

        char *spaced = replace(joined, ",", ", ");
        char *replaced = replace(spaced, word, "w");
        char *upper = to_upper(replaced);
        const char *w = strstr(upper, "W");
        int at = w == NULL ? -1 : (int)(w - upper);

        size_t replaced_len = strlen(replaced), upper_len = strlen(upper);
        checksum += (long long)(line_len + joined_len + replaced_len + upper_len);
        checksum += index + value + at + upper[upper_len / 2] + upper[upper_len - 1];

        if (i % 75001 == 0) {
            printf("%s\n", joined);
            printf("%s\n", upper);
        }

        free(line);
        free(joined);
        free(index_text);
        free(value_text);
        free(spaced);
        free(replaced);
        free(upper);
    }
    printf("checksum: %lld\n", checksum);
    return 0;
}
