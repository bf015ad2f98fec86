/* RTS runtime: JavaScript string operations on UTF-16 strings, number to
 * string conversion and console.log (written through os.c).
 *
 * GC safety: every allocation may move objects.  A GC pointer held across an
 * allocation is pushed on the shadow stack and reloaded afterwards; helpers
 * that loop over allocations keep their objects in shadow-stack slots and
 * re-read them through SLOT(k) after each allocation. */
#include "rts.h"
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

/* V8's String::kMaxLength on 64-bit hosts: longer results are a RangeError. */
#define RTS_STR_MAX_LEN ((int64_t)536870888)
/* k-th most recently pushed root (1 = top); the GC updates it in place. */
#define SLOT(k, T) ((T)rts_ss_top[-(k)])

rts_str *rts_str_alloc(int64_t len) {
  return (rts_str *)rts_gc_malloc_varsize(RTS_TID_STR, len);
}


static rts_str *str_from_ascii(const char *s, int64_t n) {
  rts_str *r = rts_str_alloc(n);
  for (int64_t i = 0; i < n; i++) r->chars[i] = (unsigned char)s[i];
  return r;
}

/* ---- UTF-8 <-> UTF-16 ------------------------------------------------------ */

/* Decodes one sequence at p[0..n) like the WHATWG decoder (each maximal
 * invalid subpart becomes one U+FFFD), which is what Node does. */
static uint32_t utf8_next(const uint8_t *p, int64_t n, int64_t *used) {
  uint8_t b = p[0];
  if (b < 0x80) { *used = 1; return b; }
  int need;
  uint32_t cp;
  uint8_t lo = 0x80, hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1Fu; }
  else if (b >= 0xE0 && b <= 0xEF) {
    need = 2; cp = b & 0x0Fu;
    if (b == 0xE0) lo = 0xA0; else if (b == 0xED) hi = 0x9F; /* overlong / surrogates */
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3; cp = b & 0x07u;
    if (b == 0xF0) lo = 0x90; else if (b == 0xF4) hi = 0x8F; /* overlong / > U+10FFFF */
  } else { *used = 1; return 0xFFFD; }
  int64_t i = 1;
  for (; i <= need; i++) {
    if (i >= n || p[i] < lo || p[i] > hi) { *used = i; return 0xFFFD; }
    cp = (cp << 6) | (p[i] & 0x3Fu);
    lo = 0x80; hi = 0xBF;
  }
  *used = i;
  return cp;
}

/* s must not point into the GC heap (it is read after allocating). */
rts_str *rts_str_from_utf8(const char *s, int64_t nbytes) {
  const uint8_t *p = (const uint8_t *)s;
  int64_t n = 0, used;
  for (int64_t i = 0; i < nbytes; i += used) n += utf8_next(p + i, nbytes - i, &used) > 0xFFFF ? 2 : 1;
  if (n > RTS_STR_MAX_LEN) rts_fatal("Invalid string length", "rts_str_from_utf8");
  rts_str *r = rts_str_alloc(n); /* p is not GC memory: nothing to reload */
  rts_char *o = r->chars;
  for (int64_t i = 0; i < nbytes; i += used) {
    uint32_t cp = utf8_next(p + i, nbytes - i, &used);
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      *o++ = (rts_char)(0xD800 + (cp >> 10));
      *o++ = (rts_char)(0xDC00 + (cp & 0x3FF));
    } else {
      *o++ = (rts_char)cp;
    }
  }
  return r;
}

rts_str *rts_str_from_cstr(const char *s) { return rts_str_from_utf8(s, (int64_t)strlen(s)); }

/* Encodes the code point at u[*i] into out (room for 4 bytes), advancing *i.
 * Lone surrogates become U+FFFD, as Node's UTF-8 encoder does. */
