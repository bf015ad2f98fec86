/* RTS runtime: JavaScript number semantics that C does not give directly. */
#include "rts.h"
#include <stdio.h>
#include <stdlib.h>

/* ECMAScript ToInt32: truncate, then wrap modulo 2^32 (NaN/Infinity -> 0). */
int32_t rts_to_int32(double v) {
  if (!isfinite(v)) return 0;
  if (v >= -2147483648.0 && v < 2147483648.0) return (int32_t)v; /* common case */
  double m = fmod(trunc(v), 4294967296.0); /* exact */
  if (m < 0) m += 4294967296.0;
  return (int32_t)(uint32_t)m;
}

/* Math.pow: C's pow(1, NaN) and pow(-1, +-Infinity) are 1, JS says NaN. */
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

/* ---- ints beyond +-2^53 (rts_ops.h) ------------------------------------- */

RTS_NORETURN void rts_int_overflow(const char *where) {
  rts_fatal("integer overflow: the result is beyond +-2^63, where an int cannot hold the float JavaScript would compute "
            "(make the value a float, e.g. start from 1.0, or wrap explicitly with wrapAdd/wrapMul from rts/rlib)", where);
}

/* An exact result beyond +-2^53, rounded to the nearest double (ties to even, as V8). */
int64_t rts_int_round(int64_t exact, const char *where) {
  double d = (double)exact;
  if (d >= 9223372036854775808.0) rts_int_overflow(where); /* rounded up to 2^63 */
  return (int64_t)d;
}

int64_t rts_int_pow_slow(int64_t base, int64_t e, rts_pow_fn pow, const char *where) {
  double d = pow((double)base, (double)e);
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) rts_int_overflow(where);
  return (int64_t)d;
}

/* rts/rlib intmask of a float: truncated, reduced modulo 2^64 into int64 (NaN and infinities give 0). */
int64_t rts_float_wrap_to_int(double v, const char *where) {
  if (!isfinite(v)) return 0;
  double t = trunc(v);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return (int64_t)t;
  double m = fmod(t, 18446744073709551616.0); /* exact */
  if (m < 0) m += 18446744073709551616.0;
  uint64_t u = m >= 9223372036854775808.0 ? (uint64_t)(m - 9223372036854775808.0) + ((uint64_t)1 << 63) : (uint64_t)m;
  int64_t r = (int64_t)u;
  return (r > INT64_C(9007199254740992) || r < -INT64_C(9007199254740992)) ? rts_int_round(r, where) : r;
}

/* "the <what> <v> is not an integer (<why>)": a fatal error. */
static RTS_NORETURN void fatal_not_integer(double v, const char *what, const char *why, const char *where) {
  char num[32], msg[128];
  num[rts_float_format(v, num)] = 0;
  snprintf(msg, sizeof msg, "the %s %s is not an integer (%s)", what, num, why);
  rts_fatal(msg, where);
}

RTS_NORETURN void rts_fatal_float_index(double v, const char *where) {
  fatal_not_integer(v, "index", "Node would read undefined there", where);
}

RTS_NORETURN void rts_fatal_float_key(double v, const char *where) {
  fatal_not_integer(v, "Map or Set key", "RTS keys them by integers and strings", where);
}

/* Converts an integral double to int64; values outside int64 are fatal. */
int64_t rts_float_to_int_checked(double v, const char *where) {
  /* -2^63 is representable; 2^63 is not */
  if (RTS_UNLIKELY(!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)))
    rts_fatal("number is not a safe integer", where);
  return (int64_t)v;
}

/* ---- string -> number (Number(s), parseFloat, parseInt) --------------------
 * The JavaScript grammar is checked here; the decimal conversion itself is
 * glibc's strtod, which rounds correctly. */

