/* Runtime pieces the code generator needs beyond strings/lists/maps:
 * list searches and joins of non-string items. */
#include "rts.h"

/* join of a list of ints/floats/bools: converts each item, then joins.
 * l, sep and the list of pieces stay on the shadow stack (allocation moves them). */
rts_str *rts_list_join_words(rts_list *l, rts_str *sep, int kind) {
  void **frame = rts_ss_top;
  RTS_PUSH_ROOT(l);
  RTS_PUSH_ROOT(sep);
  RTS_PUSH_ROOT(NULL);
  frame[2] = rts_list_new(0, true);
  for (int64_t i = 0; i < ((rts_list *)frame[0])->len; i++) {
    rts_word w = ((rts_list *)frame[0])->items->data[i];
    /* join writes undefined and null items as "" */
    bool nullish = (kind == 3 && (uint64_t)(w.i - RTS_INT_UNDEF) <= 1) || (kind == 4 && rts_float_bits(w.f) - RTS_FLOAT_UNDEF_BITS <= 1) || (kind == 5 && w.i > 1);
    rts_str *s = nullish ? rts_str_alloc(0) : kind % 3 == 0 ? rts_int_to_str(w.i) : kind % 3 == 1 ? rts_float_to_str(w.f) : rts_bool_to_str(w.i != 0);
    rts_list_push((rts_list *)frame[2], (rts_word){.p = s});
  }
  rts_str *r = rts_list_join((rts_list *)frame[2], (rts_str *)frame[1]);
  rts_ss_top = frame;
  return r;
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

/* Math.random: xorshift64*, seeded from the clock at first use */
double rts_random(void) {
  if (rng_state == 0x9E3779B97F4A7C15ull) rng_state ^= (uint64_t)(rts_clock() * 1e9);
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (double)((rng_state * 2685821657736338717ull) >> 11) * (1.0 / 9007199254740992.0);
}

/* String(s) for a string that may be null or undefined */
rts_str *rts_str_or_null(rts_str *s) {
  return s == NULL ? rts_str_from_cstr("null") : s == &rts_undefined ? rts_str_from_cstr("undefined") : s;
}

rts_str *rts_opt_int_to_str(int64_t v) {
  return v == RTS_INT_UNDEF ? rts_str_from_cstr("undefined") : v == RTS_INT_NULL ? rts_str_from_cstr("null") : rts_int_to_str(v);
}

rts_str *rts_opt_float_to_str(double v) {
  uint64_t b = rts_float_bits(v);
  return b == RTS_FLOAT_UNDEF_BITS ? rts_str_from_cstr("undefined") : b == RTS_FLOAT_NULL_BITS ? rts_str_from_cstr("null") : rts_float_to_str(v);
}

rts_str *rts_opt_bool_to_str(int64_t v) {
  return v == RTS_BOOL_UNDEF ? rts_str_from_cstr("undefined") : v == RTS_BOOL_NULL ? rts_str_from_cstr("null") : rts_bool_to_str(v != 0);
}

void rts_log_opt_int(int64_t v) {
  if (v == RTS_INT_UNDEF) rts_log_cstr("undefined");
  else if (v == RTS_INT_NULL) rts_log_cstr("null");
  else rts_log_int(v);
}

void rts_log_opt_float(double v) {
  uint64_t b = rts_float_bits(v);
  if (b == RTS_FLOAT_UNDEF_BITS) rts_log_cstr("undefined");
  else if (b == RTS_FLOAT_NULL_BITS) rts_log_cstr("null");
  else rts_log_float(v);
}

void rts_log_opt_bool(int64_t v) {
  if (v == RTS_BOOL_UNDEF) rts_log_cstr("undefined");
  else if (v == RTS_BOOL_NULL) rts_log_cstr("null");
  else rts_log_bool(v != 0);
}

RTS_NORETURN void rts_fatal_nullish(bool is_undefined, const char *where) {
  rts_fatal(is_undefined ? "the value is undefined where a value is required (a ! assertion or narrowing that did not hold)"
                         : "the value is null where a value is required (a ! assertion or narrowing that did not hold)", where);
}