static int utf8_put(const rts_char *u, int64_t n, int64_t *i, uint8_t *out) {
  uint32_t c = u[(*i)++];
  if (c < 0x80) { out[0] = (uint8_t)c; return 1; }
  if (c < 0x800) {
    out[0] = (uint8_t)(0xC0 | (c >> 6));
    out[1] = (uint8_t)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c >= 0xD800 && c <= 0xDFFF) {
    if (c <= 0xDBFF && *i < n && u[*i] >= 0xDC00 && u[*i] <= 0xDFFF) {
      uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (u[(*i)++] - 0xDC00u);
      out[0] = (uint8_t)(0xF0 | (cp >> 18));
      out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
      out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
      out[3] = (uint8_t)(0x80 | (cp & 0x3F));
      return 4;
    }
    c = 0xFFFD;
  }
  out[0] = (uint8_t)(0xE0 | (c >> 12));
  out[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
  out[2] = (uint8_t)(0x80 | (c & 0x3F));
  return 3;
}

char *rts_str_to_utf8(rts_str *s, int64_t *nbytes) {
  uint8_t tmp[4];
  int64_t total = 0;
  for (int64_t i = 0; i < s->len;) total += utf8_put(rts_str_chars(s), s->len, &i, tmp);
  uint8_t *buf = malloc((size_t)total + 1);
  if (!buf) rts_fatal("out of memory", "rts_str_to_utf8");
  int64_t k = 0;
  for (int64_t i = 0; i < s->len;) k += utf8_put(rts_str_chars(s), s->len, &i, buf + k);
  buf[k] = 0;
  if (nbytes) *nbytes = k;
  return (char *)buf;
}

/* ---- basic operations --------------------------------------------------- */



/* ---- numbers to strings -------------------------------------------------- */

/* Parses snprintf's "%.*e" output into its digits (no point) and exponent. */
static int parse_e(const char *t, char *digits, int *exp10) {
  int k = 0;
  for (; *t && *t != 'e'; t++)
    if (*t != '.') digits[k++] = *t;
  digits[k] = 0;
  *exp10 = atoi(t + 1);
  return k;
}

/* Shortest digits that read back as v (v finite, > 0): the smallest precision
 * whose correctly rounded output round-trips.  Sets digits (no trailing zeros)
 * and n, with v = 0.digits * 10^n; returns the digit count. */
static int shortest_digits(double v, char *digits, int *n) {
  char t[40];
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  bool pow2 = (bits & 0xFFFFFFFFFFFFFull) == 0;
  int p;
  if (!pow2) {
    /* The round-trip interval is symmetric, so "p digits round-trip" is
     * monotonic in p: binary search instead of trying 1..17. */
    int lo = 1, hi = 17;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      snprintf(t, sizeof t, "%.*e", mid - 1, v);
      if (strtod(t, NULL) == v) hi = mid; else lo = mid + 1;
    }
    p = lo;
  } else {
    for (p = 1; p < 17; p++) {
      snprintf(t, sizeof t, "%.*e", p - 1, v);
      if (strtod(t, NULL) == v) break;
    }
  }
  int e;
  snprintf(t, sizeof t, "%.*e", p - 1, v);
  int k = parse_e(t, digits, &e);
  *n = e + 1;
  if (pow2 && p > 1) {
    /* At a power of two the interval below v is half as wide, so a (p-1)-digit
     * neighbour of the nearest (p-1)-digit value may round-trip. */
    char d2[24];
    int e2, k2;
    snprintf(t, sizeof t, "%.*e", p - 2, v);
    k2 = parse_e(t, d2, &e2);
    unsigned long long base = strtoull(d2, NULL, 10);
    for (int delta = -1; delta <= 1; delta += 2) {
      unsigned long long c = base + (unsigned long long)(long long)delta;
      if (c == 0) continue;
      snprintf(t, sizeof t, "%llue%d", c, e2 - (k2 - 1));
      if (strtod(t, NULL) == v) {
        k = snprintf(digits, 24, "%llu", c);
        *n = k + e2 - (k2 - 1);
        break;
      }
    }
  }
  while (k > 1 && digits[k - 1] == '0') digits[--k] = 0;
  return k;
}

