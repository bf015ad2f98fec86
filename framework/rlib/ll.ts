// rts/ll: the low-level dialect GCs (and other runtime code) are written in.
//
// An address is an int (a byte address in the translated program).  The
// functions below are raw loads and stores, the type table the backend
// emits (sizes and pointer offsets of every object type), the roots of the
// program and a few process services.  Translated, each call becomes a
// machine load, store or runtime call (see runtime/rts_ll.h).  Untranslated
// (on Node, in tests), they act on a *simulated* memory: install one with
// `useMemory` (llsim.ts provides SimMemory), and every access is checked.
//
// Code written against rts/ll must not allocate GC objects (no `new`, no
// arrays or strings built at run time): the translator rejects it.

/** A byte address. */
export type Addr = number;

/** Every GC object starts with this header: u32 type id at 0, u32 GC flags at 4. */
export const HEADER_SIZE = 8;
export const TID_OFFSET = 0;
export const FLAGS_OFFSET = 4;
export const WORD = 8;
/** The runtime's type ids of a list and of its items array (rts.h RTS_TID_LIST, RTS_TID_ITEMS_RAW, RTS_TID_ITEMS_GC), and the least capacity a list is made with (lists.c MIN_CAP). */
export const TID_ITEMS_RAW = 2;
export const TID_ITEMS_GC = 3;
export const TID_LIST = 4;
export const LIST_MIN_CAP = 4;
/** Set in the header of objects the backend emitted statically (never moved or freed). */
export const FLAG_PREBUILT = 1;
/**
 * The GC flags above bit 10 hold the object's identity number (0: none yet),
 * given the first time the object is hashed as a Map or Set key: a GC's
 * flags are the low 10 bits, and a GC keeps the rest when it moves an object.
 */
export const IDENTITY_SHIFT = 10;
export const IDENTITY_MASK = 4294966272; // 0xfffffc00
/** Identity numbers given at run time start here; prebuilt objects have theirs from 1 (given at translation time). */
export const FIRST_RUNTIME_IDENTITY = 2097152; // 2^21

/** What a simulated memory provides (the translated program has the real thing). */
export interface LLMemory {
  load(a: Addr, ofs: number): number;
  store(a: Addr, ofs: number, v: number): void;
  loadU32(a: Addr, ofs: number): number;
  storeU32(a: Addr, ofs: number, v: number): void;
  loadU8(a: Addr, ofs: number): number;
  storeU8(a: Addr, ofs: number, v: number): void;
  copy(dst: Addr, src: Addr, n: number): void;
  fill(dst: Addr, byte: number, n: number): void;
  mapMemory(size: number): Addr;
  unmapMemory(a: Addr, size: number): void;
  typeCount(): number;
  fixedSize(tid: number): number;
  itemSize(tid: number): number;
  lengthOffset(tid: number): number;
  pointerCount(tid: number): number;
  pointerOffset(tid: number, i: number): number;
  itemPointerCount(tid: number): number;
  itemPointerOffset(tid: number, i: number): number;
  stackRootsBase(): Addr;
  stackRootsTop(): Addr;
  globalRootCount(): number;
  globalRoot(i: number): Addr;
  prebuiltCount(): number;
  prebuilt(i: number): Addr;
  envInt(name: string, dflt: number): number;
  log(category: string, line: string): void;
  /** Whether RTSLOG names the category (or a prefix of it before a '-': `jit` for `jit-summary`). */
  logEnabled(category: string): boolean;
  /** The machine generated code runs on: 0 none (simulated memory), 1 x86-64, 2 AArch64. */
  codeArch(): number;
  /** The default of RTS_GC_TORTURE (translated: from `rts translate --gc-torture[=N]`). */
  tortureDefault(): number;
}

let memory: LLMemory | null = null;

/** Installs the memory the untranslated functions act on (tests, the llinterp). */
export function useMemory(m: LLMemory | null): void {
  memory = m;
}

function mem(): LLMemory {
  const m = memory;
  if (!m) throw new Error("rts/ll: no simulated memory installed (call useMemory first)");
  return m;
}

/** A fatal error in low-level code (translated: prints and exits with status 70). */
export class LLFatal extends Error {}

