/* Inline implementations of low-level operations with checks or JavaScript
 * semantics too long for one C expression.  Included by generated code. */
#ifndef RTS_OPS_H
#define RTS_OPS_H
#include <stdio.h>
#include <string.h>
#include "rts.h"

static inline int64_t rts_op_bool_to_int(bool b) { return b ? 1 : 0; }
static inline bool rts_op_float_is_nan(double v) { return isnan(v); }
/* the IEEE-754 bits of a double, 32 at a time (rts/rlib floatHighWord & co.) */
static inline int64_t rts_op_float_high_word(double v) { uint64_t b; memcpy(&b, &v, 8); return (int32_t)(uint32_t)(b >> 32); }
static inline int64_t rts_op_float_low_word(double v) { uint64_t b; memcpy(&b, &v, 8); return (uint32_t)b; }
static inline double rts_op_float_from_words(int64_t hi, int64_t lo) {
  uint64_t b = ((uint64_t)(uint32_t)hi << 32) | (uint32_t)lo;
  double v;
  memcpy(&v, &b, 8);
  return v;
}
static inline bool rts_op_float_is_finite(double v) { return isfinite(v); }
static inline bool rts_op_float_is_integer(double v) { return isfinite(v) && trunc(v) == v; }

static inline int64_t rts_op_int_mod(int64_t a, int64_t b, const char *where) {
  if (RTS_UNLIKELY(b == 0)) rts_fatal("integer modulo by zero (the result would be NaN)", where);
  if (RTS_UNLIKELY(b == -1)) return 0; /* INT64_MIN % -1 traps in C */
  return a % b;
}

/* ---- ints are JavaScript numbers ------------------------------------------
 * An int is a double that happens to be an integer, held exactly in an
 * int64.  A result of + - * ** or negation beyond +-2^53 is rounded to the
 * nearest double, as V8 computes it; one beyond +-2^63 cannot be held and
 * stops the program (rts_int_overflow).  The fast path is one add and one
 * well-predicted branch over the overflow flag and the range test. */
/* outside [-2^53, 2^53): one shift and one compare (2^53 itself takes the slow path, which keeps it) */
#define RTS_INT_UNSAFE(r) ((uint64_t)(((r) >> 53) + 1) > 1)

RTS_NORETURN void rts_int_overflow(const char *where);
int64_t rts_int_round(int64_t exact, const char *where);
int64_t rts_int_pow_slow(int64_t base, int64_t e, rts_pow_fn pow, const char *where);

static RTS_HOT int64_t rts_op_jsint_add(int64_t a, int64_t b, const char *where) {
  int64_t r;
  if (RTS_UNLIKELY(__builtin_add_overflow(a, b, &r))) rts_int_overflow(where);
  if (RTS_UNLIKELY(RTS_INT_UNSAFE(r))) return rts_int_round(r, where);
  return r;
}

static RTS_HOT int64_t rts_op_jsint_sub(int64_t a, int64_t b, const char *where) {
  int64_t r;
  if (RTS_UNLIKELY(__builtin_sub_overflow(a, b, &r))) rts_int_overflow(where);
  if (RTS_UNLIKELY(RTS_INT_UNSAFE(r))) return rts_int_round(r, where);
  return r;
}

static RTS_HOT int64_t rts_op_jsint_mul(int64_t a, int64_t b, const char *where) {
  int64_t r;
  if (RTS_UNLIKELY(__builtin_mul_overflow(a, b, &r))) rts_int_overflow(where);
  if (RTS_UNLIKELY(RTS_INT_UNSAFE(r))) return rts_int_round(r, where);
  return r;
}

static RTS_HOT int64_t rts_op_jsint_neg(int64_t a, const char *where) {
  if (RTS_UNLIKELY(a == INT64_MIN)) rts_int_overflow(where);
  return -a;
}

static RTS_HOT int64_t rts_op_jsint_abs(int64_t a, const char *where) {
  if (RTS_UNLIKELY(a == INT64_MIN)) rts_int_overflow(where);
  return a < 0 ? -a : a;
}

