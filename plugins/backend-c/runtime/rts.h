/* RTS C runtime: the ABI shared by generated code, the runtime library and
 * the GC plugin.  Generated C includes this header first.
 *
 * Object model: every GC object starts with an 8-byte header (type id +
 * GC flags).  The GC learns each type's shape from rts_typeinfos[], which the
 * generated program defines (the runtime's types first: framework/rtyper/typetable.ts).
 * Strings are arrays of UTF-16 code units, as in JavaScript.
 */
#ifndef RTS_H
#define RTS_H
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

typedef int64_t rts_int;
typedef double rts_float;
typedef uint16_t rts_char;

#define RTS_LIKELY(x) __builtin_expect(!!(x), 1)
/* The tiny helpers of generated code: inlined even into huge functions (an
 * interpreter's dispatch loop), where the compiler's size limits would stop. */
#define RTS_HOT inline __attribute__((always_inline))
#define RTS_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* a function called only on paths that raise (funcgen.ts coldCallees) */
#define RTS_NOINLINE __attribute__((noinline))
#define RTS_NORETURN __attribute__((noreturn))

/* ---- object header and type table ------------------------------------ */
typedef struct rts_hdr {
  uint32_t tid;     /* index into rts_typeinfos */
  uint32_t gcflags; /* bits 0-9 owned by the GC plugin; 10-31 the identity number (rts_op_identity_hash) */
} rts_hdr;

#define RTS_GCFLAG_PREBUILT 0x1u /* static object emitted by the backend */

typedef struct rts_typeinfo {
  const char *name;
  uint32_t fixedsize;   /* bytes, header included; for var-sized: offset of items */
  uint32_t itemsize;    /* 0 for fixed-size types */
  uint32_t length_ofs;  /* var-sized: offset of the int64 item count */
  const uint16_t *ptr_ofs;      /* GC pointer offsets in the fixed part, 0-terminated */
  const uint16_t *item_ptr_ofs; /* GC pointer offsets inside one item, 0xFFFF-terminated */
} rts_typeinfo;

extern const rts_typeinfo rts_typeinfos[];
extern const uint32_t rts_typeinfo_count;

/* Builtin type ids; program classes start at RTS_TID_FIRST_CLASS. */
enum {
  RTS_TID_NONE = 0,
  RTS_TID_STR = 1,        /* rts_str */
  RTS_TID_ITEMS_RAW = 2,  /* rts_items holding ints/floats/bools */
  RTS_TID_ITEMS_GC = 3,   /* rts_items holding GC pointers (or NULL) */
  RTS_TID_LIST = 4,       /* rts_list */
  RTS_TID_U8ARR = 5,      /* rts_u8arr */
  RTS_TID_I32ARR = 6,     /* rts_i32arr */
  RTS_TID_F64ARR = 7,     /* rts_f64arr */
  RTS_TID_MAP = 8,        /* rts_map (also used for sets) */
  RTS_TID_MENTRIES_00 = 9,  /* rts_mentries: key raw, value raw */
  RTS_TID_MENTRIES_01 = 10, /* key raw, value GC */
  RTS_TID_MENTRIES_10 = 11, /* key GC (string), value raw */
  RTS_TID_MENTRIES_11 = 12, /* key GC, value GC */
  RTS_TID_MINDEX = 13,      /* rts_mindex: open-addressing slots */
  RTS_TID_STRBUF = 14,      /* rts_strbuf: growable code units shared by string views */
  RTS_TID_STRVIEW = 15,     /* rts_strview: a string whose code units are a range of a strbuf */
  RTS_TID_FIRST_CLASS = 16
};

/* ---- builtin layouts ---------------------------------------------------- */
typedef union rts_word { int64_t i; double f; void *p; } rts_word;

typedef struct rts_str {
  rts_hdr hdr;
  int64_t len;
  int64_t hash; /* 0 = not computed yet */
  rts_char chars[];
} rts_str;