// ---- raw memory -----------------------------------------------------------------------
/** The 64-bit word at a + ofs. */
export function load(a: Addr, ofs: number): number {
  return mem().load(a, ofs);
}
export function store(a: Addr, ofs: number, v: number): void {
  mem().store(a, ofs, v);
}
export function loadU32(a: Addr, ofs: number): number {
  return mem().loadU32(a, ofs);
}
export function storeU32(a: Addr, ofs: number, v: number): void {
  mem().storeU32(a, ofs, v);
}
export function loadU8(a: Addr, ofs: number): number {
  return mem().loadU8(a, ofs);
}
export function storeU8(a: Addr, ofs: number, v: number): void {
  mem().storeU8(a, ofs, v);
}
/** Copies n bytes (the ranges must not overlap). */
export function copy(dst: Addr, src: Addr, n: number): void {
  mem().copy(dst, src, n);
}
/** Sets n bytes to `byte`. */
export function fill(dst: Addr, byte: number, n: number): void {
  mem().fill(dst, byte, n);
}

// ---- address space ----------------------------------------------------------------------
/** Fresh zeroed memory from the system (mmap); 0 when it refuses. */
export function mapMemory(size: number): Addr {
  return mem().mapMemory(size);
}
export function unmapMemory(a: Addr, size: number): void {
  mem().unmapMemory(a, size);
}

// ---- the type table ---------------------------------------------------------------------
export function typeCount(): number {
  return mem().typeCount();
}
/** Bytes of the fixed part, header included (var-sized types: where the items start). */
export function fixedSize(tid: number): number {
  return mem().fixedSize(tid);
}
/** Bytes per item; 0 for fixed-size types. */
export function itemSize(tid: number): number {
  return mem().itemSize(tid);
}
/** Var-sized types: the offset of the int64 item count. */
export function lengthOffset(tid: number): number {
  return mem().lengthOffset(tid);
}
/** The number of GC pointers in the fixed part, and their offsets. */
export function pointerCount(tid: number): number {
  return mem().pointerCount(tid);
}
export function pointerOffset(tid: number, i: number): number {
  return mem().pointerOffset(tid, i);
}
/** The number of GC pointers inside one item, and their offsets within the item. */
export function itemPointerCount(tid: number): number {
  return mem().itemPointerCount(tid);
}
export function itemPointerOffset(tid: number, i: number): number {
  return mem().itemPointerOffset(tid, i);
}

// ---- roots ------------------------------------------------------------------------------
/** The shadow stack: slots [base, top) hold the GC pointers live in the running functions. */
export function stackRootsBase(): Addr {
  return mem().stackRootsBase();
}
export function stackRootsTop(): Addr {
  return mem().stackRootsTop();
}
/** Slots outside the heap that hold GC pointers (globals, the permanent roots of permanentRootsReserve, the pending exception last). */
export function globalRootCount(): number {
  return mem().globalRootCount();
}
export function globalRoot(i: number): Addr {
  return mem().globalRoot(i);
}
/** Objects the backend emitted statically: never moved, their fields are roots. */
export function prebuiltCount(): number {
  return mem().prebuiltCount();
}
export function prebuilt(i: number): Addr {
  return mem().prebuilt(i);
}

// ---- the process ------------------------------------------------------------------------
/** Stops the program: `fatal error: msg` on stderr, exit status 70. */
export function fatal(msg: string): void {
  throw new LLFatal(`fatal error: ${msg}`);
}
/** Monotonic time in seconds. */
export function clock(): number {
  return performance.now() / 1000;
}
/** An integer environment setting: `NAME=64k`, `4m`, `1g` or plain bytes/counts; dflt when unset. */
export function envInt(name: string, dflt: number): number {
  return mem().envInt(name, dflt);
}
/** Collect every N allocations by default (0: never); `rts translate --gc-torture[=N]` sets it. */
export function tortureDefault(): number {
  return mem().tortureDefault();
}
/**
 * One line of the GC log (`RTSLOG=gc:FILE`): `gc <event> <seconds> <a> <b> <c> <d>`.
 * The translated program writes it only when RTSLOG names the category.
 */
export function logGc(event: string, seconds: number, a: number, b: number, c: number, d: number): void {
  mem().log("gc", `gc ${event} ${seconds.toFixed(6)} ${a} ${b} ${c} ${d}`);
}

/** Whether `RTSLOG` asks for this category of log lines (`RTSLOG=jit-summary,gc:FILE`; `jit` covers every `jit-*`). */
export function logEnabled(category: string): number {
  return mem().logEnabled(category) ? 1 : 0;
}

