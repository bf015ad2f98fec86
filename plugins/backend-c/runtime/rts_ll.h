/* rts/ll in C: the operations GC code written in RTS translates to
 * (framework/rlib/ll.ts documents each).  Addresses are int64_t. */
#ifndef RTS_LL_H
#define RTS_LL_H
#include <string.h>
#include "rts.h"

#define RTS_LL_P(a, ofs) ((char *)(intptr_t)(a) + (ofs))

static inline int64_t rts_ll_load(int64_t a, int64_t ofs) { return *(int64_t *)RTS_LL_P(a, ofs); }
static inline void rts_ll_store(int64_t a, int64_t ofs, int64_t v) { *(int64_t *)RTS_LL_P(a, ofs) = v; }
static inline int64_t rts_ll_load_u32(int64_t a, int64_t ofs) { return *(uint32_t *)RTS_LL_P(a, ofs); }
static inline void rts_ll_store_u32(int64_t a, int64_t ofs, int64_t v) { *(uint32_t *)RTS_LL_P(a, ofs) = (uint32_t)v; }
static inline int64_t rts_ll_load_u8(int64_t a, int64_t ofs) { return *(uint8_t *)RTS_LL_P(a, ofs); }
static inline void rts_ll_store_u8(int64_t a, int64_t ofs, int64_t v) { *(uint8_t *)RTS_LL_P(a, ofs) = (uint8_t)v; }
/* (most copies are a promoted object of a few words: a copy of constant size is a few moves, a call of memcpy with
 * its size dispatch cost more than the copy — with the Python interpreter's float benchmark, 97M instructions) */
#define RTS_LL_COPY_CASE(k) case k: memcpy(RTS_LL_P(dst, 0), RTS_LL_P(src, 0), k); return;
static inline void rts_ll_copy(int64_t dst, int64_t src, int64_t n) {
  switch (n) {
    RTS_LL_COPY_CASE(16) RTS_LL_COPY_CASE(24) RTS_LL_COPY_CASE(32) RTS_LL_COPY_CASE(40)
    RTS_LL_COPY_CASE(48) RTS_LL_COPY_CASE(56) RTS_LL_COPY_CASE(64)
    default: memcpy(RTS_LL_P(dst, 0), RTS_LL_P(src, 0), (size_t)n);
  }
}
static inline void rts_ll_fill(int64_t dst, int64_t byte, int64_t n) { memset(RTS_LL_P(dst, 0), (int)byte, (size_t)n); }

int64_t rts_ll_map_memory(int64_t size);
void rts_ll_unmap_memory(int64_t a, int64_t size);

/* the type table; pointer counts are computed once (rts_ll_init) */
extern uint16_t *rts_ll_ptr_counts, *rts_ll_item_ptr_counts;
static inline int64_t rts_ll_type_count(void) { return rts_typeinfo_count; }
static inline int64_t rts_ll_fixed_size(int64_t tid) { return rts_typeinfos[tid].fixedsize; }
static inline int64_t rts_ll_item_size(int64_t tid) { return rts_typeinfos[tid].itemsize; }
static inline int64_t rts_ll_length_offset(int64_t tid) { return rts_typeinfos[tid].length_ofs; }
static inline int64_t rts_ll_pointer_count(int64_t tid) { return rts_ll_ptr_counts[tid]; }
static inline int64_t rts_ll_pointer_offset(int64_t tid, int64_t i) { return rts_typeinfos[tid].ptr_ofs[i]; }
static inline int64_t rts_ll_item_pointer_count(int64_t tid) { return rts_ll_item_ptr_counts[tid]; }
static inline int64_t rts_ll_item_pointer_offset(int64_t tid, int64_t i) { return rts_typeinfos[tid].item_ptr_ofs[i]; }

