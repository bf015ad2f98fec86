/* Runtime test: gc-semispace, lists, os fatal errors (maps are RTS code: corpus 110_map_stress).  Linked with the
 * real runtime (main.c included: it calls rts_entry below).  Prints
 * "N passed, M failed" and exits 1 on any failure.  RTS_GC_TORTURE=1 or
 * RTS_TEST_SMALL=1 shrink the workloads (torture collects on every
 * allocation, which catches objects that were not rooted).  See run.sh. */
#include "rts.h"
#include "rts_builtin_typeinfos.h" /* the runtime's rows of the type table (tests/runtime/typeinfos-h.ts) */
#include "rts_ops.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- the program's side of the ABI, as generated code would emit it ---- */
enum { TID_NODE = RTS_TID_FIRST_CLASS, TID_BAG };
typedef struct node { rts_hdr hdr; struct node *left, *right; int64_t v; } node;
typedef struct bag_item { int64_t tag; node *n; } bag_item;
typedef struct bag { rts_hdr hdr; int64_t len; rts_str *name; bag_item items[]; } bag;

const rts_typeinfo rts_typeinfos[] = {
  RTS_BUILTIN_TYPEINFOS,
  [TID_NODE] = {"node", sizeof(node), 0, 0, RTS_OFS_(offsetof(node, left), offsetof(node, right), 0), RTS_OFS_(0xFFFF)},
  [TID_BAG] = {"bag", offsetof(bag, items), sizeof(bag_item), offsetof(bag, len),
               RTS_OFS_(offsetof(bag, name), 0), RTS_OFS_(offsetof(bag_item, n), 0xFFFF)},
};
const int64_t rts_gc_torture_default = 0;
const uint32_t rts_typeinfo_count = sizeof rts_typeinfos / sizeof rts_typeinfos[0];

static node *g_tree;
void **const rts_global_roots[] = {(void **)&g_tree, NULL};

static node pre2 = {{TID_NODE, RTS_GCFLAG_PREBUILT}, NULL, NULL, 7};
static node pre = {{TID_NODE, RTS_GCFLAG_PREBUILT}, NULL, &pre2, 42}; /* left: set to a heap tree */
void *const rts_prebuilt_objects[] = {&pre, &pre2, NULL};

void rts_raise_builtin(int kind, const char *message) {
  fprintf(stderr, "unexpected rts_raise_builtin(%d, %s)\n", kind, message);
  exit(2);
}
void rts_print_uncaught(void *exc) { fprintf(stderr, "uncaught %p\n", exc); }

/* ---- harness -------------------------------------------------------------- */
static int passed, failed;
static bool small;
#define CHECK(c) \
  do { if (c) passed++; else { failed++; fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); } } while (0)
#define N(normal, reduced) (small ? (reduced) : (normal))

static size_t rss_bytes(void) {
  long pages = 0, rss = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (f) {
    if (fscanf(f, "%ld %ld", &pages, &rss) != 2) rss = 0;
    fclose(f);
  }
  return (size_t)rss * (size_t)sysconf(_SC_PAGESIZE);
}

static rts_str *mkstr(const char *prefix, int64_t i) {
  char buf[64];
  snprintf(buf, sizeof buf, "%s%lld", prefix, (long long)i);
  return rts_str_from_cstr(buf);
}

static bool str_is(rts_str *s, const char *prefix, int64_t i) {
  char buf[64];
  int n = snprintf(buf, sizeof buf, "%s%lld", prefix, (long long)i);
  if (s->hdr.tid != RTS_TID_STR || s->len != n) return false;
  for (int k = 0; k < n; k++)
    if (s->chars[k] != (rts_char)buf[k]) return false;
  return true;
}

/* ---- trees: the roots are handled exactly as generated code does ---------- */
static node *new_node(int64_t v) {
  node *n = rts_gc_malloc(TID_NODE, sizeof(node));
  n->v = v;
  return n;
}