/* Strings built by concatenation: `s += piece` and `s = piece + s` in a
 * loop must be amortized linear.  A concatenation whose result is long
 * becomes a *view*: the same header, length and hash as an rts_str, then a
 * buffer and the view's start in it.  A buffer has room to grow at both
 * ends; the units written are chars[lo..used), and every view on it sees a
 * range of them.  A view that ends at `used` may append in place, one that
 * starts at `lo` may prepend in place (the units other views see never
 * change), so growing the latest result at the end it grows copies only the
 * piece (CPython grows a uniquely referenced string in place; this needs no
 * reference count; V8 builds ropes).  Read a string's units through
 * rts_str_chars(). */
typedef struct rts_strbuf {
  rts_hdr hdr;
  int64_t cap;  /* code units allocated */
  int64_t used; /* end of the units written */
  int64_t lo;   /* start of the units written */
  rts_char chars[];
} rts_strbuf;

typedef struct rts_strview {
  rts_hdr hdr;
  int64_t len;
  int64_t hash;
  rts_strbuf *buf;
  int64_t start; /* the view's units: buf->chars[start..start+len) */
} rts_strview;

static inline const rts_char *rts_str_chars(const rts_str *s) {
  if (RTS_LIKELY(s->hdr.tid == RTS_TID_STR)) return s->chars;
  const rts_strview *v = (const rts_strview *)s;
  return v->buf->chars + v->start;
}

/* ---- null and undefined --------------------------------------------------
 * A pointer is NULL for null and &rts_undefined for undefined: a static,
 * empty string object, so a stray read of it finds a valid header and a
 * zero length.  Primitives that may be null or undefined (OptSigned,
 * OptFloat, OptBool) use sentinels no real value has: int64 values that are
 * not doubles, signalling NaNs (arithmetic only makes quiet ones), 2 and 3. */
extern rts_str rts_undefined;
#define RTS_UNDEF_PTR ((void *)&rts_undefined)
#define RTS_INT_UNDEF (INT64_MIN + 1)
#define RTS_INT_NULL (INT64_MIN + 2)
#define RTS_FLOAT_UNDEF_BITS UINT64_C(0x7FF0000000000001)
#define RTS_FLOAT_NULL_BITS UINT64_C(0x7FF0000000000002)
#define RTS_FLOAT_UNDEF (((union { uint64_t u; double d; }){.u = RTS_FLOAT_UNDEF_BITS}).d)
#define RTS_FLOAT_NULL (((union { uint64_t u; double d; }){.u = RTS_FLOAT_NULL_BITS}).d)
#define RTS_BOOL_UNDEF 2
#define RTS_BOOL_NULL 3
static inline uint64_t rts_float_bits(double d) {
  union { uint64_t u; double d; } x = {.d = d};
  return x.u;
}

typedef struct rts_items {
  rts_hdr hdr;
  int64_t cap;
  rts_word data[];
} rts_items;

typedef struct rts_list {
  rts_hdr hdr;
  int64_t len;
  rts_items *items;
} rts_list;

typedef struct rts_u8arr { rts_hdr hdr; int64_t len; uint8_t data[]; } rts_u8arr;
typedef struct rts_i32arr { rts_hdr hdr; int64_t len; int32_t data[]; } rts_i32arr;
typedef struct rts_f64arr { rts_hdr hdr; int64_t len; double data[]; } rts_f64arr;

/* Insertion-ordered hash map (CPython/PyPy "compact dict" layout).
 * entries[] keeps insertion order; deleted entries have state == 0.
 * index[] maps hash slots to entry number + 1 (0 = empty, -1 = deleted). */
typedef struct rts_mentry { int64_t state; rts_word key; rts_word value; } rts_mentry;
/* next: the array that replaced this one (NULL while it is the map's): a
 * for-of loop holding an old array follows it to find its place again */
typedef struct rts_mentries { rts_hdr hdr; int64_t cap; struct rts_mentries *next; rts_mentry data[]; } rts_mentries;
typedef struct rts_mindex { rts_hdr hdr; int64_t cap; int64_t slots[]; } rts_mindex;

enum { RTS_MAP_KEY_INT = 0, RTS_MAP_KEY_STR = 1 };
typedef struct rts_map {
  rts_hdr hdr;
  int64_t size;      /* live entries */
  int64_t used;      /* entries[] slots used, deleted ones included */
  int64_t flags;     /* bit0: key is string; bit1: value is GC pointer */
  rts_mentries *entries;
  rts_mindex *index;
} rts_map;