/** One line of a log category (`RTSLOG=category:FILE` appends to FILE, `category` alone writes to stderr). */
export function logLine(category: string, line: string): void {
  if (mem().logEnabled(category)) mem().log(category, line);
}

// ---- machine code (the JIT's backends) ---------------------------------------------------
export const ARCH_NONE = 0;
export const ARCH_X86_64 = 1;
export const ARCH_AARCH64 = 2;

/** The machine the program runs on, for machine code: ARCH_X86_64, ARCH_AARCH64, or ARCH_NONE (untranslated: nothing can run). */
export function codeArch(): number {
  return mem().codeArch();
}

/**
 * Makes `size` bytes at `a` (memory from mapMemory, the code written into
 * it) executable and no longer writable (W^X; the instruction cache is
 * synchronized); 1 on success, 0 if the system refuses.
 */
export function executable(_a: Addr, _size: number): number {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}

/**
 * `size` bytes of memory both writable and executable (the JIT's code
 * arena: many traces in one mapping, written in place); 0 if the system
 * refuses such memory (then: mapMemory and executable per trace).
 */
export function mapCode(_size: number): Addr {
  return 0;
}

/** After writing `size` bytes of code at `a` in memory from mapCode: synchronizes the instruction cache (AArch64; nothing on x86-64). */
export function codeWritten(_a: Addr, _size: number): void {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}

/** Calls the machine code at `code` as a C function `int64_t f(int64_t arg)`; its result. */
export function callCode(_code: Addr, _arg: number): number {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}


/** The float (IEEE double) at a + ofs, and a store of one: the JIT's machine code keeps floats in raw slots. */
export function loadFloat(_a: Addr, _ofs: number): number {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}
export function storeFloat(_a: Addr, _ofs: number, _v: number): void {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}

/**
 * Reserves n zeroed slots on the shadow stack and returns the first one's
 * address: the collector scans them as roots and updates them when it moves
 * objects (the JIT keeps the GC references of running machine code there).
 * stackRootsRelease(base) gives them back; reservations nest like calls.
 */
export function stackRootsReserve(_n: number): Addr {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}
export function stackRootsRelease(_base: Addr): void {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}

/** The GC flag bit that asks for a write barrier before a pointer store into the object (0: the GC needs none). */
export function gcBarrierFlag(): number {
  return 0;
}

/**
 * The address of the GC's write barrier, a C function machine code calls
 * before a pointer store into an object that has gcBarrierFlag() set:
 * item 0, rts_gc_write_barrier(obj); item 1, rts_gc_write_barrier_item(obj,
 * index) for an item of a var-sized object (0: simulated memory).
 */
export function gcBarrierFunction(_item: number): Addr {
  return 0;
}

/**
 * A minor collection now, when the GC has generations (a hint: the JIT
 * asks for one before it records a trace, so the tracer's and optimizer's
 * temporaries die in the nursery instead of being promoted by a collection
 * in the middle of them).  Nothing on simulated memory.
 */
export function gcCollectYoung(): void {}

/**
 * Whether the collector may move the object at `a` (1) or it stays where it
 * is for as long as it lives (0: an old object of a non-moving old
 * generation).  Machine code may embed the address of one that stays.  1 on
 * simulated memory and for a GC that does not say.
 */
export function gcMovable(_a: Addr): number {
  return 1;
}

/** The GC's inline-allocation cell [free, top] (rts.h rts_gc_bump), or 0 when the GC has none. */
export function gcBumpCell(): Addr {
  return 0;
}

/** runtimeCell's words: the shadow stack's top and its limit (void** each), the C stack's limit below which a call raises RangeError (char*). */
export const RUNTIME_SHADOW_TOP = 0;
export const RUNTIME_SHADOW_LIMIT = 1;
export const RUNTIME_STACK_LIMIT = 2;

/** The address of a runtime word machine code reads or writes (RUNTIME_*; 0: none). */
export function runtimeCell(_which: number): Addr {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}

/**
 * Reserves n root slots that never move and are never given back (the
 * JIT's constant objects): the collector scans them with the global roots
 * (globalRoot) and updates them when it moves an object.  Their address.
 */
export function permanentRootsReserve(_n: number): Addr {
  throw new LLFatal("fatal error: machine code runs only in translated programs (simulated memory has codeArch() 0)");
}
