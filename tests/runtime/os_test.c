/* Runtime test of os.c and main.c, driven by run.sh, which checks the exact
 * bytes written and the exit status.  Modes (argv[1]):
 *   io    - UTF-16 -> UTF-8 output on fds 1 and 2, lines echoed from stdin,
 *           read_file of argv[2]; returns 3 (the exit status)
 *   stack - unbounded recursion: RTS_STACK_CHECK raises, uncaught -> exit 1
 *   ss    - shadow stack overflow: fatal error, exit 101 */
#include "rts.h"
#include "rts_builtin_typeinfos.h" /* the runtime's rows of the type table (tests/runtime/typeinfos-h.ts) */
#include "rts_ops.h"
#include <stdio.h>

const rts_typeinfo rts_typeinfos[] = {RTS_BUILTIN_TYPEINFOS};
const int64_t rts_gc_torture_default = 0;
const uint32_t rts_typeinfo_count = sizeof rts_typeinfos / sizeof rts_typeinfos[0];
void **const rts_global_roots[] = {NULL};
void *const rts_prebuilt_objects[] = {NULL};

/* Stand-ins for the generated exception support: the exception is its message. */
void rts_raise_builtin(int kind, const char *message) {
  (void)kind;
  rts_exc = rts_str_from_cstr(message);
}
void rts_print_uncaught(void *exc) {
  rts_write_str(2, rts_str_from_cstr("RangeError: "));
  rts_write_str(2, exc);
  rts_write_byte(2, '\n');
}

static void out(const char *s) { rts_write_str(1, rts_str_from_cstr(s)); }

static int64_t recurse(int64_t n) {
  RTS_STACK_CHECK(return 0);
  volatile char pad[128];
  pad[0] = (char)n;
  int64_t r = recurse(n + 1);
  return rts_exc ? 0 : r + pad[0];
}

/* 64 slots a frame, so that the shadow stack runs out before the C stack */
static void push_forever(int64_t n) {
  RTS_STACK_CHECK(return);
  for (int i = 0; i < 64; i++) RTS_PUSH_ROOT(NULL);
  if (n) push_forever(n - 1);
  rts_ss_top -= 64;
}

/* argv must be on top of the shadow stack: the allocation may move it */
static bool arg_is(int64_t i, const char *s) {
  rts_str *want = rts_str_from_cstr(s);
  rts_list *argv = rts_ss_top[-1];
  rts_str *got = argv->len > i ? argv->items->data[i].p : NULL;
  return got && got->len == want->len && rts_str_units_eq(got, 0, want, 0, want->len);
}

int64_t rts_entry(rts_list *argv) {
  RTS_PUSH_ROOT(argv);
  if (arg_is(1, "stack")) {
    out("deep\n");
    recurse(0);
    return 0;
  }
  if (arg_is(1, "ss")) {
    out("pushing\n");
    push_forever(INT64_MAX);
    return 0;
  }
  /* a, e acute, euro, U+1F600 (pair), lone high, b, lone low */
  static const rts_char units[] = {'a', 0xE9, 0x20AC, 0xD83D, 0xDE00, 0xD800, 'b', 0xDC00};
  rts_str *s = rts_str_alloc(8);
  memcpy(s->chars, units, sizeof units);
  RTS_PUSH_ROOT(s);
  out("1:");
  rts_write_str(1, s);
  rts_write_byte(1, '\n');
  rts_write_str(2, (rts_str *)rts_ss_top[-1]); /* flushes "1:..." first */
  rts_write_byte(2, '\n');
  (void)RTS_POP_ROOT(void *);
  out("prompt> ");
  for (rts_str *line; (line = rts_read_line()) != NULL;) {
    RTS_PUSH_ROOT(line);
    out("[");
    rts_write_str(1, RTS_POP_ROOT(rts_str *));
    out("]\n");
  }
  out(rts_read_byte(0) == -1 ? "eof\n" : "not eof\n");
  rts_list *args = RTS_POP_ROOT(rts_list *);
  rts_str *file = args->len > 2 ? rts_read_file(args->items->data[2].p) : NULL;
  if (file) {
    out("file:");
    rts_write_str(1, file);
  }
  out(rts_read_file(rts_str_from_cstr("/nonexistent/x")) == NULL ? "missing ok\n" : "missing?\n");
  out(rts_read_file(rts_str_from_cstr("/")) == NULL ? "dir ok\n" : "dir?\n");
  out(rts_clock() > 0 && rts_time_now_ms() > 1.5e12 ? "clocks ok\n" : "clocks?\n");
  for (int i = 0; i < 100000; i++) rts_write_byte(1, 'z'); /* crosses the 64 KiB buffer */
  rts_write_byte(1, '\n');
  return 3;
}
