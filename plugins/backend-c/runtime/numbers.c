/* RTS runtime: JavaScript number semantics that C does not give directly. */
#include "rts.h"

/* ECMAScript ToInt32: truncate, then wrap modulo 2^32 (NaN/Infinity -> 0). */
int32_t rts_to_int32(double v) {
  if (!isfinite(v)) return 0;
  if (v >= -2147483648.0 && v < 2147483648.0) return (int32_t)v; /* common case */
  double m = fmod(trunc(v), 4294967296.0); /* exact */
  if (m < 0) m += 4294967296.0;
  return (int32_t)(uint32_t)m;
}

/* Math.pow: C's pow(1, NaN) and pow(-1, +-Infinity) are 1, JS says NaN. */
double rts_pow(double a, double b) {
  if (isnan(b)) return NAN;
  if (isinf(b) && (a == 1.0 || a == -1.0)) return NAN;
  return pow(a, b);
}

/* Math.round: nearest integer, ties toward +Infinity.  floor(x + 0.5) is
 * wrong for 0.49999999999999994 and for odd values near 2^52 (the addition
 * rounds), so compare the exact fractional part instead. */
double rts_js_round(double v) {
  if (!isfinite(v) || fabs(v) >= 4503599627370496.0) return v; /* already integral */
  if (v < 0 && v >= -0.5) return -0.0; /* JS keeps the sign of zero */
  if (v >= 0 && v < 0.5) return v == 0 ? v : 0.0;
  double f = floor(v);
  return (v - f >= 0.5) ? f + 1.0 : f; /* v - f is exact */
}

/* Converts an integral double to int64; values outside int64 are fatal. */
int64_t rts_float_to_int_checked(double v, const char *where) {
  /* -2^63 is representable; 2^63 is not */
  if (RTS_UNLIKELY(!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)))
    rts_fatal("number is not a safe integer", where);
  return (int64_t)v;
}