int rts_float_format(double v, char *buf) {
  if (isnan(v)) { memcpy(buf, "NaN", 4); return 3; }
  if (isinf(v)) {
    const char *t = v > 0 ? "Infinity" : "-Infinity";
    size_t l = strlen(t);
    memcpy(buf, t, l + 1);
    return (int)l;
  }
  if (v == 0) { memcpy(buf, "0", 2); return 1; }
  char *o = buf;
  if (v < 0) { *o++ = '-'; v = -v; }
  if (v <= 9007199254740992.0 && v == floor(v)) /* exact integers print as such */
    return (int)(o - buf) + sprintf(o, "%llu", (unsigned long long)v);
  char d[24];
  int n, k = shortest_digits(v, d, &n);
  /* ECMAScript Number::toString layout */
  if (k <= n && n <= 21) {
    memcpy(o, d, (size_t)k); o += k;
    for (int i = k; i < n; i++) *o++ = '0';
  } else if (0 < n && n <= 21) {
    memcpy(o, d, (size_t)n); o += n;
    *o++ = '.';
    memcpy(o, d + n, (size_t)(k - n)); o += k - n;
  } else if (-6 < n && n <= 0) {
    *o++ = '0'; *o++ = '.';
    for (int i = 0; i < -n; i++) *o++ = '0';
    memcpy(o, d, (size_t)k); o += k;
  } else {
    *o++ = d[0];
    if (k > 1) { *o++ = '.'; memcpy(o, d + 1, (size_t)(k - 1)); o += k - 1; }
    o += sprintf(o, "e%c%d", n - 1 >= 0 ? '+' : '-', abs(n - 1));
  }
  *o = 0;
  return (int)(o - buf);
}

rts_str *rts_float_to_str(double v) {
  char buf[32];
  return str_from_ascii(buf, rts_float_format(v, buf));
}

/* toFixed rounds the exact binary value half away from zero (printf rounds
 * ties to even), so round the exact decimal expansion by hand. */
rts_str *rts_float_to_fixed(double v, int64_t digits) {
  if (digits < 0 || digits > 100) {
    rts_raise_builtin(RTS_ERR_RANGE, "toFixed() digits argument must be between 0 and 100");
    return NULL;
  }
  if (isnan(v) || isinf(v) || fabs(v) >= 1e21) return rts_float_to_str(v);
  static char exact[1200];
  int n = snprintf(exact, sizeof exact, "%.1100f", fabs(v)); /* exact: a double has at most 1074 fraction digits */
  char *dot = strchr(exact, '.');
  int keep = (int)(dot - exact) + (digits > 0 ? 1 + (int)digits : 0);
  bool up = dot[1 + digits] >= '5';
  char out[1200];
  int len = 0;
  out[len++] = '0'; /* room for a carry */
  memcpy(out + len, exact, (size_t)keep);
  len += keep;
  (void)n;
  if (up) {
    for (int i = len - 1; i >= 0; i--) {
      if (out[i] == '.') continue;
      if (out[i] == '9') { out[i] = '0'; continue; }
      out[i]++;
      break;
    }
  }
  int start = out[0] == '0' ? 1 : 0;
  char buf[1210];
  int m = 0;
  if (v < 0) buf[m++] = '-'; /* as JS: (-0.001).toFixed(2) is "-0.00", (-0).toFixed(2) is "0.00" */
  memcpy(buf + m, out + start, (size_t)(len - start));
  m += len - start;
  return str_from_ascii(buf, m);
}

/* rts/rlib formatd: printf's own %e/%f/%g (glibc rounds the exact value, ties
 * to even, as the Node implementation in framework/rlib/formatd.ts does). */
rts_str *rts_formatd(double v, rts_str *code, int64_t precision) {
  char conv = code && code->len == 1 ? (char)rts_str_chars(code)[0] : 0;
  if ((conv != 'e' && conv != 'f' && conv != 'g') || precision < 0 || precision > 100) {
    rts_raise_builtin(RTS_ERR_RANGE, "formatd: bad conversion or precision");
    return NULL;
  }
  if (isnan(v)) return str_from_ascii("nan", 3); /* the sign of a NaN differs between CPUs */
  char fmt[8] = {'%', '.', '*', conv, 0};
  char small[128];
  int n = snprintf(small, sizeof small, fmt, (int)precision, v);
  if (n < (int)sizeof small) return str_from_ascii(small, n);
  char *big = malloc((size_t)n + 1);
  if (!big) rts_fatal("out of memory", "formatd");
  snprintf(big, (size_t)n + 1, fmt, (int)precision, v);
  rts_str *s = str_from_ascii(big, n);
  free(big);
  return s;
}