/* The type table's rows are computed by the toolkit (framework/rtyper/
 * typetable.ts) and emitted by the C backend, the runtime's types first;
 * RTS_OFS_ writes one row's offset lists. */
#define RTS_OFS_(...) ((const uint16_t[]){__VA_ARGS__})

/* ---- GC plugin interface ---------------------------------------------------
 * Shadow stack: generated functions push the GC pointers that are live across
 * a call that may collect, and reload them afterwards (the GC may move them). */
extern void **rts_ss_base;
extern void **rts_ss_top;
extern void **rts_ss_limit;

void rts_gc_init(void);
void *rts_gc_malloc(uint32_t tid, size_t size); /* zeroed, header set */
/* Inline allocation: a GC that exports gcBumpCell() publishes a two-word cell
 * [free, top]; while top - free >= size, an object of `size` bytes is carved
 * from zeroed memory at `free` by generated code itself (RPython's inlined
 * nursery fast path).  top is 0 whenever the GC wants every allocation to
 * reach it (torture mode).  NULL without such a GC. */
extern int64_t *rts_gc_bump;
/* The fast path alone: NULL when the object does not fit (the caller then
 * calls rts_gc_malloc, which may collect: transforms/mallocfast.ts). */
static RTS_HOT void *rts_gc_malloc_bump(uint32_t tid, size_t size) {
  int64_t *b = rts_gc_bump;
  /* as the GC's round8: multiples of 8, and at least 16 (header + a forwarding pointer:
   * an 8-byte object, a class without fields, would lose its neighbour's header when moved) */
  size_t rounded = size < 16 ? 16 : (size + 7) & ~(size_t)7;
  if (RTS_LIKELY(b != NULL) && rounded < 16384) {
    int64_t p = b[0];
    if (RTS_LIKELY(b[1] - p >= (int64_t)rounded)) {
      b[0] = p + (int64_t)rounded;
      ((rts_hdr *)(intptr_t)p)->tid = tid;
      return (void *)(intptr_t)p;
    }
  }
  return NULL;
}
static RTS_HOT void *rts_gc_malloc_fast(uint32_t tid, size_t size) {
  void *p = rts_gc_malloc_bump(tid, size);
  return RTS_LIKELY(p != NULL) ? p : rts_gc_malloc(tid, size);
}
void *rts_gc_malloc_varsize(uint32_t tid, int64_t length); /* sets the length field */
void rts_gc_collect(void);
void rts_gc_collect_young(void); /* a minor collection, when the GC has generations (else nothing) */
void rts_gc_report(void); /* prints stats when RTSLOG asks for them */
/* a quasi-immutable field of an object the JIT watches changed: watcher n's traces are invalidated (the JIT runtime's, in --jit programs) */
void rts_jit_quasi_immut_fire(int64_t n) __attribute__((weak));
void rts_gc_write_barrier(void *obj); /* GC pointers were stored into obj (flagged by the GC) */
void rts_gc_write_barrier_item(void *obj, int64_t index); /* ... into item `index` of a var-sized obj */
/* Write barrier: every store of a GC pointer into a heap object goes through
 * RTS_WB (or RTS_WB_ITEM for an item of a var-sized object) before the store.
 * The GC sets rts_gc_barrier_flag to the header flag it wants to hear about
 * (0: no barrier); a generational GC flags old objects, so young-to-young
 * stores cost one test. */
extern uint32_t rts_gc_barrier_flag;
/* Card marking inline: an object flagged with rts_gc_card_flag (as well as the
 * barrier flag) is already in the GC's card list, and an item store only sets
 * its card byte: byte i >> rts_gc_card_shift of the table whose address is
 * the word at obj + rts_gc_card_table_offset.  (GC constants CARD_FLAG,
 * CARD_SHIFT, CARD_TABLE_OFFSET; 0 when the GC has no cards.) */
