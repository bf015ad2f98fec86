/* Tests for runtime/strings.c and runtime/numbers.c against tables generated
 * by Node (gen_cases.mjs), linked with the stress-collecting stub_gc.c: every
 * allocation moves all live objects, so rooting mistakes show up as failures.
 * Build: gcc -O2 -Wall -Wextra -std=gnu11 -I plugins/backend-c/runtime
 *   plugins/backend-c/runtime/strings.c plugins/backend-c/runtime/numbers.c
 *   tests/runtime/stub_gc.c tests/runtime/strings_test.c -lm */
#include "rts.h"
#include "rts_ops.h"
#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "float_cases.h"
#include "str_cases.h"

/* from stub_gc.c */
rts_str *stub_static_str(const uint16_t *u, int64_t n);
void stub_gc_set_stress(int on);
extern long stub_gc_collections;
extern int stub_raised_kind;
extern char stub_raised_msg[256];
extern jmp_buf *stub_fatal_jmp;
extern char stub_fatal_msg[256];

static int failures, group_checks, group_fails, group_no;

static void group_end(const char *name) {
  group_no++;
  if (group_fails) printf("not ok %d - %s (%d of %d checks failed)\n", group_no, name, group_fails, group_checks);
  else printf("ok %d - %s (%d checks)\n", group_no, name, group_checks);
  failures += group_fails;
  group_checks = group_fails = 0;
}