/* undefined as a pointer (rts.h): a static empty string */
rts_str rts_undefined = {{RTS_TID_STR, RTS_GCFLAG_PREBUILT}, 0, 0};

/* An int beyond +-2^53 is a double: it prints as JavaScript prints that double. */
int rts_int_format(int64_t v, char *buf) {
  if (v > INT64_C(9007199254740992) || v < -INT64_C(9007199254740992)) return rts_float_format((double)v, buf);
  return snprintf(buf, 24, "%lld", (long long)v);
}


/* ---- console.log ---------------------------------------------------------
 * Output goes through os.c's fd 1 writer, the same buffer process.stdout
 * writes use, so console.log and direct writes stay in program order. */

static void log_ascii(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) rts_write_byte(1, (unsigned char)s[i]);
}

void rts_log_str(rts_str *s) { /* rts_write_str prints NULL as "null" */
  if (s == &rts_undefined) s = rts_str_from_cstr("undefined");
  rts_write_str(1, s);
  rts_write_byte(1, '\n');
}

void rts_log_int(int64_t v) {
  char buf[32];
  int n = rts_int_format(v, buf);
  buf[n] = '\n';
  log_ascii(buf, (size_t)n + 1);
}

void rts_log_float(double v) {
  char buf[32];
  int n = (v == 0 && signbit(v)) ? (int)strlen(strcpy(buf, "-0")) : rts_float_format(v, buf);
  buf[n] = '\n';
  log_ascii(buf, (size_t)n + 1);
}

void rts_log_bool(bool v) { v ? log_ascii("true\n", 5) : log_ascii("false\n", 6); }

void rts_log_cstr(const char *s) {
  log_ascii(s, strlen(s)); /* UTF-8 bytes pass through unchanged */
  rts_write_byte(1, '\n');
}

/* ---- toExponential, toPrecision, toString(radix) ------------------------- */

/* The exact decimal digits of |v| (finite, non-zero), leading zeros dropped,
 * into digits (at least 1500 bytes): |v| = 0.digits * 10^point. */
static int exact_digits(double v, char *digits, int *point) {
  static char t[1500];
  int n = snprintf(t, sizeof t, "%.1100f", fabs(v)); /* exact: 309 integer digits at most, 1074 fraction digits */
  int k = 0, pt = 0;
  bool seen_point = false;
  for (int i = 0; i < n; i++) {
    if (t[i] == '.') { seen_point = true; continue; }
    if (k == 0 && t[i] == '0') { if (seen_point) pt--; continue; }
    if (!seen_point) pt++;
    digits[k++] = t[i];
  }
  *point = pt;
  return k;
}

/* The first `keep` significant digits of |v| rounded half up, as JavaScript
 * picks "the larger n" on a tie: into out[keep], returns the exponent e with
 * |v| ~ out[0].out[1..] * 10^e.  v == 0 gives zeros and e = 0. */
static int round_digits(double v, int keep, char *out) {
  if (v == 0) { memset(out, '0', (size_t)keep); return 0; }
  static char d[1500];
  int point;
  int k = exact_digits(v, d, &point);
  for (int i = 0; i < keep; i++) out[i] = i < k ? d[i] : '0';
  if (keep < k && d[keep] >= '5') {
    int i = keep - 1;
    while (i >= 0 && out[i] == '9') out[i--] = '0';
    if (i >= 0) out[i]++;
    else { out[0] = '1'; point++; } /* 99.9 -> 100: the zeros already follow */
  }
  return point - 1;
}

/* d[0].d[1..k-1]e±x */
static int exponential_form(char *o, const char *d, int k, int e) {
  char *s = o;
  *o++ = d[0];
  if (k > 1) { *o++ = '.'; memcpy(o, d + 1, (size_t)(k - 1)); o += k - 1; }
  o += sprintf(o, "e%c%d", e >= 0 ? '+' : '-', abs(e));
  return (int)(o - s);
}