static node *build(int depth, int64_t *counter) {
  node *n = new_node((*counter)++);
  if (depth == 0) return n;
  RTS_PUSH_ROOT(n);
  node *l = build(depth - 1, counter);
  RTS_WB(rts_ss_top[-1]); /* the write barrier contract: before every pointer store */
  ((node *)rts_ss_top[-1])->left = l;
  node *r = build(depth - 1, counter);
  n = RTS_POP_ROOT(node *);
  RTS_WB(n);
  n->right = r;
  return n;
}

/* Checks shape and preorder numbering; returns the node count or -1. */
static int64_t check_tree(node *n, int depth, int64_t *counter) {
  if (!n || n->hdr.tid != TID_NODE || (n->hdr.gcflags & (RTS_GCFLAG_PREBUILT | 2)) != 0 || n->v != (*counter)++) return -1;
  if (depth == 0) return n->left || n->right ? -1 : 1;
  int64_t a = check_tree(n->left, depth - 1, counter);
  int64_t b = a < 0 ? -1 : check_tree(n->right, depth - 1, counter);
  return b < 0 ? -1 : 1 + a + b;
}

static bool tree_ok(node *n, int depth, int64_t first) {
  int64_t c = first;
  return check_tree(n, depth, &c) == ((int64_t)1 << (depth + 1)) - 1;
}

/* Map keys hash objects by identity numbers kept in the header (from 2^21 at
 * run time, as on Node: tests/unit/maps.test.ts); the GC keeps them when it moves objects (g_tree is a global root here). */
static void test_identity(void) {
  g_tree = new_node(1);
  int64_t h = rts_op_identity_hash(g_tree);
  CHECK(h == 3757349318 && (g_tree->hdr.gcflags >> RTS_IDENTITY_SHIFT) == 2097152);
  CHECK(rts_op_identity_hash(&pre2) == rts_op_identity_hash(&pre2) && rts_op_identity_hash(NULL) == 0);
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 20000; j++) new_node(j); /* garbage: collections move g_tree */
    rts_gc_collect();
  }
  CHECK(g_tree->v == 1 && rts_op_identity_hash(g_tree) == h && (g_tree->hdr.gcflags >> RTS_IDENTITY_SHIFT) == 2097152);
  node prebuilt = {{TID_NODE, RTS_GCFLAG_PREBUILT | (7u << RTS_IDENTITY_SHIFT)}, NULL, NULL, 0};
  CHECK(rts_op_identity_hash(&prebuilt) == rts_key_hash_int(7)); /* numbered at translation time */
}

static void test_trees(void) {
  int64_t c = 1000;
  g_tree = build(N(12, 5), &c);
  c = 5000000;
  node *t0 = build(N(10, 4), &c);
  RTS_WB(&pre);
  pre.left = t0;
  rts_gc_collect();
  CHECK(tree_ok(g_tree, N(12, 5), 1000));
  CHECK(tree_ok(pre.left, N(10, 4), 5000000));
  CHECK(pre.right == &pre2 && pre2.v == 7 && (pre.hdr.gcflags & RTS_GCFLAG_PREBUILT));

  /* many short-lived trees: heap (and RSS) must stay bounded */
  int iters = N(200, 4), depth = N(14, 6);
  size_t rss_early = 0;
  bool all_ok = true;
  for (int i = 0; i < iters; i++) {
    c = i;
    node *t = build(depth, &c);
    RTS_PUSH_ROOT(t);
    RTS_PUSH_ROOT(NULL); /* NULL slots are allowed */
    new_node(-1);       /* garbage, and a chance to collect */
    (void)RTS_POP_ROOT(void *);
    t = RTS_POP_ROOT(node *);
    all_ok &= tree_ok(t, depth, i);
    if (i == 20) rss_early = rss_bytes();
  }
  CHECK(all_ok);
  if (!small) {
    size_t rss_late = rss_bytes();
    fprintf(stderr, "trees: rss after 20 iterations %zu KiB, after %d: %zu KiB\n", rss_early >> 10, iters,
            rss_late >> 10);
    CHECK(rss_late <= rss_early + (4u << 20));
  }
  CHECK(tree_ok(g_tree, N(12, 5), 1000));
  CHECK(tree_ok(pre.left, N(10, 4), 5000000));

  /* rts_exc is a root */
  rts_exc = new_node(99);
  rts_gc_collect();
  CHECK(((node *)rts_exc)->v == 99 && ((node *)rts_exc)->hdr.tid == TID_NODE);
  rts_exc = NULL;
  pre.left = NULL;
  g_tree = NULL;
}