extern uint32_t rts_gc_card_flag;
extern int rts_gc_card_shift;
extern intptr_t rts_gc_card_table_offset;
#define RTS_WB(obj) \
  do { if (RTS_UNLIKELY(((rts_hdr *)(obj))->gcflags & rts_gc_barrier_flag)) rts_gc_write_barrier(obj); } while (0)
#define RTS_WB_ITEM(obj, i) \
  do { \
    uint32_t wbf_ = ((rts_hdr *)(obj))->gcflags; \
    if (RTS_UNLIKELY(wbf_ & rts_gc_barrier_flag)) { \
      if (wbf_ & rts_gc_card_flag) \
        (*(uint8_t **)((char *)(obj) + rts_gc_card_table_offset))[(int64_t)(i) >> rts_gc_card_shift] = 1; \
      else \
        rts_gc_write_barrier_item((obj), (i)); \
    } \
  } while (0)

/* Roots the program owns, emitted by the backend: addresses of global
 * variables holding GC pointers, and every prebuilt object (scanned, not moved). */
extern void **const rts_global_roots[];
extern void *const rts_prebuilt_objects[];

#define RTS_PUSH_ROOT(p) (*rts_ss_top++ = (void *)(p))
#define RTS_POP_ROOT(T) ((T)(*--rts_ss_top))

/* ---- exceptions ---------------------------------------------------------
 * The current exception (an instance of an Error class) or NULL.  Calls that
 * can raise are followed by a check of rts_exc (the exception transform). */
extern void *rts_exc;
/* Defined by the generated program: builds an instance of a builtin Error class. */
enum { RTS_ERR_ERROR = 0, RTS_ERR_RANGE = 1, RTS_ERR_TYPE = 2 };
void rts_raise_builtin(int kind, const char *message);
/* Generated: prints "Name: message" of the exception, for uncaught ones. */
void rts_print_uncaught(void *exc);

/* ---- fatal errors and checks ------------------------------------------- */
RTS_NORETURN void rts_fatal(const char *what, const char *where);
RTS_NORETURN void rts_fatal_index(int64_t index, int64_t len, const char *where);
RTS_NORETURN void rts_fatal_null(const char *where);

/* stack overflow check: generated at function entry */
extern char *rts_stack_limit;
#define RTS_STACK_CHECK(fail) do { char _c; if (RTS_UNLIKELY(&_c < rts_stack_limit)) { rts_raise_builtin(RTS_ERR_RANGE, "Maximum call stack size exceeded"); fail; } } while (0)

/* ---- strings (runtime/strings.c) ------------------------------------------
 * Semantics follow JavaScript's String.prototype methods exactly. */
rts_str *rts_str_alloc(int64_t len);
rts_str *rts_str_from_utf8(const char *s, int64_t nbytes);
rts_str *rts_str_from_cstr(const char *s);
char *rts_str_to_utf8(rts_str *s, int64_t *nbytes); /* malloc'd, caller frees */
/* Unicode data as Node has it (unicode.c, tables generated from Node) */
#define RTS_CASE_MAX 4
int rts_case_map(uint32_t c, bool upper, rts_char out[RTS_CASE_MAX]); /* the code units c maps to */
bool rts_is_cased(uint32_t c);
bool rts_is_case_ignorable(uint32_t c);
int64_t rts_unicode_width(uint32_t c); /* display width, as Node's getStringWidth counts it */

/* number <-> string, exactly as JavaScript prints them (String(int) is RTS code: rts/rlib/strings strFromInt) */
rts_str *rts_float_to_str(double v);   /* Number.prototype.toString() */
rts_str *rts_float_to_fixed(double v, int64_t digits); /* Number.prototype.toFixed() */
rts_str *rts_float_to_exponential(double v, int64_t digits, bool given); /* toExponential(digits?) */
rts_str *rts_float_to_precision(double v, int64_t precision, bool given); /* toPrecision(precision?) */
rts_str *rts_float_to_radix(double v, int64_t radix);       /* toString(radix) */
rts_str *rts_formatd(double v, rts_str *code, int64_t precision); /* rts/rlib formatd: printf %e %f %g */
double rts_str_to_number(rts_str *s);                 /* Number(s) */
double rts_str_parse_float(rts_str *s);               /* parseFloat(s) */
double rts_str_parse_int(rts_str *s, int64_t radix);  /* parseInt(s, radix); radix 0: absent */
int rts_float_format(double v, char *buf); /* same, into buf[32]; returns length */