/* Number.prototype.toExponential(digits); not given: as many digits as the number needs */
rts_str *rts_float_to_exponential(double v, int64_t digits, bool given) {
  if (isnan(v) || isinf(v)) return rts_float_to_str(v);
  if (given && (digits < 0 || digits > 100)) { rts_raise_builtin(RTS_ERR_RANGE, "toExponential() argument must be between 0 and 100"); return NULL; }
  char d[128], buf[160];
  int k, e, m = 0;
  if (v < 0) buf[m++] = '-';
  if (!given) {
    int n;
    if (v == 0) { d[0] = '0'; k = 1; e = 0; }
    else { k = shortest_digits(fabs(v), d, &n); e = n - 1; }
  } else {
    k = (int)digits + 1;
    e = round_digits(v, k, d);
  }
  m += exponential_form(buf + m, d, k, e);
  return str_from_ascii(buf, m);
}

/* Number.prototype.toPrecision(precision); not given: String(v) */
rts_str *rts_float_to_precision(double v, int64_t precision, bool given) {
  if (!given || isnan(v) || isinf(v)) return rts_float_to_str(v);
  if (precision < 1 || precision > 100) { rts_raise_builtin(RTS_ERR_RANGE, "toPrecision() argument must be between 1 and 100"); return NULL; }
  int p = (int)precision;
  char d[128], buf[256];
  int m = 0;
  if (v < 0) buf[m++] = '-';
  int e = round_digits(v, p, d);
  if (e < -6 || e >= p) {
    m += exponential_form(buf + m, d, p, e);
  } else if (e >= 0) {
    memcpy(buf + m, d, (size_t)(e + 1)); m += e + 1;
    if (p > e + 1) { buf[m++] = '.'; memcpy(buf + m, d + e + 1, (size_t)(p - e - 1)); m += p - e - 1; }
  } else {
    buf[m++] = '0'; buf[m++] = '.';
    for (int i = 0; i < -e - 1; i++) buf[m++] = '0';
    memcpy(buf + m, d, (size_t)p); m += p;
  }
  return str_from_ascii(buf, m);
}

/* Number.prototype.toString(radix), V8's algorithm: fraction digits until
 * the remaining value is below half the distance to the next double
 * (rounding the last digit half to even), integer digits by division (those
 * past 2^53 are zeros). */
rts_str *rts_float_to_radix(double v, int64_t radix) {
  if (radix < 2 || radix > 36) { rts_raise_builtin(RTS_ERR_RANGE, "toString() radix argument must be between 2 and 36"); return NULL; }
  if (radix == 10 || isnan(v) || isinf(v)) return rts_float_to_str(v);
  static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  enum { SIZE = 2200, MID = 1100 };
  char buf[SIZE];
  int ic = MID, fc = MID;
  int r = (int)radix;
  bool negative = v < 0;
  if (negative) v = -v;
  double integer = floor(v), fraction = v - integer;
  double delta = 0.5 * (nextafter(v, INFINITY) - v);
  double tiny = nextafter(0.0, 1.0);
  if (delta < tiny) delta = tiny;
  if (fraction >= delta) {
    buf[fc++] = '.';
    do {
      fraction *= r;
      delta *= r;
      int digit = (int)fraction;
      buf[fc++] = chars[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          /* round up, carrying into the digits before (and past the point) */
          for (;;) {
            fc--;
            if (fc == MID) { integer += 1; break; }
            char c = buf[fc];
            int dv = c > '9' ? c - 'a' + 10 : c - '0';
            if (dv + 1 < r) { buf[fc++] = chars[dv + 1]; break; }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }
  while (integer / r >= 9007199254740992.0) { /* digits a double cannot hold */
    integer /= r;
    buf[--ic] = '0';
  }
  do {
    double rem = fmod(integer, r);
    buf[--ic] = chars[(int)rem];
    integer = (integer - rem) / r;
  } while (integer > 0);
  if (negative) buf[--ic] = '-';
  return str_from_ascii(buf + ic, fc - ic);
}
