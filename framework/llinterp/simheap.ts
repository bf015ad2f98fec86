// The llinterp's simulated heap (RPython's llarena under the llinterp): the
// translated program's objects laid out in byte-addressed simulated memory
// (rlib/llsim.ts) with the toolkit's layouts (rtyper/layout.ts, the type
// table of rtyper/typetable.ts), allocated and collected by the real GC — the
// RTS module of the selected GC plugin, run on Node against rts/ll.  The GC
// transform's operations (shadow-stack roots, write barriers, the nursery
// fast path) act on it as the C backend's code does, so a missing root, a
// missing barrier or a layout mistake shows as a TypeScript exception naming
// the address (or, under GC torture, a poisoned object) instead of a segfault.
//
// Values in the llinterp's frames stay JavaScript values: numbers, booleans,
// null and undefined; a pointer is its address (a number).  Ops whose
// semantics read string contents (the op table's `eval`) get JS strings
// (llinterp.ts converts them through readString/newString).
import * as ll from "../rlib/ll.ts";
import { SimMemory, SimMemoryError } from "../rlib/llsim.ts";
import type { GlobalDesc } from "../flow/descriptors.ts";
import { Constant, type FunctionGraph, type SpaceOperation } from "../flow/model.ts";
import { OptSentinel, isPtr, type ClassLayout, type LLType } from "../rtyper/lltypes.ts";
import type { LLFunction, RTyper } from "../rtyper/rtyper.ts";
import type { LLConstValue, LLPrebuilt } from "../rtyper/prebuilt.ts";
import { TID, typeTable } from "../rtyper/typetable.ts";
import { typeOfValue } from "../rtyper/values.ts";
import { ITEMS_DATA, L, LIST_ITEMS, LIST_LEN, LIST_MIN_CAP, MAP, ME_DATA, ME_NEXT, ME_SIZE, MI_SLOTS, STR_CHARS, TYPED_TID, WORD, SimObjects, entriesTid, mapFlags, unitsOf } from "./simobjects.ts";
import { heapOperations, type Handler } from "./simops.ts";
import { OPS } from "../ops/index.ts";
import { parseSignature } from "../ops/op.ts";

export type { Handler } from "./simops.ts";

/** A GC plugin's collector module (docs/gc.md), loaded on Node. */
export interface GcModule {
  gcInit(): void;
  gcMalloc(tid: number, size: number): number;
  gcMallocVarsize(tid: number, length: number): number;
  gcCollect(): void;
  gcWriteBarrier(obj: number): void;
  gcWriteBarrierItem(obj: number, index: number): void;
  gcReport(): void;
  gcBumpCell?(): number;
  gcCollectYoung?(): void;
  WRITE_BARRIER_FLAG: number;
  CARD_FLAG?: number;
  CARD_SHIFT?: number;
  CARD_TABLE_OFFSET?: number;
}

export class SimHeap extends SimObjects {
  private readonly funcs: LLFunction[] = [];
  private readonly funcIds = new Map<LLFunction, number>();
  private readonly constStrings = new Map<string, number>();
  private readonly prebuilt = new Map<LLPrebuilt, number>();
  /** Pointer globals: a global root slot each; the others: their values. */
  readonly globalSlots = new Map<GlobalDesc, number>();
  readonly globalValues = new Map<GlobalDesc, unknown>();
  private started = false;
  bumpCell = 0;
  private identityNext = ll.FIRST_RUNTIME_IDENTITY;
  private readonly wbFlag: number;
  private readonly cardFlag: number;

  private readonly ops: Record<string, Handler>;

  constructor(
    private readonly rt: RTyper,
    private readonly gc: GcModule,
    env: Record<string, number> = {},
  ) {
    super(new SimMemory(typeTable(rt.layouts.values(), WORD), { stackSlots: 1 << 20, globalSlots: 1 << 14, staticBytes: 1 << 20 }), rt.layouts.values());
    for (const [k, v] of Object.entries(env)) this.mem.env.set(k, v);
    ll.useMemory(this.mem);
    this.wbFlag = gc.WRITE_BARRIER_FLAG;
    this.cardFlag = gc.CARD_FLAG ?? 0;
    this.ops = heapOperations(this);
  }