static inline int64_t rts_op_int_div_trunc(int64_t a, int64_t b, const char *where) {
  if (RTS_UNLIKELY(b == 0)) {
    rts_raise_builtin(RTS_ERR_RANGE, "intDiv: division by zero");
    return 0;
  }
  if (RTS_UNLIKELY(b == -1)) return rts_op_jsint_neg(a, where);
  return a / b;
}

/* rts/rlib wrapAdd/wrapSub/wrapMul: modulo 2^64, then the nearest double as any int */
#define RTS_WRAP_OP(name, op)                                                      \
  static inline int64_t rts_op_wrap_##name(int64_t a, int64_t b, const char *where) { \
    int64_t r = (int64_t)((uint64_t)a op (uint64_t)b);                               \
    return RTS_UNLIKELY(RTS_INT_UNSAFE(r)) ? rts_int_round(r, where) : r;            \
  }
RTS_WRAP_OP(add, +)
RTS_WRAP_OP(sub, -)
RTS_WRAP_OP(mul, *)
int64_t rts_float_wrap_to_int(double v, const char *where);

/* base ** e for e >= 0: exact while the result stays within +-2^53, else V8's double pow (the program's) */
static inline int64_t rts_op_jsint_pow(int64_t base, int64_t e, rts_pow_fn pow, const char *where) {
  int64_t r = 1;
  for (int64_t i = 0; i < e; i++) {
    if (__builtin_mul_overflow(r, base, &r) || RTS_INT_UNSAFE(r)) return rts_int_pow_slow(base, e, pow, where);
    if (r == 0 || r == 1) break;
    if (r == -1) return (e & 1) ? -1 : 1;
  }
  return r;
}

/* JavaScript bitwise operators on int32 values */
static inline int64_t rts_op_int32_and(int64_t a, int64_t b) { return (int32_t)((uint32_t)a & (uint32_t)b); }
static inline int64_t rts_op_int32_or(int64_t a, int64_t b) { return (int32_t)((uint32_t)a | (uint32_t)b); }
static inline int64_t rts_op_int32_xor(int64_t a, int64_t b) { return (int32_t)((uint32_t)a ^ (uint32_t)b); }
static inline int64_t rts_op_int32_shl(int64_t a, int64_t b) { return (int32_t)((uint32_t)a << (b & 31)); }
static inline int64_t rts_op_int32_shr(int64_t a, int64_t b) { return (int32_t)(uint32_t)a >> (b & 31); }
static inline int64_t rts_op_uint32_shr(int64_t a, int64_t b) { return (int64_t)((uint32_t)a >> (b & 31)); }
static inline int64_t rts_op_int32_not(int64_t a) { return (int32_t)~(uint32_t)a; }
static inline int64_t rts_op_int32_mul(int64_t a, int64_t b) { return (int32_t)((uint32_t)a * (uint32_t)b); }
static inline int64_t rts_op_uint32_clz(int64_t a) { return (uint32_t)a == 0 ? 32 : __builtin_clz((uint32_t)a); }

static inline int64_t rts_op_int_sign(int64_t a) { return (a > 0) - (a < 0); }
static inline double rts_op_float_sign(double a) { return a > 0 ? 1.0 : a < 0 ? -1.0 : a; }
/* Math.min / Math.max: NaN wins, and -0 is below +0 */
static inline double rts_op_float_min(double a, double b) {
  if (a != a || b != b) return NAN;
  if (a == b) return signbit(a) ? a : b;
  return a < b ? a : b;
}
static inline double rts_op_float_max(double a, double b) {
  if (a != a || b != b) return NAN;
  if (a == b) return signbit(a) ? b : a;
  return a > b ? a : b;
}
static inline bool rts_op_float_is_true(double a) { return a != 0.0 && a == a; }

static RTS_HOT void *rts_op_check_nonnull(void *p, const char *where) {
  if (RTS_UNLIKELY(p == NULL)) rts_fatal_null(where);
  if (RTS_UNLIKELY(p == RTS_UNDEF_PTR)) rts_fatal_nullish(true, where);
  return p;
}