static bool js_space(rts_char c) {
  if (c <= 0x20) return c == 0x20 || (c >= 0x09 && c <= 0x0D);
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

static int digit_value(rts_char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Length of the longest StrDecimalLiteral (sign, digits, dot, exponent, or
 * Infinity) at s[i..n); 0 when there is none. */
static int64_t decimal_prefix(const rts_char *s, int64_t i, int64_t n) {
  int64_t j = i;
  if (j < n && (s[j] == '+' || s[j] == '-')) j++;
  static const char inf[] = "Infinity";
  int64_t k = 0;
  while (k < 8 && j + k < n && s[j + k] == (rts_char)inf[k]) k++;
  if (k == 8) return j + 8 - i;
  int64_t digits = 0;
  while (j < n && s[j] >= '0' && s[j] <= '9') j++, digits++;
  if (j < n && s[j] == '.') {
    int64_t d = j + 1, frac = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9') d++, frac++;
    if (digits + frac > 0) { j = d; digits += frac; }
  }
  if (digits == 0) return 0;
  if (j < n && (s[j] == 'e' || s[j] == 'E')) {
    int64_t e = j + 1;
    if (e < n && (s[e] == '+' || s[e] == '-')) e++;
    int64_t ed = e;
    while (ed < n && s[ed] >= '0' && s[ed] <= '9') ed++;
    if (ed > e) j = ed;
  }
  return j - i;
}

static double decimal_value(const rts_char *s, int64_t i, int64_t len) {
  if (len >= 8 && s[i + len - 1] == 'y') return (s[i] == '-') ? -INFINITY : INFINITY;
  char stack[128];
  char *buf = len < (int64_t)sizeof stack ? stack : malloc((size_t)len + 1);
  if (!buf) rts_fatal("out of memory", NULL);
  for (int64_t k = 0; k < len; k++) buf[k] = (char)s[i + k];
  buf[len] = 0;
  double v = strtod(buf, NULL);
  if (buf != stack) free(buf);
  return v;
}

/* Digits of `radix` at s[i..n): their value (exact below 2^64, then
 * accumulated in double) and how many there were. */
static double radix_value(const rts_char *s, int64_t i, int64_t n, int radix, int64_t *count) {
  uint64_t exact = 0;
  double approx = 0;
  bool overflow = false;
  int64_t k = i;
  for (; k < n; k++) {
    int d = digit_value(s[k]);
    if (d >= radix) break;
    if (!overflow && exact <= (UINT64_MAX - (uint64_t)d) / (uint64_t)radix) {
      exact = exact * (uint64_t)radix + (uint64_t)d;
    } else {
      if (!overflow) approx = (double)exact;
      overflow = true;
      approx = approx * radix + d;
    }
  }
  *count = k - i;
  return overflow ? approx : (double)exact;
}

double rts_str_to_number(rts_str *str) {
  if ((void *)str == RTS_UNDEF_PTR) return NAN; /* Number(undefined) */
  const rts_char *s = rts_str_chars(str);
  int64_t i = 0, n = str->len;
  while (i < n && js_space(s[i])) i++;
  while (n > i && js_space(s[n - 1])) n--;
  if (i == n) return 0.0;
  if (n - i > 2 && s[i] == '0') {
    int radix = (s[i + 1] | 0x20) == 'x' ? 16 : (s[i + 1] | 0x20) == 'o' ? 8 : (s[i + 1] | 0x20) == 'b' ? 2 : 0;
    if (radix) {
      int64_t count;
      double v = radix_value(s, i + 2, n, radix, &count);
      return count == n - i - 2 ? v : NAN;
    }
  }
  int64_t len = decimal_prefix(s, i, n);
  return len == n - i ? decimal_value(s, i, len) : NAN;
}

double rts_str_parse_float(rts_str *str) {
  const rts_char *s = rts_str_chars(str);
  int64_t i = 0, n = str->len;
  while (i < n && js_space(s[i])) i++;
  int64_t len = decimal_prefix(s, i, n);
  return len > 0 ? decimal_value(s, i, len) : NAN;
}

double rts_str_parse_int(rts_str *str, int64_t radix) {
  const rts_char *s = rts_str_chars(str);
  int64_t i = 0, n = str->len;
  while (i < n && js_space(s[i])) i++;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  int r = (int)rts_to_int32((double)radix);
  bool strip = true;
  if (r != 0) {
    if (r < 2 || r > 36) return NAN;
    if (r != 16) strip = false;
  } else {
    r = 10;
  }
  if (strip && n - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
    i += 2;
    r = 16;
  }
  int64_t count;
  double v;
  if (r == 10) {
    int64_t k = i;
    while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    count = k - i;
    v = count ? decimal_value(s, i, count) : 0;
  } else {
    v = radix_value(s, i, n, r, &count);
  }
  if (count == 0) return NAN;
  return neg ? -v : v;
}
