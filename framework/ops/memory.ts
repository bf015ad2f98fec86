// Low-level operations on the heap and the outside world: instances, closures,
// globals, lists, typed arrays, maps, I/O, JIT hints, rts/ll and the ops the
// transforms insert.  Their semantics need the llinterp's heap and I/O (its
// switch); their C, the backend's (funcgen's switch) unless given here.
import { keyHash } from "../rlib/lltype.ts";
import { type OpTable } from "./op.ts";

export const MEMORY_OPS: OpTable = {
  // class instances
  malloc: { sig: "meta -> ref", canCollect: true },
  getfield: { sig: "ref, meta -> any", reads: ["field"], pure: true },
  setfield: { sig: "ref, meta, any -> void", writes: ["field"] },
  instanceof: { sig: "ref, meta -> bool", pure: true },
  checked_cast: { sig: "ref, meta -> ref", canFail: true },
  direct_call: { sig: "meta, any... -> any", canRaise: true, canCollect: true },
  method_call: { sig: "meta, ref, any... -> any", canRaise: true, canCollect: true },
  // closures: the address of a function's code as a Signed, and a call through one
  fnaddr: { sig: "meta -> int", pure: true },
  indirect_call: { sig: "meta, int, any... -> any", canRaise: true, canCollect: true },
  // module globals
  getglobal: { sig: "meta -> any", reads: ["global"] },
  setglobal: { sig: "meta, any -> void", writes: ["global"] },
  // lists
  list_new: { sig: "meta, any... -> ref", canCollect: true },
  // `new Array(n).fill(x)`: n copies of x (RangeError unless 0 <= n < 2^32) — one op, so the JIT can make a list of a constant n virtual
  list_new_filled: { sig: "meta, int, any -> ref", canCollect: true, canRaise: true },
  list_len: { sig: "ref -> int", reads: ["list"] },
  list_getitem: { sig: "ref, int -> any", reads: ["list"], canFail: true },
  list_setitem: { sig: "ref, int, any -> void", reads: ["list"], writes: ["list"], canFail: true },
  // xs[i] where the program tests for undefined: undefined past the end
  list_getitem_opt: { sig: "ref, int -> any", reads: ["list"] },
  typed_getitem_opt: { sig: "ref, int -> any", reads: ["typed"] },
  // the inside of a list (rts/lltype), which the list methods of rts/rlib/lists are written with
  list_capacity: { sig: "ref -> int", reads: ["list"], c: { expr: (a) => `${a[0]}->items->cap` } },
  list_reserve: { sig: "ref, int -> void", reads: ["list"], writes: ["list"], canCollect: true, c: { call: "rts_list_reserve", void: true } },
  list_set_len: { sig: "ref, int -> void", reads: ["list"], writes: ["list"], c: { call: "rts_op_list_set_len", void: true } },
  list_store: { sig: "ref, int, any -> void", reads: ["list"], writes: ["list"] },
  list_move: { sig: "ref, int, ref, int, int -> void", reads: ["list"], writes: ["list"], c: { call: "rts_list_move", void: true } },
  // typed arrays
  typed_new: { sig: "meta, int -> ref", canCollect: true, canRaise: true },
  typed_len: { sig: "ref -> int" },
  typed_getitem: { sig: "ref, int -> any", reads: ["typed"], canFail: true },
  typed_setitem: { sig: "ref, int, any -> void", writes: ["typed"], canFail: true },
  typed_fill: { sig: "ref, any -> void", writes: ["typed"] },
  // maps and sets: the inside (rts/lltype) that rts/rlib/maps is written with
  map_new: { sig: "meta -> ref", canCollect: true },
  map_size: { sig: "ref -> int", reads: ["map"], c: { expr: (a) => `${a[0]}->size` } },
  map_set_size: { sig: "ref, int -> void", writes: ["map"], c: { stmt: (a) => `${a[0]}->size = ${a[1]};` } },
  map_used: { sig: "ref -> int", reads: ["map"], c: { expr: (a) => `${a[0]}->used` } },
  map_set_used: { sig: "ref, int -> void", writes: ["map"], c: { stmt: (a) => `${a[0]}->used = ${a[1]};` } },
  map_index_mask: { sig: "ref -> int", reads: ["map"], c: { expr: (a) => `(${a[0]}->index->cap - 1)` } },
  map_index_get: { sig: "ref, int -> int", reads: ["map"], c: { expr: (a) => `${a[0]}->index->slots[${a[1]}]` } },
  map_index_set: { sig: "ref, int, int -> void", reads: ["map"], writes: ["map"], c: { stmt: (a) => `${a[0]}->index->slots[${a[1]}] = ${a[2]};` } },
  map_fresh_tables: { sig: "ref, int -> void", writes: ["map"], canCollect: true, c: { call: "rts_map_fresh_tables", void: true } },
  map_entries: { sig: "ref -> ref", reads: ["map"], c: { expr: (a) => `${a[0]}->entries` } },
  mentries_cap: { sig: "ref -> int", c: { expr: (a) => `${a[0]}->cap` } },
  mentries_next: { sig: "ref -> ref", reads: ["map"], c: { expr: (a) => `${a[0]}->next` } },
  mentry_state: { sig: "ref, int -> int", reads: ["map"], c: { expr: (a) => `${a[0]}->data[${a[1]}].state` } },
  mentry_key: { sig: "ref, int -> any", reads: ["map"] },
  mentry_value: { sig: "ref, int -> any", reads: ["map"] },
  // m.get(k)! where entry i was looked up: a missing key (i < 0) stops the program
  mentry_value_found: { sig: "ref, int -> any", reads: ["map"], canFail: true },
  mentry_store: { sig: "ref, int, int, any, any -> void", writes: ["map"] },
  mentry_set_value: { sig: "ref, int, any -> void", writes: ["map"] },
  mentry_clear: { sig: "ref, int -> void", writes: ["map"], c: { stmt: (a) => `${a[0]}->data[${a[1]}] = (rts_mentry){0, {0}, {0}};` } },
  mentry_move: { sig: "ref, int, ref, int -> void", reads: ["map"], writes: ["map"] },
  map_key_hash: { sig: "int -> int", pure: true, eval: (a) => keyHash(a[0]) }, // an int key's; a string's is rts/rlib/strings strHash
  // an object key's: from its identity number, given on first use (C: kept in its header; the objects heap: beside it)
  ptr_identity_hash: { sig: "ref -> int", eval: (a) => keyHash(a[0]), c: { call: "rts_op_identity_hash" } },
  // I/O and process
  log: { sig: "any -> void", writes: ["io"] },
  log_values: { sig: "any... -> void", writes: ["io"] },
  // JSON.stringify(x, null, gap) of any value (C: runtime/json.c over console.log's descriptors; llinterp: Node's own); undefined for undefined and functions
  json_stringify: { sig: "any, str -> str", reads: ["raw"], canCollect: true, canRaise: true }, // (reads any object: no one family)
  os_write: { sig: "int, str -> void", writes: ["io"], c: { call: "rts_write_str", void: true } },
  os_write_byte: { sig: "int, int -> void", writes: ["io"], c: { call: "rts_write_byte", void: true } },
  os_read_byte: { sig: "int -> int", reads: ["io"], writes: ["io"], c: { call: "rts_read_byte" } },
  os_read_line: { sig: " -> str", reads: ["io"], writes: ["io"], canCollect: true, c: { call: "rts_read_line" } },
  os_read_file: { sig: "str -> str", reads: ["io"], canCollect: true, c: { call: "rts_read_file" } },
  // files (rts/rlib/os openFile ...): descriptors, byte strings, -errno
  os_file_open: { sig: "str, int, int -> int", reads: ["io"], writes: ["io"], c: { call: "rts_file_open" } },
  os_file_read: { sig: "int, int -> str", reads: ["io"], writes: ["io"], canCollect: true, c: { call: "rts_file_read" } },
  os_file_write: { sig: "int, str -> int", reads: ["io"], writes: ["io"], c: { call: "rts_file_write" } },
  os_file_close: { sig: "int -> int", reads: ["io"], writes: ["io"], c: { call: "rts_file_close" } },
  os_file_seek: { sig: "int, int, int -> int", reads: ["io"], writes: ["io"], c: { call: "rts_file_seek" } },
  os_file_truncate: { sig: "int, int -> int", reads: ["io"], writes: ["io"], c: { call: "rts_file_truncate" } },
  os_file_remove: { sig: "str -> int", reads: ["io"], writes: ["io"], c: { call: "rts_file_remove" } },
  os_is_terminal: { sig: "int -> bool", reads: ["io"], c: { call: "rts_is_terminal" } },
  os_current_directory: { sig: " -> str", reads: ["io"], canCollect: true, c: { call: "rts_current_directory" } },
  os_file_errno: { sig: " -> int", reads: ["io"], c: { call: "rts_file_errno" } },
  os_clock: { sig: " -> float", reads: ["io"], c: { call: "rts_clock" } },
  os_now: { sig: " -> float", reads: ["io"], c: { call: "rts_time_now_ms" } },
  os_flush: { sig: " -> void", writes: ["io"], c: { call: "rts_flush_all", void: true } },
  // JIT hints (kept for the JIT; no code in the C backend)
  jit_marker: { sig: "meta, meta, meta, any... -> void" },
  // promote(x): x itself; a constant in a trace (the codewriter makes it a guard on its value)
  jit_promote: { sig: "any -> any", pure: true, eval: (a) => a[0], c: { expr: (a) => a[0] } },
  // weAreJitted(): false, except in jitcodes (true there: they run only while the JIT traces or resumes)
  jit_we_are_jitted: { sig: " -> bool", eval: () => false, c: { expr: () => "false" } },
  // isConstant(x): false, except while tracing when x is a constant of the trace
  jit_is_constant: { sig: "any -> bool", eval: () => false, c: { expr: () => "false" } },
  // setParam(name, value): nothing, unless translated with --jit (the JIT plugin makes it a call of the runtime)
  jit_set_param: { sig: "str, int -> void", writes: ["io"], eval: () => undefined, c: { stmt: () => "" } },
  // before a write of a quasi-immutable field (rts/jit immutableFields "name?", meta: its name): the compiled
  // traces that folded its value are invalidated (inserted in --jit programs only: the codewriter's graphs)
  jit_quasi_immut_write: {
    sig: "ref, meta -> void",
    writes: ["qmut"],
    canCollect: true,
  },
  // rts/ll (GC code): raw memory, the type table, roots, process services
  ll_load: { sig: "int, int -> int", reads: ["raw"] },
  ll_store: { sig: "int, int, int -> void", writes: ["raw"] },
  ll_load_u32: { sig: "int, int -> int", reads: ["raw"] },
  ll_store_u32: { sig: "int, int, int -> void", writes: ["raw"] },
  ll_load_u8: { sig: "int, int -> int", reads: ["raw"] },
  ll_store_u8: { sig: "int, int, int -> void", writes: ["raw"] },
  ll_copy: { sig: "int, int, int -> void", reads: ["raw"], writes: ["raw"] },
  ll_fill: { sig: "int, int, int -> void", writes: ["raw"] },
  ll_map_memory: { sig: "int -> int", writes: ["raw"] },
  ll_unmap_memory: { sig: "int, int -> void", writes: ["raw"] },
  ll_type_count: { sig: " -> int" },
  ll_fixed_size: { sig: "int -> int" },
  ll_item_size: { sig: "int -> int" },
  ll_length_offset: { sig: "int -> int" },
  ll_pointer_count: { sig: "int -> int" },
  ll_pointer_offset: { sig: "int, int -> int" },
  ll_item_pointer_count: { sig: "int -> int" },
  ll_item_pointer_offset: { sig: "int, int -> int" },
  ll_stack_roots_base: { sig: " -> int" },
  ll_stack_roots_top: { sig: " -> int", reads: ["raw"] },
  ll_global_root_count: { sig: " -> int" },
  ll_global_root: { sig: "int -> int" },
  ll_prebuilt_count: { sig: " -> int" },
  ll_prebuilt: { sig: "int -> int" },
  ll_fatal: { sig: "str -> void", writes: ["io"], canFail: true },
  ll_clock: { sig: " -> float", reads: ["io"] },
  ll_env_int: { sig: "str, int -> int", reads: ["io"] },
  ll_log_gc: { sig: "str, float, int, int, int, int -> void", writes: ["io"] },
  ll_torture_default: { sig: " -> int" },
  ll_log_enabled: { sig: "str -> int", reads: ["io"] },
  ll_log_line: { sig: "str, str -> void", writes: ["io"] },
  // machine code (the JIT's backends): the machine, write-then-execute memory, a call into it
  ll_code_arch: { sig: " -> int" },
  ll_executable: { sig: "int, int -> int", writes: ["raw"] },
  ll_map_code: { sig: "int -> int", writes: ["raw"] },
  ll_code_written: { sig: "int, int -> void", writes: ["raw"] },
  // the JIT's machine code keeps floats in raw slots, and its GC references in shadow-stack slots it reserves
  ll_load_float: { sig: "int, int -> float", reads: ["raw"] },
  ll_store_float: { sig: "int, int, float -> void", writes: ["raw"] },
  ll_stack_roots_reserve: { sig: "int -> int", writes: ["raw"], canFail: true },
  ll_stack_roots_release: { sig: "int -> void", writes: ["raw"] },
  ll_gc_barrier_flag: { sig: " -> int" },
  ll_gc_barrier_function: { sig: "int -> int" },
  ll_gc_bump_cell: { sig: " -> int" },
  ll_gc_movable: { sig: "int -> int" },
  ll_gc_collect_young: { sig: " -> void", canCollect: true },
  ll_runtime_cell: { sig: "int -> int" },
  ll_permanent_roots_reserve: { sig: "int -> int", writes: ["raw"], canFail: true },
  // machine code calls the program's functions and allocates: it may collect (the caller's GC pointers are roots around it)
  ll_call_code: { sig: "int, int -> int", reads: ["raw", "field", "list", "typed", "map", "str"], writes: ["raw", "field", "list", "typed", "map"], canCollect: true },
  // the GC transform's shadow stack (transforms/shadowstack.ts): the GC pointers live across an
  // operation that can collect are pushed before it; after it they are popped and read back, as
  // new variables (the collector may have moved them)
  gc_push_roots: { sig: "ref... -> void", c: { stmt: (a) => `${a.map((x, i) => `rts_ss_top[${i}] = ${x};`).join(" ")} rts_ss_top += ${a.length};` } },
  gc_pop_roots: { sig: "meta -> void", c: { stmt: (_a, _res, cx) => `rts_ss_top -= ${cx.meta<number>(0)};` } },
  gc_reload_root: { sig: "meta -> ref", c: { expr: (_a, cx) => `rts_ss_top[${cx.meta<number>(0)}]` } }, // slot i of the last pop
  // the nursery's fast path (transforms/mallocfast.ts): the object carved out of the bump region, or null
  gc_malloc_bump: { sig: "meta -> ref", c: { expr: (_a, cx) => `rts_gc_malloc_bump(${cx.tid(cx.meta(0))}, sizeof(struct ${cx.meta<{ cname: string }>(0).cname}))` } },
  // the generational GC's write barrier before a pointer store into an object (transforms/barriers.ts)
  gc_write_barrier: { sig: "ref -> void", c: { stmt: (a) => `RTS_WB(${a[0]});` } },
  // inserted by transforms
  stack_check: { sig: " -> void", canRaise: true },
  unreachable: { sig: "meta... -> any", canFail: true }, // the message, if not the default one
};