  /**
   * Lays out every prebuilt object the graphs and globals refer to, then
   * starts the GC (which looks at the prebuilt objects once, at init).
   */
  start(graphs: Iterable<FunctionGraph>): void {
    for (const g of graphs) {
      for (const b of g.blocks()) {
        for (const op of b.operations) for (const x of op.args) if (x instanceof Constant) this.constant(x);
        for (const l of b.exits) for (const x of l.args) if (x instanceof Constant) this.constant(x);
      }
    }
    for (const [g, info] of this.rt.an.globals) {
      const t = this.rt.lltype(info.ann);
      const v = this.fromConst(this.rt.prebuilt.value(g.value, t), t);
      if (isPtr(t)) this.globalSlots.set(g, this.mem.globalRoot(this.mem.addGlobalRoot(this.enc(v))));
      else this.globalValues.set(g, v);
    }
    this.gc.gcInit();
    this.bumpCell = this.gc.gcBumpCell?.() ?? 0;
    this.started = true;
  }

  // ---- prebuilt objects ---------------------------------------------------------------
  /** A constant operand as a frame value (strings and prebuilt objects get their addresses). */
  constant(c: Constant): unknown {
    const x = c.value;
    const t = typeOfValue(c);
    if (x === null || x === undefined || t.k === "Void") return x;
    if (typeof x === "string") return t.k === "Str" ? this.constString(x) : x;
    if (typeof x !== "object" && typeof x !== "function") return x;
    return this.fromPrebuilt(this.rt.prebuilt.of(x, t));
  }

  private constString(s: string): number {
    let a = this.constStrings.get(s);
    if (a === undefined) {
      a = this.mem.addPrebuilt(TID.STR, s.length);
      this.mem.storeUnits(a + STR_CHARS, unitsOf(s));
      this.constStrings.set(s, a);
    }
    return a;
  }

  private fromConst(v: LLConstValue, t: LLType): unknown {
    if (v instanceof OptSentinel) return v.value;
    if (v === null || v === undefined) return t.k === "Signed" || t.k === "Float" ? 0 : t.k === "Bool" ? false : v;
    if (typeof v === "string") return this.constString(v);
    return typeof v === "object" ? this.fromPrebuilt(v) : v;
  }

  private fromPrebuilt(p: LLPrebuilt): number {
    const known = this.prebuilt.get(p);
    if (known !== undefined) return known;
    const mem = this.mem;
    if (this.started && p.kind !== "typed") throw new Error(`internal: a prebuilt ${p.kind} met after the GC started (the graphs' constants were not all laid out)`);
    switch (p.kind) {
      case "list": {
        const items = mem.addPrebuilt(isPtr(p.item) ? TID.ITEMS_GC : TID.ITEMS_RAW, Math.max(p.items.length, LIST_MIN_CAP));
        const l = mem.addPrebuilt(TID.LIST);
        this.prebuilt.set(p, l);
        mem.store(l, LIST_ITEMS, items);
        mem.store(l, LIST_LEN, p.items.length);
        p.items.forEach((v, i) => this.storeWord(items, ITEMS_DATA + WORD * i, p.item, this.fromConst(v, p.item)));
        return l;
      }
      case "typed": {
        const a = mem.addPrebuilt(TYPED_TID[p.elem], p.values.length);
        this.prebuilt.set(p, a);
        for (let i = 0; i < p.values.length; i++) this.storeTyped(p.elem, a, i, p.values[i]);
        return a;
      }
      case "map": {
        const src = p.layout;
        const flags = mapFlags(p);
        const m = mem.addPrebuilt(TID.MAP);
        this.prebuilt.set(p, m);
        const e = mem.addPrebuilt(entriesTid(flags), src.entries.cap);
        const ix = mem.addPrebuilt(TID.MINDEX, src.index.length);
        mem.store(m, MAP.size, src.size);
        mem.store(m, MAP.used, src.used);
        mem.store(m, MAP.flags, flags);
        mem.store(m, MAP.entries, e);
        mem.store(m, MAP.index, ix);
        src.index.forEach((x, i) => mem.storeI64(ix, MI_SLOTS + WORD * i, x));
        for (let i = 0; i < src.used; i++) {
          if (src.entries.state[i] === 0) continue;
          const at = ME_DATA + ME_SIZE * i;
          mem.storeI64(e, at, src.entries.state[i]);
          this.storeWord(e, at + WORD, p.key, this.fromConst(src.entries.keys[i], p.key));
          if (!p.isSet) this.storeWord(e, at + 2 * WORD, p.value, this.fromConst(src.entries.values[i], p.value));
        }
        return m;
      }
      case "closure": {
        const a = mem.addPrebuilt(p.layout.tid);
        this.prebuilt.set(p, a);
        mem.storeI64(a, p.layout.memory(WORD).offsets.get("fn")!, p.fn ? this.funcId(p.fn) : 0);
        return a;
      }
      case "instance": {
        const a = mem.addPrebuilt(p.layout.tid);
        this.prebuilt.set(p, a);
        // an identity number given at translation time (a key of a prebuilt map)
        mem.storeU32(a, ll.FLAGS_OFFSET, (ll.FLAG_PREBUILT | (p.identity << ll.IDENTITY_SHIFT)) >>> 0);
        const m = p.layout.memory(WORD);
        p.layout.fields.forEach((f, i) => this.storeField(a, m.offsets.get(f.name)!, f.type, this.fromConst(p.fields[i], f.type)));
        return a;
      }
    }
  }