/* ---- a var-sized class with pointers inside its items --------------------- */
static void test_bag(void) {
  int64_t n = N(3000, 40);
  bag *b = rts_gc_malloc_varsize(TID_BAG, n);
  CHECK(b->len == n && b->name == NULL && b->items[n - 1].n == NULL);
  RTS_PUSH_ROOT(b);
  rts_str *name = mkstr("bag", n);
  RTS_WB(rts_ss_top[-1]);
  ((bag *)rts_ss_top[-1])->name = name;
  for (int64_t i = 0; i < n; i++) {
    node *x = new_node(i * 3);
    b = (bag *)rts_ss_top[-1];
    b->items[i].tag = i;
    RTS_WB_ITEM(b, i);
    b->items[i].n = x;
  }
  rts_gc_collect();
  b = RTS_POP_ROOT(bag *);
  bool ok = b->len == n && str_is(b->name, "bag", n);
  for (int64_t i = 0; i < n; i++) ok &= b->items[i].tag == i && b->items[i].n->v == i * 3;
  CHECK(ok);
}

/* ---- objects larger than a semispace -------------------------------------- */
static void test_large(void) {
  int64_t n = N(3000000, 700000); /* 24 MB / 5.6 MB of items */
  rts_list *l = rts_list_new(n, false);
  for (int64_t i = 0; i < n; i++) l->items->data[i].i = i;
  RTS_PUSH_ROOT(l);
  rts_u8arr *u = rts_gc_malloc_varsize(RTS_TID_U8ARR, N(10000000, 100000));
  u->data[u->len - 1] = 0xAB;
  RTS_PUSH_ROOT(u);
  rts_gc_collect();
  u = RTS_POP_ROOT(rts_u8arr *);
  l = RTS_POP_ROOT(rts_list *);
  CHECK(u->len == N(10000000, 100000) && u->data[u->len - 1] == 0xAB && u->data[0] == 0);
  bool ok = l->len == n;
  for (int64_t i = 0; i < n; i++) ok &= l->items->data[i].i == i;
  CHECK(ok);
}