/* ---- null and undefined (rts.h) ---- */
static inline bool rts_op_opt_float_is_undef(double v) { return rts_float_bits(v) == RTS_FLOAT_UNDEF_BITS; }
static inline bool rts_op_opt_float_is_null(double v) { return rts_float_bits(v) == RTS_FLOAT_NULL_BITS; }
static inline bool rts_op_opt_float_is_nullish(double v) { return rts_float_bits(v) - RTS_FLOAT_UNDEF_BITS <= 1; }
static inline bool rts_op_opt_float_eq(double a, double b) {
  return a == b || (rts_op_opt_float_is_nullish(a) && rts_float_bits(a) == rts_float_bits(b));
}
static inline double rts_op_optint_to_optfloat(int64_t v) {
  return v == RTS_INT_UNDEF ? RTS_FLOAT_UNDEF : v == RTS_INT_NULL ? RTS_FLOAT_NULL : (double)v;
}
static RTS_HOT int64_t rts_op_optint_narrow(int64_t v, const char *where) {
  if (RTS_UNLIKELY(v == RTS_INT_UNDEF || v == RTS_INT_NULL)) rts_fatal_nullish(v == RTS_INT_UNDEF, where);
  return v;
}
static RTS_HOT double rts_op_optfloat_narrow(double v, const char *where) {
  if (RTS_UNLIKELY(rts_op_opt_float_is_nullish(v))) rts_fatal_nullish(rts_op_opt_float_is_undef(v), where);
  return v;
}
static RTS_HOT bool rts_op_optbool_narrow(int64_t v, const char *where) {
  if (RTS_UNLIKELY(v > 1)) rts_fatal_nullish(v == RTS_BOOL_UNDEF, where);
  return v != 0;
}

RTS_NORETURN void rts_fatal_bad_cast(void *p, const char *cls, const char *where);

static RTS_HOT void *rts_op_checked_cast(void *p, uint32_t lo, uint32_t hi, const char *cls, const char *where) {
  if (p != NULL && RTS_UNLIKELY(((rts_hdr *)p)->tid - lo > hi - lo)) rts_fatal_bad_cast(p, cls, where);
  return p;
}

static RTS_HOT bool rts_op_instanceof(void *p, uint32_t lo, uint32_t hi) {
  return p != NULL && ((rts_hdr *)p)->tid - lo <= hi - lo;
}

static RTS_HOT int64_t rts_op_str_len(rts_str *s, const char *where) {
  return ((rts_str *)rts_op_check_nonnull(s, where))->len;
}

static inline void rts_op_str_check_index(rts_str *s, int64_t i, const char *where) {
  if (RTS_UNLIKELY((uint64_t)i >= (uint64_t)s->len)) rts_fatal_index(i, s->len, where);
}

static RTS_HOT rts_word *rts_op_list_item(rts_list *l, int64_t i, const char *where) {
  if (RTS_UNLIKELY((uint64_t)i >= (uint64_t)l->len)) rts_fatal_index(i, l->len, where);
  return &l->items->data[i];
}

/* rts/lltype's storeItem of a GC pointer: item i < capacity, unchecked against the length */
static RTS_HOT void rts_op_list_store_ptr(rts_list *l, int64_t i, void *p) {
  RTS_WB_ITEM(l->items, i);
  l->items->data[i].p = p;
}

/* xs[i] = p for a GC pointer p: the bounds check, then the store */
static RTS_HOT void rts_op_list_set_ptr(rts_list *l, int64_t i, void *p, const char *where) {
  (void)rts_op_list_item(l, i, where);
  rts_op_list_store_ptr(l, i, p);
}

/* rts/lltype's setLength: items dropped off the end are cleared (the GC must not see them) */
static RTS_HOT void rts_op_list_set_len(rts_list *l, int64_t n) {
  if (n < l->len) memset(l->items->data + n, 0, (size_t)(l->len - n) * sizeof(rts_word));
  l->len = n;
}

#define RTS_TYPED_ITEM(a, i, where) \
  (*(RTS_UNLIKELY((uint64_t)(i) >= (uint64_t)(a)->len) ? (rts_fatal_index((i), (a)->len, (where)), &(a)->data[0]) : &(a)->data[i]))

static inline void *rts_op_typed_new(uint32_t tid, int64_t n) {
  if (RTS_UNLIKELY(n < 0 || n > ((int64_t)1 << 32))) {
    char message[64]; /* Node's message names the length */
    snprintf(message, sizeof message, "Invalid typed array length: %lld", (long long)n);
    rts_raise_builtin(RTS_ERR_RANGE, message);
    return NULL;
  }
  return rts_gc_malloc_varsize(tid, n);
}

