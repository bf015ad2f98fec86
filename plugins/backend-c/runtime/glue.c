/* Runtime pieces the code generator needs beyond strings/lists/maps:
 * Math.random and console.log of optional values. */
#include "rts.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

/* Math.random: xorshift64*, seeded from the clock at first use */
double rts_random(void) {
  if (rng_state == 0x9E3779B97F4A7C15ull) rng_state ^= (uint64_t)(rts_clock() * 1e9);
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (double)((rng_state * 2685821657736338717ull) >> 11) * (1.0 / 9007199254740992.0);
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