/* console.log of one value: writes the text and a newline to stdout */
void rts_log_str(rts_str *s);
void rts_log_int(int64_t v);
void rts_log_float(double v); /* like console.log: -0 prints as "-0" */
void rts_log_bool(bool v);
void rts_log_cstr(const char *s);

/* ---- lists (runtime/lists.c) ---------------------------------------------- */
rts_list *rts_list_new(int64_t len, bool gc_items); /* len zeroed items */
rts_list *rts_list_new_filled(int64_t n, bool gc_items, rts_word w); /* n copies of w; RangeError unless 0 <= n < 2^32 */
void rts_list_push(rts_list *l, rts_word w);        /* may collect */
/* The inside of a list for the RTS list methods (rts/lltype, rts/rlib/lists): */
void rts_list_reserve(rts_list *l, int64_t cap);    /* room for cap items; may collect */
void rts_list_move(rts_list *src, int64_t from, rts_list *dst, int64_t to, int64_t n); /* memmove of items */

/* ---- maps and sets (runtime/maps.c) --------------------------------------- */
rts_map *rts_map_new(bool gc_keys, bool gc_values); /* keys: strings or objects */
void rts_map_fresh_tables(rts_map *m, int64_t ecap); /* new empty arrays, used = 0; may collect */
/* Key hashes (rts/lltype keyHash): 32-bit, of contents only */
static inline uint32_t rts_fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}
static inline int64_t rts_key_hash_int(int64_t k) {
  return rts_fmix32((uint32_t)k ^ rts_fmix32((uint32_t)((uint64_t)k >> 32)));
}
/* An object key's hash: of its identity number, kept in the GC flags above
 * bit 10 (rts/ll IDENTITY_SHIFT; GCs keep those bits) and given on first use;
 * prebuilt objects have theirs from translation time (below 2^21). */
#define RTS_IDENTITY_SHIFT 10
uint32_t rts_identity_give(rts_hdr *h);
static inline int64_t rts_op_identity_hash(void *p) {
  if (p == NULL) return 0;
  uint32_t id = ((rts_hdr *)p)->gcflags >> RTS_IDENTITY_SHIFT;
  if (RTS_UNLIKELY(id == 0)) id = rts_identity_give((rts_hdr *)p);
  return rts_fmix32(id);
}
double rts_random(void);
void rts_log_opt_int(int64_t v);
void rts_log_opt_float(double v);
void rts_log_opt_bool(int64_t v);
RTS_NORETURN void rts_fatal_nullish(bool is_undefined, const char *where);

/* ---- I/O and process (runtime/os.c) -------------------------------------- */
void rts_write_str(int64_t fd, rts_str *s);  /* UTF-8 */
void rts_write_utf16(int64_t fd, const rts_char *c, int64_t n);
int rts_int_format(int64_t v, char *buf);  /* as JavaScript prints the int, into buf[32]; returns the length */

/* ---- console.log (inspect.c) ----------------------------------------------
 * The static type of each argument comes as a descriptor; instances find the
 * fields to show through rts_inspect_classes[tid] (generated). */
enum {
  RTS_I_INT, RTS_I_FLOAT, RTS_I_BOOL, RTS_I_OPTINT, RTS_I_OPTFLOAT, RTS_I_OPTBOOL, RTS_I_STR, RTS_I_NONE, RTS_I_FUNC,
  RTS_I_LIST, RTS_I_U8, RTS_I_I32, RTS_I_F64, RTS_I_MAP, RTS_I_SET, RTS_I_INST, RTS_I_TUPLE,
  RTS_I_DICT /* an object used as a map (Record<string, T>): a Map printed as an object */
};
typedef struct rts_idesc {
  int kind;
  const struct rts_idesc *item;  /* list item, map key, set element */
  const struct rts_idesc *value; /* map value */
} rts_idesc;
/* absent: a record's optional property its literal did not write, not shown while undefined */
typedef struct rts_ifield { const char *name; uint32_t offset; const rts_idesc *desc; bool absent; } rts_ifield;
/* boxed: a primitive of a value union (rts/rlib/values), printed as its one field;
 * symbol: a symbol (rts/rlib/values SymbolValue), printed as Symbol(description) */