#define CHECK(cond, ...) do { group_checks++; if (!(cond)) { group_fails++; \
  if (group_fails <= 10) { printf("  FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } } while (0)

/* ---- helpers -------------------------------------------------------------- */
static rts_str *pool_cache[sizeof pool_strs / sizeof pool_strs[0]];

static rts_str *P(int id) { /* prebuilt (never moved) pool string */
  if (!pool_cache[id]) pool_cache[id] = stub_static_str(pool_units + pool_strs[id][0], pool_strs[id][1]);
  return pool_cache[id];
}

static rts_str *S(const char *utf8) { /* prebuilt string from UTF-8 literal */
  rts_str *t = rts_str_from_cstr(utf8);
  return stub_static_str(rts_str_chars(t), t->len);
}

static bool same(rts_str *s, int id) {
  rts_str *p = P(id);
  return s && s->len == p->len && memcmp(rts_str_chars(s), rts_str_chars(p), (size_t)p->len * 2) == 0;
}

static const char *show(rts_str *s) { /* for failure messages; leaks */
  if (!s) return "(NULL)";
  if (s->len < 0 || s->len > 100000) return "(poisoned)";
  return rts_str_to_utf8(s, NULL);
}

static bool streq_c(rts_str *s, const char *c) {
  if (!s || s->len != (int64_t)strlen(c)) return false;
  for (int64_t i = 0; i < s->len; i++) if (rts_str_chars(s)[i] != (unsigned char)c[i]) return false;
  return true;
}

static double from_bits(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static uint64_t to_bits(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }

/* A movable heap copy of a prebuilt string (allocation may collect). */
/* s[a, b) as a new string (slice is RTS code now: rts/rlib/strings) */
static rts_str *heap_copy(rts_str *p) {
  RTS_PUSH_ROOT(p);
  rts_str *h = rts_str_alloc(p->len);
  p = RTS_POP_ROOT(rts_str *);
  memcpy(h->chars, rts_str_chars(p), (size_t)p->len * 2);
  return h;
}

/* A heap view of a prebuilt string: its units in a buffer with room to grow
 * at both ends, as concatenation makes them (rts.h), so in-place appends and
 * prepends are exercised. */
static rts_str *view_copy(rts_str *p) {
  rts_strbuf *buf = rts_gc_malloc_varsize(RTS_TID_STRBUF, p->len + 16);
  memcpy(buf->chars + 8, rts_str_chars(p), (size_t)p->len * 2);
  buf->lo = 8;
  buf->used = 8 + p->len;
  RTS_PUSH_ROOT(buf);
  rts_strview *v = rts_gc_malloc(RTS_TID_STRVIEW, sizeof *v);
  v->buf = RTS_POP_ROOT(rts_strbuf *);
  v->start = 8;
  v->len = p->len;
  return (rts_str *)v;
}

/* ---- table-driven string cases ------------------------------------------ */
/* Pass 0 uses prebuilt inputs (never moved); pass 1 uses heap copies, which
 * the stress GC moves during the call: the callee must root its arguments;
 * pass 2 uses views with room to grow, and checks that the inputs still
 * read the same afterwards (an append in place must not change them). */
static int per_op_checks[OP_COUNT], per_op_fails[OP_COUNT];
#define SLOT2(k) ((rts_str *)rts_ss_top[-(k)])

/* Methods written in RTS (framework/rlib/strings.ts): not the runtime's any
 * more; tests/unit/strings.test.ts and the corpus test them. */
static bool in_rts(int op) {
  return op == OP_INDEX_OF || op == OP_INCLUDES || op == OP_STARTS_WITH || op == OP_ENDS_WITH || op == OP_SPLIT ||
         op == OP_TRIM || op == OP_TRIM_START || op == OP_TRIM_END || op == OP_PAD_START || op == OP_PAD_END || op == OP_JOIN ||
         op == OP_SLICE || op == OP_SUBSTRING || op == OP_CHAR_CODE_AT || op == OP_CONCAT || op == OP_LAST_INDEX_OF ||
         op == OP_REPEAT || op == OP_CHAR_AT || op == OP_FROM_CHAR_CODE || op == OP_EQ || op == OP_UPPER || op == OP_LOWER || op == OP_CMP;
}

static void run_str_cases(int pass) {
  size_t n = sizeof str_cases / sizeof str_cases[0];
  for (size_t ci = 0; ci < n; ci++) {
    const str_case *c = &str_cases[ci];
    if (in_rts(c->op)) continue;
    rts_str *a = c->a >= 0 ? P(c->a) : NULL, *b = c->b >= 0 ? P(c->b) : NULL, *r = NULL;
    if (pass == 1) { /* the args are not used after the call: they may be stale */
      if (a) a = heap_copy(a);
      RTS_PUSH_ROOT(a);
      if (b) b = heap_copy(b);
      a = RTS_POP_ROOT(rts_str *);
    }
    if (pass == 2) { /* kept on the shadow stack to check them afterwards */
      if (a) a = view_copy(a);
      RTS_PUSH_ROOT(a);
      if (b) b = view_copy(b);
      RTS_PUSH_ROOT(b);
      a = SLOT2(2), b = SLOT2(1);
    }
    int64_t iv = 0;
    bool is_str = true, ok;
    void **ss = rts_ss_top;
    switch (c->op) {
    case OP_INT_TO_STR: { /* String(int) is RTS code (strFromInt); console.log's formatting is this */
      char digits[32];
      r = rts_str_from_utf8(digits, rts_int_format(c->n1, digits));
      break;
    }
    case OP_FROM_UTF8:
      r = rts_str_from_utf8((const char *)bytes_data + bytes_strs[c->n1][0], bytes_strs[c->n1][1]);
      break;
    case OP_TO_UTF8: {
      int64_t nb = -1;
      char *u = rts_str_to_utf8(a, &nb);
      iv = nb == bytes_strs[c->n1][1] && memcmp(u, bytes_data + bytes_strs[c->n1][0], (size_t)nb) == 0 &&
           u[nb] == 0;
      free(u);
      is_str = false;
      break;
    }
    }
    if (c->op == OP_SPLIT || c->op == OP_TO_UTF8) ok = iv;
    else ok = is_str ? same(r, (int)c->r) : iv == c->r;
    ok = ok && rts_ss_top == ss && rts_exc == NULL; /* balanced roots, no stray raise */
    if (pass == 2) {
      b = RTS_POP_ROOT(rts_str *);
      a = RTS_POP_ROOT(rts_str *);
      ok = ok && (!a || same(a, c->a)) && (!b || same(b, c->b));
    }
    per_op_checks[c->op]++;
    if (!ok && ++per_op_fails[c->op] <= 5) {
      printf("  FAIL pass %d case %zu: %s(a=\"%s\", b=\"%s\", %" PRId64 ", %" PRId64 ")\n", pass, ci,
             op_names[c->op], c->a >= 0 ? show(P(c->a)) : "-", c->b >= 0 ? show(P(c->b)) : "-", c->n1, c->n2);
      if (is_str) printf("    got \"%s\" want \"%s\"\n", show(r), show(P((int)c->r)));
      else printf("    got %" PRId64 " want %" PRId64 " (roots balanced: %d)\n", iv, c->r, rts_ss_top == ss);
    }
  }
}

static void report_str_cases(void) {
  for (int op = 0; op < OP_COUNT; op++) {
    group_checks = per_op_checks[op];
    group_fails = per_op_fails[op];
    char name[64];
    snprintf(name, sizeof name, "str %s (node table, static, moving and view inputs)", op_names[op]);
    group_end(name);
  }
}

/* ---- views as inputs -------------------------------------------------------
 * Concatenation is RTS code (framework/rlib/strings.ts strConcat; the corpus
 * programs 106 and 109 and the concatenation fuzz test it in every mode);
 * the runtime's own operations must read views as it makes them. */
static void test_views(void) {
  stub_gc_set_stress(1);
  rts_str *u = view_copy(S("0123456789y"));
  RTS_PUSH_ROOT(u);
  rts_str *flat = heap_copy(SLOT2(1));
  u = RTS_POP_ROOT(rts_str *);
  CHECK(u->hdr.tid == RTS_TID_STRVIEW && flat->hdr.tid == RTS_TID_STR, "a view and a plain copy");
  RTS_PUSH_ROOT(u);
  RTS_PUSH_ROOT(flat);
  rts_str *needle = S("9y");
  flat = RTS_POP_ROOT(rts_str *);
  u = RTS_POP_ROOT(rts_str *);
  int64_t n = u->len;
  CHECK(u->len == flat->len && rts_str_units_eq(u, 0, flat, 0, n) &&
            rts_str_units_eq(u, n - 2, needle, 0, 2) && !rts_str_units_eq(u, n - 3, needle, 0, 2),
        "view compares and searches");
  stub_gc_set_stress(0);
  group_end("views as inputs");
}

/* ---- hand-written string checks ------------------------------------------ */
static void test_strings_misc(void) {
  /* the Unicode data behind rts/lltype upperCaseOf & co.: units packed as n + 4*u0 + 2^18*u1 + 2^34*u2 */
  CHECK(rts_op_unicode_upper(0xDF) == 2 + 4 * 0x53 + ((int64_t)0x53 << 18), "upper(U+00DF) = SS");
  CHECK(rts_op_unicode_lower(0x130) == 2 + 4 * 0x69 + ((int64_t)0x307 << 18), "lower(U+0130) = i + combining dot");
  CHECK(rts_op_unicode_upper(0x390) == 3 + 4 * 0x399 + ((int64_t)0x308 << 18) + ((int64_t)0x301 << 34), "upper(U+0390): three units");
  CHECK(rts_op_unicode_upper(0x10428) == 2 + 4 * 0xD801 + ((int64_t)0xDC00 << 18), "upper(U+10428) = U+10400, a surrogate pair");
  CHECK(rts_op_unicode_lower(0x41) == 1 + 4 * 0x61 && rts_op_unicode_upper(0xD801) == 1 + 4 * 0xD801, "simple and lone surrogate");
  CHECK(rts_is_cased(0x41) && !rts_is_cased(0x31) && rts_is_case_ignorable(0x27) && !rts_is_case_ignorable(0x41), "Cased and Case_Ignorable");
  CHECK(rts_key_hash_int(0) == 0 && rts_key_hash_int(1) == 1364076727 && rts_key_hash_int(-1) == 3459073689 &&
            rts_key_hash_int(4294967296) == 804215951 && rts_key_hash_int(-1099511627779) == 2465257390 &&
            rts_key_hash_int(9007199254740991) == 2589884325 && rts_key_hash_int(123456789) == 3126909082,
        "int key hashes as on Node");
  /* cstr / bool / int */
  CHECK(streq_c(rts_str_from_cstr(""), ""), "empty cstr");
  rts_str *emoji = rts_str_from_cstr("\xf0\x9f\x98\x80");
  CHECK(emoji->len == 2 && emoji->chars[0] == 0xD83D && emoji->chars[1] == 0xDE00, "surrogate pair decode");
  group_end("str misc (hand-written)");

}

/* ---- console.log ------------------------------------------------------------ */
/* Captures fd 1 into a temporary file and compares with the expected bytes. */
static void test_log(void) {
  char path[] = "/tmp/rts_strings_test_XXXXXX";
  int fd = mkstemp(path);
  fflush(stdout);
  int saved = dup(1);
  dup2(fd, 1);
  /* every pool string that has a UTF-8 expectation, then the scalar loggers */
  size_t n = sizeof str_cases / sizeof str_cases[0];
  for (size_t i = 0; i < n; i++)
    if (str_cases[i].op == OP_TO_UTF8) rts_log_str(P(str_cases[i].a));
  rts_log_int(0); rts_log_int(INT64_MIN); rts_log_int(42);
  rts_log_float(-0.0); rts_log_float(0.0); rts_log_float(0.1 + 0.2); rts_log_float(-1e21);
  rts_log_float(NAN); rts_log_float(-INFINITY);
  rts_log_bool(true); rts_log_bool(false); rts_log_cstr("plain \xc3\xa9");
  rts_log_str(NULL);
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  FILE *f = fopen(path, "rb");
  static char got[1 << 20];
  size_t got_n = fread(got, 1, sizeof got, f);
  fclose(f); close(fd); unlink(path);
  static char want[1 << 20];
  size_t w = 0;
  for (size_t i = 0; i < n; i++)
    if (str_cases[i].op == OP_TO_UTF8) {
      memcpy(want + w, bytes_data + bytes_strs[str_cases[i].n1][0], (size_t)bytes_strs[str_cases[i].n1][1]);
      w += (size_t)bytes_strs[str_cases[i].n1][1];
      want[w++] = '\n';
    }
  const char *tail = "0\n-9223372036854776000\n42\n-0\n0\n0.30000000000000004\n-1e+21\nNaN\n-Infinity\n"
                     "true\nfalse\nplain \xc3\xa9\nnull\n";
  memcpy(want + w, tail, strlen(tail));
  w += strlen(tail);
  CHECK(got_n == w && memcmp(got, want, w) == 0, "log output differs (%zu vs %zu bytes)", got_n, w);
  group_end("console.log output");
}

/* ---- numbers ----------------------------------------------------------------- */
static void test_float_format(void) {
  static const struct { double v; const char *s; } fixed[] = {
      {0.1 + 0.2, "0.30000000000000004"}, {1e21, "1e+21"}, {1e20, "100000000000000000000"},
      {1.5e-7, "1.5e-7"}, {0.000001, "0.000001"}, {123.456, "123.456"}, {-1.5, "-1.5"},
      {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
      {9007199254740992.0, "9007199254740992"}, {100, "100"}, {-0.0, "0"}, {0.0, "0"},
      {NAN, "NaN"}, {INFINITY, "Infinity"}, {-INFINITY, "-Infinity"}, {1e-7, "1e-7"},
      {-1.2345678901234567e-300, "-1.2345678901234568e-300"}, {-0.0000012345678901234567, "-0.0000012345678901234567"},
  };
  for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
    char buf[32];
    int n = rts_float_format(fixed[i].v, buf);
    CHECK(n == (int)strlen(fixed[i].s) && strcmp(buf, fixed[i].s) == 0, "format %.17g: got %s want %s",
          fixed[i].v, buf, fixed[i].s);
    CHECK(streq_c(rts_float_to_str(fixed[i].v), fixed[i].s), "float_to_str %s", fixed[i].s);
  }
  group_end("float format (listed examples)");

  size_t n = sizeof float_cases / sizeof float_cases[0];
  for (size_t i = 0; i < n; i++) {
    char buf[32];
    double v = from_bits(float_cases[i].bits);
    int len = rts_float_format(v, buf);
    CHECK(len < 32 && strcmp(buf, float_cases[i].str) == 0, "format %016" PRIx64 ": got %s want %s",
          float_cases[i].bits, buf, float_cases[i].str);
  }
  group_end("float format (node table)");

  for (size_t i = 0; i < n; i++) {
    double v = from_bits(float_cases[i].bits);
    CHECK(rts_to_int32(v) == float_cases[i].i32, "ToInt32(%.17g) = %d want %d", v, rts_to_int32(v),
          float_cases[i].i32);
  }
  group_end("ToInt32 (node table)");

  for (size_t i = 0; i < n; i++) {
    double v = from_bits(float_cases[i].bits), r = rts_js_round(v);
    uint64_t want = float_cases[i].round_bits;
    CHECK(to_bits(r) == want || (isnan(r) && isnan(from_bits(want))), "Math.round(%.17g) = %.17g want %.17g", v,
          r, from_bits(want));
  }
  group_end("Math.round (node table)");


  /* float -> int checked */
  CHECK(rts_float_to_int_checked(-9223372036854775808.0, "t") == INT64_MIN, "-2^63");
  CHECK(rts_float_to_int_checked(123.0, "t") == 123 && rts_float_to_int_checked(-0.0, "t") == 0, "small");
  CHECK(rts_float_to_int_checked(9007199254740993.0, "t") == 9007199254740992LL, "2^53+1 rounds");
  static const double bad[] = {NAN, INFINITY, -INFINITY, 9223372036854775808.0, -9223372036854777856.0, 1e300};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    jmp_buf jb;
    stub_fatal_msg[0] = 0;
    stub_fatal_jmp = &jb;
    volatile int fataled = 0;
    if (setjmp(jb) == 0) (void)rts_float_to_int_checked(bad[i], "here");
    else fataled = 1;
    stub_fatal_jmp = NULL;
    CHECK(fataled && strcmp(stub_fatal_msg, "number is not a safe integer (here)") == 0, "fatal for %g", bad[i]);
  }
  group_end("float_to_int_checked");
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0); /* keep output if a GC bug crashes us */
  long before = stub_gc_collections;
  run_str_cases(0);
  run_str_cases(1);
  run_str_cases(2);
  report_str_cases();
  test_views();
  test_strings_misc();
  test_log();
  test_float_format();
  printf("# %ld stress collections\n", stub_gc_collections - before);
  if (failures) { printf("FAILED: %d checks\n", failures); return 1; }
  printf("all passed\n");
  return 0;
}