/* roots: the shadow stack, the global slots (rts_exc last), the prebuilt objects */
extern void **rts_ss_base;
extern int64_t rts_ll_n_globals, rts_ll_n_prebuilt;
/* permanent root slots (the JIT's constant objects): never move, never freed, after the globals */
extern void **rts_ll_permanent_roots;
extern int64_t rts_ll_n_permanent;
static inline int64_t rts_ll_stack_roots_base(void) { return (int64_t)(intptr_t)rts_ss_base; }
static inline int64_t rts_ll_stack_roots_top(void) { return (int64_t)(intptr_t)rts_ss_top; }
static inline int64_t rts_ll_global_root_count(void) { return rts_ll_n_globals + rts_ll_n_permanent + 1; }
static inline int64_t rts_ll_global_root(int64_t i) {
  if (i < rts_ll_n_globals) return (int64_t)(intptr_t)rts_global_roots[i];
  if (i < rts_ll_n_globals + rts_ll_n_permanent) return (int64_t)(intptr_t)&rts_ll_permanent_roots[i - rts_ll_n_globals];
  return (int64_t)(intptr_t)&rts_exc;
}
int64_t rts_ll_permanent_roots_reserve(int64_t n);
static inline int64_t rts_ll_prebuilt_count(void) { return rts_ll_n_prebuilt; }
static inline int64_t rts_ll_prebuilt(int64_t i) { return (int64_t)(intptr_t)rts_prebuilt_objects[i]; }

/* the process */
RTS_NORETURN void rts_ll_fatal(rts_str *msg);
double rts_ll_clock(void);
int64_t rts_ll_env_int(rts_str *name, int64_t dflt);
void rts_ll_log_gc(rts_str *event, double seconds, int64_t a, int64_t b, int64_t c, int64_t d);
/* machine code (the JIT's backends) */
static inline int64_t rts_ll_code_arch(void) {
#if defined(__x86_64__)
  return 1;
#elif defined(__aarch64__)
  return 2;
#else
  return 0;
#endif
}
int64_t rts_ll_executable(int64_t a, int64_t size);
int64_t rts_ll_map_code(int64_t size);
void rts_ll_code_written(int64_t a, int64_t size);
static inline int64_t rts_ll_call_code(int64_t code, int64_t arg) { return ((int64_t (*)(int64_t))(intptr_t)code)(arg); }
static inline double rts_ll_load_float(int64_t a, int64_t ofs) { return *(double *)RTS_LL_P(a, ofs); }
static inline void rts_ll_store_float(int64_t a, int64_t ofs, double v) { *(double *)RTS_LL_P(a, ofs) = v; }
/* n zeroed shadow-stack slots (the collector scans and updates them), released by resetting the top */
int64_t rts_ll_stack_roots_reserve(int64_t n);
static inline void rts_ll_stack_roots_release(int64_t base) { rts_ss_top = (void **)(intptr_t)base; }
extern uint32_t rts_gc_barrier_flag;
static inline int64_t rts_ll_gc_barrier_flag(void) { return rts_gc_barrier_flag; }
/* the GC's write barriers, which machine code calls when an object it stores a pointer into is flagged */
void rts_gc_write_barrier(void *obj);
void rts_gc_write_barrier_item(void *obj, int64_t index);
static inline int64_t rts_ll_gc_barrier_function(int64_t item) {
  return item ? (int64_t)(intptr_t)&rts_gc_write_barrier_item : (int64_t)(intptr_t)&rts_gc_write_barrier;
}
static inline int64_t rts_ll_gc_bump_cell(void) { return (int64_t)(intptr_t)rts_gc_bump; }
static inline void rts_ll_gc_collect_young(void) { rts_gc_collect_young(); }
int64_t rts_ll_gc_movable(int64_t a); /* the GC's gcMovable (1 when it has none: anything may move) */
/* the address of a runtime word machine code reads or writes (rts/ll RUNTIME_*): the shadow stack's top and limit, the C stack's limit */
extern char *rts_stack_limit;
static inline int64_t rts_ll_runtime_cell(int64_t which) {
  return which == 0 ? (int64_t)(intptr_t)&rts_ss_top : which == 1 ? (int64_t)(intptr_t)&rts_ss_limit : which == 2 ? (int64_t)(intptr_t)&rts_stack_limit : 0;
}
/* RTSLOG's other categories (jit-summary, jit-log-opt...) */
int64_t rts_ll_log_enabled(rts_str *category);
void rts_ll_log_line(rts_str *category, rts_str *line);
/* the default of RTS_GC_TORTURE, from `rts translate --gc-torture[=N]` */
extern const int64_t rts_gc_torture_default;
static inline int64_t rts_ll_torture_default(void) { return rts_gc_torture_default; }

/* set up by main before rts_gc_init: the shadow stack and the type-table caches */
void rts_ll_init(void);
#endif