typedef struct rts_iclass { const char *name; uint32_t nfields; const rts_ifield *fields; bool boxed; bool symbol; } rts_iclass;
extern const rts_iclass *const rts_inspect_classes[];
typedef struct rts_logarg { rts_word value; const rts_idesc *desc; } rts_logarg;
void rts_log_values(int n, const rts_logarg *args);
/* shared with json.c: a field's word, the class of a boxed primitive (or NULL),
 * undefined in any representation, a dict's live entries in JavaScript's key order (malloc'd) */
rts_word rts_inspect_field(const char *obj, const rts_ifield *f);
const rts_iclass *rts_inspect_boxed(rts_word v, const rts_idesc *d);
bool rts_inspect_is_undefined(rts_word v, const rts_idesc *d);
int64_t *rts_inspect_dict_order(const rts_map *m, int64_t *count);
/* ... and the UTF-16 text both build their output in (malloc'd, not GC memory; `who` names the caller when memory runs out) */
typedef struct rts_utext { rts_char *c; int64_t len, cap; } rts_utext;
static inline void rts_utext_put(rts_utext *t, rts_char ch, const char *who) {
  if (t->len == t->cap) {
    t->cap = t->cap ? 2 * t->cap : 64;
    t->c = realloc(t->c, (size_t)t->cap * sizeof(rts_char));
    if (!t->c) rts_fatal("out of memory", who);
  }
  t->c[t->len++] = ch;
}
static inline void rts_utext_ascii(rts_utext *t, const char *s, const char *who) {
  while (*s) rts_utext_put(t, (rts_char)(unsigned char)*s++, who);
}
/* JSON.stringify(v) (json.c): a string, or RTS_UNDEF_PTR for undefined and functions */
rts_str *rts_json_stringify(rts_word v, const rts_idesc *d, rts_str *gap);
void rts_write_byte(int64_t fd, int64_t b);
int64_t rts_read_byte(int64_t fd);           /* -1 at EOF */
rts_str *rts_read_file(rts_str *path);      /* NULL when it cannot be read */
/* files (rts/rlib/os openFile ...): descriptors, byte strings, -errno on failure */
int64_t rts_file_open(rts_str *path, int64_t flags, int64_t mode);
rts_str *rts_file_read(int64_t fd, int64_t max); /* NULL on failure */
int64_t rts_file_write(int64_t fd, rts_str *data);
int64_t rts_file_close(int64_t fd);
int64_t rts_file_seek(int64_t fd, int64_t offset, int64_t whence);
int64_t rts_file_truncate(int64_t fd, int64_t length);
int64_t rts_file_remove(rts_str *path);
int64_t rts_file_errno(void);
bool rts_is_terminal(int64_t fd);
rts_str *rts_current_directory(void);        /* NULL when getcwd fails */
rts_str *rts_read_line(void);                /* NULL at EOF */
double rts_clock(void);                      /* seconds, monotonic */
double rts_time_now_ms(void);                /* Date.now() */
void rts_flush_all(void);

/* ---- program entry -------------------------------------------------------
 * Generated: calls the RTS main(argv); returns its result.  The runtime's
 * main() (runtime/main.c) sets up the stack limit and the GC, builds argv,
 * reports an uncaught exception (exit 1) and flushes output. */
int64_t rts_entry(rts_list *argv);

/* the program's Math.pow (V8's algorithm, rts/rlib/fdlibm), passed to the int ** fallback */
typedef double (*rts_pow_fn)(double, double);

/* ---- numbers -------------------------------------------------------------- */
int32_t rts_to_int32(double v);            /* ECMAScript ToInt32 */
int64_t rts_float_to_int_checked(double v, const char *where); /* Math.floor etc. results */
double rts_js_round(double v);             /* Math.round */
#endif