  /** The next run-time identity number, as the C runtime gives them (maps.c rts_identity_give). */
  newIdentity(): number {
    const id = this.identityNext;
    this.identityNext = id === 2 * ll.FIRST_RUNTIME_IDENTITY - 1 ? ll.FIRST_RUNTIME_IDENTITY : id + 1;
    return id;
  }

  funcId(f: LLFunction): number {
    let id = this.funcIds.get(f);
    if (id === undefined) {
      this.funcs.push(f);
      this.funcIds.set(f, (id = this.funcs.length));
    }
    return id;
  }

  funcOf(id: number): LLFunction {
    const f = this.funcs[id - 1];
    if (!f) throw new SimMemoryError(`call through a code pointer ${id} that is no function`);
    return f;
  }

  // ---- allocation, roots, barriers ---------------------------------------------------------
  // The string cache stays valid across an allocation unless the collector
  // moved objects (it copies them) or the new object reuses a cached address.
  malloc(tid: number, size: number): number {
    return this.allocated(() => this.gc.gcMalloc(tid, size));
  }

  mallocVarsize(tid: number, n: number): number {
    return this.allocated(() => this.gc.gcMallocVarsize(tid, n));
  }

  allocated(alloc: () => number): number {
    const copies = this.mem.copies;
    const a = alloc();
    if (this.mem.copies !== copies) this.strings.clear();
    else this.strings.delete(a);
    return a;
  }

  /** Runs an allocation with the pointers `keep` on the shadow stack; returns its result and their new addresses. */
  rooted<T>(keep: number[], alloc: () => T): [T, number[]] {
    for (const p of keep) this.mem.pushRoot(p);
    const r = alloc();
    const top = this.mem.stackRootsTop();
    const moved = keep.map((_, i) => this.mem.load(top - WORD * (keep.length - i), 0));
    this.mem.popRoots(keep.length);
    return [r, moved];
  }

  wb(obj: number): void {
    if (this.mem.loadU32(obj, ll.FLAGS_OFFSET) & this.wbFlag) this.gc.gcWriteBarrier(obj);
  }

  wbItem(obj: number, i: number): void {
    const f = this.mem.loadU32(obj, ll.FLAGS_OFFSET);
    if (!(f & this.wbFlag)) return;
    if (f & this.cardFlag) this.mem.storeU8(this.mem.load(obj, this.gc.CARD_TABLE_OFFSET!), Math.floor(i / 2 ** this.gc.CARD_SHIFT!), 1);
    else this.gc.gcWriteBarrierItem(obj, i);
  }
  /** A new string object holding js (may collect). */
  newString(js: string): number {
    const a = this.mallocVarsize(TID.STR, js.length);
    this.mem.storeUnits(a + STR_CHARS, unitsOf(js));
    this.strings.set(a, js);
    return a;
  }