/* ---- lists -------------------------------------------------------------------- */
static void test_lists(void) {
  int64_t n = N(100000, 1500);
  rts_list *l = rts_list_new(0, false);
  CHECK(l->len == 0 && l->items->cap >= 4 && l->items->hdr.tid == RTS_TID_ITEMS_RAW);
  RTS_PUSH_ROOT(l); /* push may collect and move l */
  for (int64_t i = 0; i < n; i++) rts_list_push((rts_list *)rts_ss_top[-1], (rts_word){.i = i * 7});
  l = RTS_POP_ROOT(rts_list *);
  bool ok = l->len == n;
  /* shrinking as the RTS list methods do (rts/lltype's setLength) */
  for (int64_t i = n - 1; i >= 0; i--) {
    ok &= l->items->data[i].i == i * 7;
    rts_op_list_set_len(l, i);
  }
  CHECK(ok && l->len == 0);

  /* GC items: strings pushed into a rooted list */
  RTS_PUSH_ROOT(rts_list_new(0, true));
  for (int64_t i = 0; i < n / 10; i++) {
    rts_str *s = mkstr("s", i);
    rts_list_push((rts_list *)rts_ss_top[-1], (rts_word){.p = s});
  }
  rts_gc_collect();
  rts_list *sl = RTS_POP_ROOT(rts_list *);
  ok = sl->len == n / 10 && sl->items->hdr.tid == RTS_TID_ITEMS_GC;
  for (int64_t i = 0; i < n / 10; i++) ok &= str_is(sl->items->data[i].p, "s", i);
  CHECK(ok);
  rts_word last = sl->items->data[sl->len - 1];
  rts_op_list_set_len(sl, sl->len - 1);
  CHECK(str_is(last.p, "s", n / 10 - 1) && sl->items->data[sl->len].p == NULL);

  /* the inside of a list for the RTS list methods: reserve keeps the items and
     their kind across a collection; move copies overlapping ranges */
  RTS_PUSH_ROOT(sl);
  rts_list_reserve(sl, 5000);
  rts_gc_collect();
  sl = RTS_POP_ROOT(rts_list *);
  ok = sl->len == n / 10 - 1 && sl->items->cap >= 5000 && sl->items->hdr.tid == RTS_TID_ITEMS_GC;
  for (int64_t i = 0; i < sl->len; i++) ok &= str_is(sl->items->data[i].p, "s", i);
  CHECK(ok);
  rts_list_move(sl, 0, sl, 1, 3); /* s0 s0 s1 s2 s4 ... */
  CHECK(str_is(sl->items->data[0].p, "s", 0) && str_is(sl->items->data[1].p, "s", 0) && str_is(sl->items->data[3].p, "s", 2) && str_is(sl->items->data[4].p, "s", 4));
  rts_list_move(sl, 1, sl, 0, 3); /* s0 s1 s2 s2 s4 ... */
  CHECK(str_is(sl->items->data[0].p, "s", 0) && str_is(sl->items->data[2].p, "s", 2) && str_is(sl->items->data[3].p, "s", 2));
  RTS_PUSH_ROOT(sl);
  l = rts_list_new(0, true);
  sl = RTS_POP_ROOT(rts_list *);
  RTS_PUSH_ROOT(sl);
  RTS_PUSH_ROOT(l);
  rts_list_reserve(l, 2);
  l = RTS_POP_ROOT(rts_list *);
  sl = RTS_POP_ROOT(rts_list *);
  rts_list_move(sl, 4, l, 0, 2);
  l->len = 2;
  RTS_PUSH_ROOT(l);
  rts_gc_collect();
  l = RTS_POP_ROOT(rts_list *);
  CHECK(str_is(l->items->data[0].p, "s", 4) && str_is(l->items->data[1].p, "s", 5));
}

/* ---- fatal errors (in a child process) ------------------------------------- */
static void expect_fatal(void (*fn)(void), const char *want) {
  int fds[2];
  if (pipe(fds) != 0) return;
  rts_flush_all();
  fflush(stderr);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    fn();
    _exit(0);
  }
  close(fds[1]);
  char buf[512] = {0};
  size_t len = 0;
  ssize_t k;
  while ((k = read(fds[0], buf + len, sizeof buf - 1 - len)) > 0) len += (size_t)k;
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 101);
  CHECK(strcmp(buf, want) == 0);
}
static void bad_index(void) { rts_fatal_index(5, 3, "prog.ts:3:7"); }
static void null_deref(void) { rts_fatal_null("prog.ts:9:1"); }

int64_t rts_entry(rts_list *argv) {
  small = getenv("RTS_TEST_SMALL") != NULL || getenv("RTS_GC_TORTURE") != NULL;
  CHECK(argv->len >= 1 && argv->items->hdr.tid == RTS_TID_ITEMS_GC);
  CHECK(((rts_str *)argv->items->data[0].p)->hdr.tid == RTS_TID_STR);
  void **ss0 = rts_ss_top;
  test_identity();
  test_trees();
  test_bag();
  test_large();
  test_lists();
  CHECK(rts_ss_top == ss0);
  expect_fatal(bad_index, "fatal error: index 5 out of bounds (length 3)\n  at prog.ts:3:7\n");
  expect_fatal(null_deref, "fatal error: null dereference\n  at prog.ts:9:1\n");
  printf("gc_test: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