RTS_NORETURN void rts_fatal_float_index(double v, const char *where);

/* new Array(v)'s length: v when it is an integer in [0, 2^32), else -1 (list_new_filled raises the RangeError) */
static inline int64_t rts_op_float_to_length(double v) {
  return v >= 0 && v <= 4294967295.0 && v == (double)(int64_t)v ? (int64_t)v : -1;
}

/* ToIntegerOrInfinity, with the infinities clamped to +-2^62 (beyond any length) */
static inline int64_t rts_op_float_to_integer(double v) {
  if (!(v == v)) return 0;
  if (v >= 4611686018427387904.0) return INT64_C(4611686018427387904);
  if (v <= -4611686018427387904.0) return -INT64_C(4611686018427387904);
  return (int64_t)v;
}

static RTS_HOT int64_t rts_op_float_to_index(double v, const char *where) {
  int64_t i = (int64_t)v; /* only looked at when v is in range */
  if (RTS_UNLIKELY(!(v >= -9223372036854775808.0 && v < 9223372036854775808.0) || (double)i != v)) rts_fatal_float_index(v, where);
  return i;
}

RTS_NORETURN void rts_fatal_float_key(double v, const char *where);
static inline int64_t rts_op_float_to_key(double v, const char *where) {
  int64_t i = (int64_t)v;
  if (RTS_UNLIKELY(!(v >= -9223372036854775808.0 && v < 9223372036854775808.0) || (double)i != v)) rts_fatal_float_key(v, where);
  return i;
}

static inline int64_t rts_op_float_to_int(double v, const char *where) {
  return rts_float_to_int_checked(v, where);
}

/* str_copy_units: n units of src from `from` into the fresh string dst at `to` (rts/lltype copyUnits) */
static inline void rts_str_copy_units(rts_str *src, int64_t from, rts_str *dst, int64_t to, int64_t n) {
  if (n > 0) memcpy(dst->chars + to, rts_str_chars(src) + from, (size_t)n * sizeof(rts_char));
}

/* strbuf_copy_units: n units of src from `from` into the buffer at `to` (rts/lltype copyUnitsToBuffer) */
static inline void rts_strbuf_copy_units(rts_str *src, int64_t from, rts_str *buf, int64_t to, int64_t n) {
  if (n > 0) memcpy(((rts_strbuf *)buf)->chars + to, rts_str_chars(src) + from, (size_t)n * sizeof(rts_char));
}

/* strview_new: a string of the n units of buf from `start` (rts/lltype newView) */
static inline rts_str *rts_strview_new(rts_str *buf, int64_t start, int64_t n) {
  RTS_PUSH_ROOT(buf);
  rts_strview *v = rts_gc_malloc(RTS_TID_STRVIEW, sizeof(rts_strview));
  v->buf = RTS_POP_ROOT(rts_strbuf *); /* v is new and small: young, no barrier */
  v->start = start;
  v->len = n;
  return (rts_str *)v;
}

/* unicode_upper / unicode_lower: the units code point c maps to on its own, packed as n + 4*u0 + 2^18*u1 + 2^34*u2 (rts/lltype upperCaseOf) */
static inline int64_t rts_op_unicode_case(int64_t c, bool upper) {
  rts_char u[RTS_CASE_MAX];
  int n = rts_case_map((uint32_t)c, upper, u);
  int64_t r = n;
  for (int k = n - 1; k >= 0; k--) r += (int64_t)u[k] << (2 + 16 * k);
  return r;
}
static inline int64_t rts_op_unicode_upper(int64_t c) { return rts_op_unicode_case(c, true); }
static inline int64_t rts_op_unicode_lower(int64_t c) { return rts_op_unicode_case(c, false); }

/* str_units_eq: whether a's n units from i equal b's from j (rts/lltype sameUnits) */
static inline bool rts_str_units_eq(rts_str *a, int64_t i, rts_str *b, int64_t j, int64_t n) {
  return n <= 0 || memcmp(rts_str_chars(a) + i, rts_str_chars(b) + j, (size_t)n * sizeof(rts_char)) == 0;
}

#endif