  /** The simulated heap's implementation of an op (as the C backend's code does it), if it has one. */
  handler(name: string): Handler | undefined {
    return Object.hasOwn(this.ops, name) ? this.ops[name] : undefined;
  }

  newList(len: number, gc: boolean): number {
    const items0 = this.mallocVarsize(gc ? TID.ITEMS_GC : TID.ITEMS_RAW, Math.max(len, LIST_MIN_CAP));
    const [l, [items]] = this.rooted([items0], () => this.malloc(TID.LIST, L.get("rts_list")!.size));
    this.mem.store(l, LIST_ITEMS, items);
    this.mem.store(l, LIST_LEN, len);
    return l;
  }

  /** A list of strings made outside the program (argv). */
  newStringList(values: string[]): number {
    let l = this.newList(values.length, true); // null items until stored
    values.forEach((v, i) => {
      const [str, [l1]] = this.rooted([l], () => this.newString(v));
      l = l1;
      const items = this.mem.load(l, LIST_ITEMS);
      this.wbItem(items, i);
      this.mem.store(items, ITEMS_DATA + WORD * i, str);
    });
    return l;
  }

  freshTables(m0: number, ecap: number): void {
    const mem = this.mem;
    const tid = entriesTid(mem.load(m0, MAP.flags));
    const [e0, [m1]] = this.rooted([m0], () => this.mallocVarsize(tid, ecap));
    const [ix, [m, e]] = this.rooted([m1, e0], () => this.mallocVarsize(TID.MINDEX, 2 * ecap));
    const old = mem.load(m, MAP.entries);
    if (old !== 0) {
      this.wb(old);
      mem.store(old, ME_NEXT, e);
    }
    this.wb(m);
    mem.store(m, MAP.entries, e);
    mem.store(m, MAP.index, ix);
    mem.store(m, MAP.used, 0);
  }

  /** The class name and message of an exception instance (for the uncaught-exception report). */
  describe(exc: number): { cls: string; message: string | null } {
    const l = this.layoutOf(exc);
    const f = l.field("message");
    const msg = this.loadField(exc, l.memory(WORD).offsets.get("message")!, f.type);
    return { cls: l.cls.name, message: msg === null || msg === 0 ? null : String(this.readString(msg as number)) };
  }

  /** An instance of an error class with its message (RangeError... raised by the runtime). */
  newError(l: ClassLayout, message: string, name: string): number {
    const s0 = this.newString(message);
    const hasName = l.fields.some((f) => f.name === "name");
    const [n0, [s1]] = this.rooted([s0], () => (hasName ? this.newString(name) : 0));
    const [inst, [s, n]] = this.rooted([s1, n0], () => this.malloc(l.tid, l.memory(WORD).size));
    this.storeField(inst, l.memory(WORD).offsets.get("message")!, l.field("message").type, s);
    if (hasName) this.storeField(inst, l.memory(WORD).offsets.get("name")!, l.field("name").type, n);
    return inst;
  }
}

/** Ops that read the contents of string operands of any kind (besides those whose signature says str). */
const READS_STRINGS_OF_ANY_KIND = new Set(["log", "opt_compare", "opt_is_true", "map_key_hash"]);

/** Which operands of op the simulated heap passes as JS strings, and whether its result is made a string object. */
export function stringOperands(op: SpaceOperation): { args: number[]; result: boolean } | null {
  if (op.opname.startsWith("ll_")) {
    // (rts/ll's functions take their strings — a log category, a message, an environment name — as JS strings)
    const strs: number[] = [];
    op.args.forEach((x, i) => typeOfValue(x).k === "Str" && strs.push(i));
    return strs.length > 0 ? { args: strs, result: false } : null;
  }
  const def = OPS[op.opname];
  if (!def) return null;
  const sig = parseSignature(def.sig);
  const any = READS_STRINGS_OF_ANY_KIND.has(op.opname);
  const args: number[] = [];
  op.args.forEach((x, i) => {
    const kind = i < sig.args.length ? sig.args[i] : sig.rest;
    if (typeOfValue(x).k === "Str" && (kind === "str" || (any && kind !== "meta"))) args.push(i);
  });
  const result = typeOfValue(op.result).k === "Str" && (sig.result === "str" || any);
  return args.length > 0 || result ? { args, result } : null;
}
