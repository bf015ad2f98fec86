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
import { SimMemory, SimMemoryError, hex } from "../rlib/llsim.ts";
import type { GlobalDesc } from "../flow/descriptors.ts";
import { Constant, type FunctionGraph, type SpaceOperation } from "../flow/model.ts";
import { builtinLayouts } from "../rtyper/layout.ts";
import { isPtr, type ClassLayout, type LLType } from "../rtyper/lltypes.ts";
import type { LLFunction, RTyper } from "../rtyper/rtyper.ts";
import type { LLConstValue, LLPrebuilt } from "../rtyper/prebuilt.ts";
import { TID, typeTable } from "../rtyper/typetable.ts";
import { typeOfValue } from "../rtyper/values.ts";
import { LLInstance, LLList, LLMap } from "./values.ts";
import type { EvalContext } from "../ops/op.ts";

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
  WRITE_BARRIER_FLAG: number;
  CARD_FLAG?: number;
  CARD_SHIFT?: number;
  CARD_TABLE_OFFSET?: number;
}

/** An op as the simulated heap runs it. */
export type Handler = (op: SpaceOperation, a: unknown[], cx: EvalContext) => unknown;

const meta = <T>(op: SpaceOperation, i: number): T => (op.args[i] as Constant).value as T;

const WORD = 8;
const L = builtinLayouts(WORD);
const ofs = (t: string, f: string): number => L.get(t)!.offsets.get(f)!;
const STR_LEN = ofs("rts_str", "len");
const STR_CHARS = L.get("rts_str")!.size;
const VIEW_BUF = ofs("rts_strview", "buf");
const VIEW_START = ofs("rts_strview", "start");
const BUF_CHARS = L.get("rts_strbuf")!.size;
const LIST_LEN = ofs("rts_list", "len");
const LIST_ITEMS = ofs("rts_list", "items");
const ITEMS_CAP = ofs("rts_items", "cap");
const ITEMS_DATA = L.get("rts_items")!.size;
const TYPED_LEN = ofs("rts_u8arr", "len");
const TYPED_DATA: Record<string, number> = { u8: L.get("rts_u8arr")!.size, i32: L.get("rts_i32arr")!.size, f64: L.get("rts_f64arr")!.size };
const TYPED_TID: Record<string, number> = { u8: TID.U8ARR, i32: TID.I32ARR, f64: TID.F64ARR };
const MAP = { size: ofs("rts_map", "size"), used: ofs("rts_map", "used"), flags: ofs("rts_map", "flags"), entries: ofs("rts_map", "entries"), index: ofs("rts_map", "index") };
const ME_CAP = ofs("rts_mentries", "cap");
const ME_NEXT = ofs("rts_mentries", "next");
const ME_DATA = L.get("rts_mentries")!.size;
const ME_SIZE = L.get("rts_mentries")!.itemSize;
const MI_CAP = ofs("rts_mindex", "cap");
const MI_SLOTS = L.get("rts_mindex")!.size;
const LIST_MIN_CAP = 4;

// the sentinels of optional primitives (rts.h)
const INT_UNDEF = -(2n ** 63n) + 1n;
const INT_NULL = -(2n ** 63n) + 2n;
const FLOAT_UNDEF_BITS = 0x7ff0000000000001n;
const FLOAT_NULL_BITS = 0x7ff0000000000002n;
const U64 = (x: bigint): bigint => BigInt.asUintN(64, x);

/** Where a value of type t sits in an 8-byte word (list items, map keys and values). */
type WordKind = "int" | "float" | "ptr" | "bool" | "optint" | "optfloat" | "optbool";
function wordKind(t: LLType): WordKind {
  switch (t.k) {
    case "Float":
      return "float";
    case "OptFloat":
      return "optfloat";
    case "OptSigned":
      return "optint";
    case "OptBool":
      return "optbool";
    case "Bool":
      return "bool";
    case "Signed":
    case "Void":
      return "int";
    default:
      return "ptr";
  }
}

export class SimHeap {
  readonly mem: SimMemory;
  private readonly layoutsByTid = new Map<number, ClassLayout>();
  private readonly funcs: LLFunction[] = [];
  private readonly funcIds = new Map<LLFunction, number>();
  /** JS strings of string objects read since the last allocation (nothing moved since). */
  private readonly strings = new Map<number, string>();
  private readonly constStrings = new Map<string, number>();
  private readonly prebuilt = new Map<LLPrebuilt, number>();
  /** Pointer globals: a global root slot each; the others: their values. */
  private readonly globalSlots = new Map<GlobalDesc, number>();
  private readonly globalValues = new Map<GlobalDesc, unknown>();
  /** rts_undefined: the address of the undefined pointer. */
  readonly undef: number;
  private started = false;
  private bumpCell = 0;
  private readonly wbFlag: number;
  private readonly cardFlag: number;

  constructor(
    private readonly rt: RTyper,
    private readonly gc: GcModule,
    env: Record<string, number> = {},
  ) {
    for (const l of rt.layouts.values()) this.layoutsByTid.set(l.tid, l);
    this.mem = new SimMemory(typeTable(rt.layouts.values(), WORD), { stackSlots: 1 << 20, globalSlots: 1 << 14, staticBytes: 1 << 20 });
    for (const [k, v] of Object.entries(env)) this.mem.env.set(k, v);
    ll.useMemory(this.mem);
    this.undef = this.mem.addPrebuilt(TID.STR, 0);
    this.wbFlag = gc.WRITE_BARRIER_FLAG;
    this.cardFlag = gc.CARD_FLAG ?? 0;
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

  // ---- values -----------------------------------------------------------------------------
  enc(p: unknown): number {
    return p === null ? 0 : p === undefined ? this.undef : (p as number);
  }

  dec(a: number): number | null | undefined {
    return a === 0 ? null : a === this.undef ? undefined : a;
  }

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
        const gcKey = isPtr(p.key);
        const gcValue = !p.isSet && isPtr(p.value);
        const m = mem.addPrebuilt(TID.MAP);
        this.prebuilt.set(p, m);
        const e = mem.addPrebuilt(TID.MENTRIES + (gcKey ? 2 : 0) + (gcValue ? 1 : 0), src.entries.cap);
        const ix = mem.addPrebuilt(TID.MINDEX, src.index.length);
        mem.store(m, MAP.size, src.size);
        mem.store(m, MAP.used, src.used);
        mem.store(m, MAP.flags, (gcKey ? 1 : 0) | (gcValue ? 2 : 0));
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
        const m = p.layout.memory(WORD);
        p.layout.fields.forEach((f, i) => this.storeField(a, m.offsets.get(f.name)!, f.type, this.fromConst(p.fields[i], f.type)));
        return a;
      }
    }
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

  /** The class layout of the instance at a (its type id). */
  layoutOf(a: number): ClassLayout {
    const tid = this.mem.loadU32(a, ll.TID_OFFSET);
    const l = this.layoutsByTid.get(tid);
    if (!l) throw new SimMemoryError(`the object at ${hex(a)} has type id ${tid}, which is no class (a stale or wrong pointer?)`);
    return l;
  }

  // ---- fields and words -------------------------------------------------------------------
  storeField(a: number, at: number, t: LLType, v: unknown): void {
    if (t.k === "Bool") this.mem.storeU8(a, at, v ? 1 : 0);
    else if (t.k === "Void") this.mem.storeI32(a, at, 0);
    else this.storeWord(a, at, t, v);
  }

  loadField(a: number, at: number, t: LLType): unknown {
    if (t.k === "Bool") return this.mem.loadU8(a, at) !== 0;
    if (t.k === "Void") return undefined;
    return this.loadWord(a, at, t);
  }

  storeWord(a: number, at: number, t: LLType, v: unknown): void {
    const mem = this.mem;
    switch (wordKind(t)) {
      case "int":
        return mem.storeI64(a, at, v as number);
      case "bool":
        return mem.storeI64(a, at, v ? 1 : 0);
      case "float":
        return mem.storeF64(a, at, v as number);
      case "ptr":
        return mem.store(a, at, this.enc(v));
      case "optint":
        return mem.storeI64(a, at, v === undefined ? INT_UNDEF : v === null ? INT_NULL : (v as number));
      case "optbool":
        return mem.storeI64(a, at, v === undefined ? 2 : v === null ? 3 : v ? 1 : 0);
      case "optfloat":
        if (v === undefined || v === null) mem.storeBits(a, at, v === undefined ? FLOAT_UNDEF_BITS : FLOAT_NULL_BITS);
        else mem.storeF64(a, at, v as number);
    }
  }

  loadWord(a: number, at: number, t: LLType): unknown {
    const mem = this.mem;
    switch (wordKind(t)) {
      case "int":
        return mem.loadI64(a, at);
      case "bool":
        return mem.loadI64(a, at) !== 0;
      case "float":
        return mem.loadF64(a, at);
      case "ptr":
        return this.dec(this.pointerAt(a, at));
      case "optint": {
        const b = mem.loadBits(a, at);
        return b === U64(INT_UNDEF) ? undefined : b === U64(INT_NULL) ? null : Number(BigInt.asIntN(64, b));
      }
      case "optbool": {
        const b = mem.loadI64(a, at);
        return b === 2 ? undefined : b === 3 ? null : b === 1;
      }
      case "optfloat": {
        const b = mem.loadBits(a, at);
        return b === FLOAT_UNDEF_BITS ? undefined : b === FLOAT_NULL_BITS ? null : mem.loadF64(a, at);
      }
    }
  }

  /**
   * The pointer in the field or item at a + at, checked: null, undefined or
   * the start of an object (a pointer the GC did not update, or one into
   * memory it freed and poisoned, is an error naming the field).
   */
  private pointerAt(a: number, at: number): number {
    const bits = this.mem.loadBits(a, at);
    const p = Number(bits);
    if (p === 0 || p === this.undef) return p;
    const where = (): string => `${this.mem.fieldName(this.mem.loadU32(a, ll.TID_OFFSET), at)} at ${hex(a + at)} holds 0x${bits.toString(16)}`;
    if (!Number.isSafeInteger(p) || p % 8 !== 0) throw new SimMemoryError(`${where()}, which is no object address (memory the GC freed and poisoned, or a field never written?)`);
    let tid: number;
    try {
      tid = this.mem.loadU32(p, ll.TID_OFFSET);
    } catch (e) {
      throw new SimMemoryError(`${where()}: ${(e as Error).message}`);
    }
    if (tid === 0 || tid >= this.mem.types.length) throw new SimMemoryError(`${where()}, where the header has type id ${tid} (a stale pointer into memory the GC freed or reused?)`);
    return p;
  }

  private storeTyped(elem: string, a: number, i: number, v: number): void {
    const at = TYPED_DATA[elem];
    if (elem === "u8") this.mem.storeU8(a, at + i, v);
    else if (elem === "i32") this.mem.storeI32(a, at + 4 * i, v);
    else this.mem.storeF64(a, at + 8 * i, v);
  }

  private loadTyped(elem: string, a: number, i: number): number {
    const at = TYPED_DATA[elem];
    return elem === "u8" ? this.mem.loadU8(a, at + i) : elem === "i32" ? this.mem.loadI32(a, at + 4 * i) : this.mem.loadF64(a, at + 8 * i);
  }

  // ---- allocation, roots, barriers ---------------------------------------------------------
  // The string cache stays valid across an allocation unless the collector
  // moved objects (it copies them) or the new object reuses a cached address.
  private malloc(tid: number, size: number): number {
    return this.allocated(() => this.gc.gcMalloc(tid, size));
  }

  private mallocVarsize(tid: number, n: number): number {
    return this.allocated(() => this.gc.gcMallocVarsize(tid, n));
  }

  private allocated(alloc: () => number): number {
    const copies = this.mem.copies;
    const a = alloc();
    if (this.mem.copies !== copies) this.strings.clear();
    else this.strings.delete(a);
    return a;
  }

  /** Runs an allocation with the pointers `keep` on the shadow stack; returns its result and their new addresses. */
  private rooted<T>(keep: number[], alloc: () => T): [T, number[]] {
    for (const p of keep) this.mem.pushRoot(p);
    const r = alloc();
    const top = this.mem.stackRootsTop();
    const moved = keep.map((_, i) => this.mem.load(top - WORD * (keep.length - i), 0));
    this.mem.popRoots(keep.length);
    return [r, moved];
  }

  private wb(obj: number): void {
    if (this.mem.loadU32(obj, ll.FLAGS_OFFSET) & this.wbFlag) this.gc.gcWriteBarrier(obj);
  }

  private wbItem(obj: number, i: number): void {
    const f = this.mem.loadU32(obj, ll.FLAGS_OFFSET);
    if (!(f & this.wbFlag)) return;
    if (f & this.cardFlag) this.mem.storeU8(this.mem.load(obj, this.gc.CARD_TABLE_OFFSET!), Math.floor(i / 2 ** this.gc.CARD_SHIFT!), 1);
    else this.gc.gcWriteBarrierItem(obj, i);
  }

  // ---- strings ----------------------------------------------------------------------------
  /** The address of unit 0 of the string at s (a view's are in its buffer). */
  private chars(s: number): number {
    if (this.mem.loadU32(s, ll.TID_OFFSET) === TID.STRVIEW) return this.mem.load(s, VIEW_BUF) + BUF_CHARS + 2 * this.mem.load(s, VIEW_START);
    return s + STR_CHARS;
  }

  strLen(s: number): number {
    return this.mem.load(s, STR_LEN);
  }

  readString(s: number | null | undefined): string | null | undefined {
    if (s === null || s === undefined) return s;
    let js = this.strings.get(s);
    if (js === undefined) {
      const tid = this.mem.loadU32(s, ll.TID_OFFSET);
      if (tid !== TID.STR && tid !== TID.STRVIEW) throw new SimMemoryError(`the object at ${hex(s)} is read as a string but has type id ${tid} (a stale pointer to an object the GC moved or freed?)`);
      const u = this.mem.loadUnits(this.chars(s), this.strLen(s));
      js = "";
      for (let i = 0; i < u.length; i += 8192) js += String.fromCharCode(...u.subarray(i, i + 8192));
      this.strings.set(s, js);
    }
    return js;
  }

  /** A new string object holding js (may collect). */
  newString(js: string): number {
    const a = this.mallocVarsize(TID.STR, js.length);
    this.mem.storeUnits(a + STR_CHARS, unitsOf(js));
    this.strings.set(a, js);
    return a;
  }

  // ---- the heap operations ----------------------------------------------------------------
  /** The simulated heap's implementation of an op (as the C backend's code does it), if it has one. */
  handler(name: string): Handler | undefined {
    return Object.hasOwn(this.ops, name) ? this.ops[name] : undefined;
  }

  /** The operand a[i] as an object address (null and undefined stop the program, as a fault would). */
  private ptr(a: unknown[], i: number, op: SpaceOperation, cx: EvalContext): number {
    const x = a[i];
    if (x === null || x === undefined) cx.fail(`${x === null ? "null" : "undefined"} dereference in ${op.opname}`);
    return x as number;
  }

  private bounds(i: number, len: number, cx: EvalContext): number {
    return i >= 0 && i < len ? i : cx.fail(`index ${i} out of bounds (length ${len})`);
  }

  /** A helper (rts/rlib) broke the layout's rules: an error of the toolkit, not of the program. */
  private internal(op: SpaceOperation, what: string): never {
    throw new SimMemoryError(`internal: ${op.opname} ${what}`);
  }

  /** What an op's static operands say about the objects it touches, computed once per op. */
  private info<T>(op: SpaceOperation, make: () => T): T {
    let x = this.opInfo.get(op) as T | undefined;
    if (x === undefined) this.opInfo.set(op, (x = make()));
    return x;
  }

  private field(op: SpaceOperation): { at: number; type: LLType } {
    return this.info(op, () => {
      const t = typeOfValue(op.args[0]);
      if (t.k !== "Inst") return this.internal(op, `on a ${t.k}`);
      const name = meta<string>(op, 1);
      const at = t.layout.memory(WORD).offsets.get(name);
      if (at === undefined) return this.internal(op, `of a field ${name} that ${t.layout.cls.name} does not have`);
      return { at, type: t.layout.field(name).type };
    });
  }

  private itemType(op: SpaceOperation): LLType {
    return this.info(op, () => {
      const t = typeOfValue(op.args[0]);
      return t.k === "List" ? t.item : this.internal(op, `on a ${t.k}`);
    });
  }

  private typedElem(op: SpaceOperation): string {
    return this.info(op, () => {
      const t = typeOfValue(op.args[0]);
      return t.k === "Typed" ? t.elem : this.internal(op, `on a ${t.k}`);
    });
  }

  private entryTypes(op: SpaceOperation): { key: LLType; value: LLType; isSet: boolean } {
    return this.info(op, () => {
      const t = typeOfValue(op.args[0]);
      const m = t.k === "MapIter" ? t.map : null;
      return m?.k === "Map" ? m : this.internal(op, `on a ${t.k}`);
    });
  }

  private readonly opInfo = new Map<SpaceOperation, unknown>();

  private readonly ops: Record<string, Handler> = {
    gc_push_roots: (_op, a) => {
      for (const x of a) this.mem.pushRoot(this.enc(x));
    },
    gc_pop_roots: (op) => this.mem.popRoots(meta<number>(op, 0)),
    gc_reload_root: (op) => this.dec(this.mem.load(this.mem.stackRootsTop() + WORD * meta<number>(op, 0), 0)),
    gc_write_barrier: (op, a, cx) => this.wb(this.ptr(a, 0, op, cx)),
    gc_malloc_bump: (op) => {
      const mem = this.mem;
      const l = meta<ClassLayout>(op, 0);
      const size = (l.memory(WORD).size + 7) & ~7;
      if (this.bumpCell === 0 || size >= 16384) return null;
      const free = mem.load(this.bumpCell, 0);
      if (mem.load(this.bumpCell, WORD) - free < size) return null;
      mem.store(this.bumpCell, 0, free + size);
      mem.storeU32(free, ll.TID_OFFSET, l.tid);
      this.strings.delete(free);
      return free;
    },
    malloc: (op) => {
      const l = meta<ClassLayout>(op, 0);
      return this.malloc(l.tid, l.memory(WORD).size);
    },
    getfield: (op, a, cx) => {
      const f = this.field(op);
      return this.loadField(this.ptr(a, 0, op, cx), f.at, f.type);
    },
    setfield: (op, a, cx) => {
      const f = this.field(op);
      this.storeField(this.ptr(a, 0, op, cx), f.at, f.type, a[2]);
    },
    instanceof: (op, a) => a[0] !== null && a[0] !== undefined && this.isA(a[0] as number, meta<ClassLayout>(op, 1)),
    checked_cast: (op, a, cx) => {
      const l = meta<ClassLayout>(op, 1);
      if (a[0] === null || a[0] === undefined || this.isA(a[0] as number, l)) return a[0];
      return cx.fail(`bad cast: a ${this.layoutOf(a[0] as number).cls.name} is not a ${l.cls.name}`);
    },
    fnaddr: (op) => this.funcId(meta<LLFunction>(op, 0)),
    getglobal: (op) => {
      const g = meta<GlobalDesc>(op, 0);
      const slot = this.globalSlots.get(g);
      return slot !== undefined ? this.dec(this.mem.load(slot, 0)) : this.globalValues.get(g);
    },
    setglobal: (op, a) => {
      const g = meta<GlobalDesc>(op, 0);
      const slot = this.globalSlots.get(g);
      if (slot !== undefined) this.mem.store(slot, 0, this.enc(a[1]));
      else this.globalValues.set(g, a[1]);
    },
    // lists: an rts_list and its rts_items (lists.c)
    list_new: (op, a) => {
      const item = meta<LLType>(op, 0);
      const values = a.slice(1);
      const gc = isPtr(item);
      const [l, moved] = this.rooted(gc ? values.map((v) => this.enc(v)) : [], () => this.newList(values.length, gc));
      const items = this.mem.load(l, LIST_ITEMS);
      values.forEach((v, i) => this.storeWord(items, ITEMS_DATA + WORD * i, item, gc ? this.dec(moved[i]) : v));
      if (gc) this.wb(items);
      return l;
    },
    list_len: (op, a, cx) => this.mem.load(this.ptr(a, 0, op, cx), LIST_LEN),
    list_getitem_opt: (op, a, cx) => {
      const l = this.ptr(a, 0, op, cx);
      const i = a[1] as number;
      return i >= 0 && i < this.mem.load(l, LIST_LEN) ? this.loadWord(this.mem.load(l, LIST_ITEMS), ITEMS_DATA + WORD * i, this.itemType(op)) : undefined;
    },
    list_getitem: (op, a, cx) => {
      const l = this.ptr(a, 0, op, cx);
      const i = this.bounds(a[1] as number, this.mem.load(l, LIST_LEN), cx);
      return this.loadWord(this.mem.load(l, LIST_ITEMS), ITEMS_DATA + WORD * i, this.itemType(op));
    },
    list_setitem: (op, a, cx) => {
      const l = this.ptr(a, 0, op, cx);
      this.storeItem(op, l, this.bounds(a[1] as number, this.mem.load(l, LIST_LEN), cx), a[2]);
    },
    list_store: (op, a, cx) => {
      const l = this.ptr(a, 0, op, cx);
      const i = a[1] as number;
      if (!(i >= 0 && i < this.mem.load(this.mem.load(l, LIST_ITEMS), ITEMS_CAP))) this.internal(op, `at ${i}, past the capacity`);
      this.storeItem(op, l, i, a[2]);
    },
    list_capacity: (op, a, cx) => this.mem.load(this.mem.load(this.ptr(a, 0, op, cx), LIST_ITEMS), ITEMS_CAP),
    list_reserve: (op, a, cx) => {
      const mem = this.mem;
      const l0 = this.ptr(a, 0, op, cx);
      const cap = a[1] as number;
      if (cap <= mem.load(mem.load(l0, LIST_ITEMS), ITEMS_CAP)) return;
      const tid = mem.loadU32(mem.load(l0, LIST_ITEMS), ll.TID_OFFSET);
      const [fresh, [l]] = this.rooted([l0], () => this.mallocVarsize(tid, Math.max(cap, LIST_MIN_CAP)));
      mem.copy(fresh + ITEMS_DATA, mem.load(l, LIST_ITEMS) + ITEMS_DATA, WORD * mem.load(l, LIST_LEN));
      if (tid === TID.ITEMS_GC) this.wb(fresh);
      this.wb(l);
      mem.store(l, LIST_ITEMS, fresh);
    },
    list_set_len: (op, a, cx) => {
      const mem = this.mem;
      const l = this.ptr(a, 0, op, cx);
      const n = a[1] as number;
      const len = mem.load(l, LIST_LEN);
      const items = mem.load(l, LIST_ITEMS);
      if (n < 0 || n > mem.load(items, ITEMS_CAP)) this.internal(op, `to ${n}, past the capacity`);
      if (n < len) mem.fill(items + ITEMS_DATA + WORD * n, 0, WORD * (len - n));
      mem.store(l, LIST_LEN, n);
    },
    list_move: (op, a, cx) => {
      const mem = this.mem;
      const [from, to, count] = [a[1] as number, a[3] as number, a[4] as number];
      const src = this.ptr(a, 0, op, cx);
      const dst = this.ptr(a, 2, op, cx);
      if (count <= 0) return;
      const di = mem.load(dst, LIST_ITEMS);
      if (to < 0 || to + count > mem.load(di, ITEMS_CAP)) this.internal(op, `to ${to}..${to + count}, past the capacity`);
      if (mem.loadU32(di, ll.TID_OFFSET) === TID.ITEMS_GC) this.wb(di);
      mem.move(di + ITEMS_DATA + WORD * to, mem.load(src, LIST_ITEMS) + ITEMS_DATA + WORD * from, WORD * count);
    },
    // typed arrays
    typed_new: (op, a, cx) => {
      const n = a[1] as number;
      if (n < 0 || n > 2 ** 32) return cx.raise("RangeError", "Invalid typed array length");
      return this.mallocVarsize(TYPED_TID[meta<string>(op, 0)], n);
    },
    typed_len: (op, a, cx) => this.mem.load(this.ptr(a, 0, op, cx), TYPED_LEN),
    typed_getitem: (op, a, cx) => {
      const x = this.ptr(a, 0, op, cx);
      return this.loadTyped(this.typedElem(op), x, this.bounds(a[1] as number, this.mem.load(x, TYPED_LEN), cx));
    },
    typed_getitem_opt: (op, a, cx) => {
      const x = this.ptr(a, 0, op, cx);
      const i = a[1] as number;
      return i >= 0 && i < this.mem.load(x, TYPED_LEN) ? this.loadTyped(this.typedElem(op), x, i) : undefined;
    },
    typed_setitem: (op, a, cx) => {
      const x = this.ptr(a, 0, op, cx);
      this.storeTyped(this.typedElem(op), x, this.bounds(a[1] as number, this.mem.load(x, TYPED_LEN), cx), a[2] as number);
    },
    typed_fill: (op, a, cx) => {
      const x = this.ptr(a, 0, op, cx);
      const elem = this.typedElem(op);
      for (let i = 0, len = this.mem.load(x, TYPED_LEN); i < len; i++) this.storeTyped(elem, x, i, a[1] as number);
    },
    // maps and sets: an rts_map, its entries and its index (maps.c)
    map_new: (op) => {
      const t = meta<LLType>(op, 0);
      if (t.k !== "Map") return this.internal(op, "of no map type");
      const m0 = this.malloc(TID.MAP, L.get("rts_map")!.size);
      this.mem.store(m0, MAP.flags, (t.key.k === "Str" ? 1 : 0) | (!t.isSet && isPtr(t.value) ? 2 : 0));
      const [, [m]] = this.rooted([m0], () => this.freshTables(m0, 8));
      return m;
    },
    map_size: (op, a, cx) => this.mem.load(this.ptr(a, 0, op, cx), MAP.size),
    map_set_size: (op, a, cx) => this.mem.store(this.ptr(a, 0, op, cx), MAP.size, a[1] as number),
    map_used: (op, a, cx) => this.mem.load(this.ptr(a, 0, op, cx), MAP.used),
    map_set_used: (op, a, cx) => this.mem.store(this.ptr(a, 0, op, cx), MAP.used, a[1] as number),
    map_index_mask: (op, a, cx) => this.mem.load(this.mem.load(this.ptr(a, 0, op, cx), MAP.index), MI_CAP) - 1,
    map_index_get: (op, a, cx) => this.mem.loadI64(this.indexSlot(op, a, cx), 0),
    map_index_set: (op, a, cx) => this.mem.storeI64(this.indexSlot(op, a, cx), 0, a[2] as number),
    map_fresh_tables: (op, a, cx) => this.freshTables(this.ptr(a, 0, op, cx), a[1] as number),
    map_entries: (op, a, cx) => this.dec(this.mem.load(this.ptr(a, 0, op, cx), MAP.entries)),
    mentries_cap: (op, a, cx) => this.mem.load(this.ptr(a, 0, op, cx), ME_CAP),
    mentries_next: (op, a, cx) => this.dec(this.mem.load(this.ptr(a, 0, op, cx), ME_NEXT)),
    mentry_state: (op, a, cx) => this.mem.loadI64(this.entry(op, a, 0, cx), 0),
    mentry_key: (op, a, cx) => this.loadWord(this.entry(op, a, 0, cx), WORD, this.entryTypes(op).key),
    mentry_value: (op, a, cx) => this.loadWord(this.entry(op, a, 0, cx), 2 * WORD, this.entryTypes(op).value),
    mentry_value_found: (op, a, cx) => {
      if ((a[1] as number) < 0) return cx.fail("Map.get: key not found (the result would be undefined)");
      return this.loadWord(this.entry(op, a, 0, cx), 2 * WORD, this.entryTypes(op).value);
    },
    mentry_store: (op, a, cx) => {
      const t = this.entryTypes(op);
      const e = this.entry(op, a, 0, cx);
      if (isPtr(t.key) || (!t.isSet && isPtr(t.value))) this.wbItem(a[0] as number, a[1] as number);
      this.mem.storeI64(e, 0, a[2] as number);
      this.storeWord(e, WORD, t.key, a[3]);
      if (!t.isSet) this.storeWord(e, 2 * WORD, t.value, a[4]);
    },
    mentry_set_value: (op, a, cx) => {
      const t = this.entryTypes(op);
      const e = this.entry(op, a, 0, cx);
      if (isPtr(t.value)) this.wbItem(a[0] as number, a[1] as number);
      this.storeWord(e, 2 * WORD, t.value, a[2]);
    },
    mentry_clear: (op, a, cx) => this.mem.fill(this.entry(op, a, 0, cx), 0, ME_SIZE),
    mentry_move: (op, a, cx) => {
      const from = this.entry(op, a, 0, cx);
      const to = this.entry(op, a, 2, cx);
      if (this.mem.loadU32(a[2] as number, ll.TID_OFFSET) !== TID.MENTRIES) this.wbItem(a[2] as number, a[3] as number);
      this.mem.copy(to, from, ME_SIZE);
    },
    // the units of strings (rts/lltype), which rts/rlib/strings is written with
    str_len: (op, a, cx) => this.strLen(this.ptr(a, 0, op, cx)),
    str_unit: (op, a, cx) => this.mem.loadU16(this.chars(this.ptr(a, 0, op, cx)), 2 * (a[1] as number)),
    str_units_eq: (op, a, cx) => {
      const count = a[4] as number;
      if (count <= 0) return true;
      const x = this.mem.loadUnits(this.chars(this.ptr(a, 0, op, cx)) + 2 * (a[1] as number), count);
      const y = this.mem.loadUnits(this.chars(this.ptr(a, 2, op, cx)) + 2 * (a[3] as number), count);
      for (let k = 0; k < count; k++) if (x[k] !== y[k]) return false;
      return true;
    },
    str_alloc: (_op, a) => this.mallocVarsize(TID.STR, a[0] as number),
    str_copy_units: (op, a, cx) => {
      const [from, to, count] = [a[1] as number, a[3] as number, a[4] as number];
      const dst = this.ptr(a, 2, op, cx);
      if (count > 0) this.mem.copy(dst + STR_CHARS + 2 * to, this.chars(this.ptr(a, 0, op, cx)) + 2 * from, 2 * count);
      this.strings.delete(dst);
    },
    str_move_units: (op, a, cx) => {
      const s = this.ptr(a, 0, op, cx);
      this.mem.move(s + STR_CHARS + 2 * (a[2] as number), s + STR_CHARS + 2 * (a[1] as number), 2 * (a[3] as number));
      this.strings.delete(s);
    },
    str_finish: (op, a, cx) => {
      this.strings.delete(this.ptr(a, 0, op, cx));
      return a[0];
    },
  };

  private isA(obj: number, l: ClassLayout): boolean {
    const tid = this.mem.loadU32(obj, ll.TID_OFFSET);
    return tid >= l.tid && tid <= l.tidMax;
  }

  private storeItem(op: SpaceOperation, l: number, i: number, v: unknown): void {
    const items = this.mem.load(l, LIST_ITEMS);
    const t = this.itemType(op);
    if (isPtr(t)) this.wbItem(items, i);
    this.storeWord(items, ITEMS_DATA + WORD * i, t, v);
  }

  /** The address of slot a[1] of the index of map a[0]. */
  private indexSlot(op: SpaceOperation, a: unknown[], cx: EvalContext): number {
    const ix = this.mem.load(this.ptr(a, 0, op, cx), MAP.index);
    const i = a[1] as number;
    if (!(i >= 0 && i < this.mem.load(ix, MI_CAP))) this.internal(op, `at slot ${i} of ${this.mem.load(ix, MI_CAP)}`);
    return ix + MI_SLOTS + WORD * i;
  }

  /** The address of entry a[k + 1] of the entries array a[k]. */
  private entry(op: SpaceOperation, a: unknown[], k: number, cx: EvalContext): number {
    const e = this.ptr(a, k, op, cx);
    const i = a[k + 1] as number;
    if (!(i >= 0 && i < this.mem.load(e, ME_CAP))) this.internal(op, `at entry ${i} of ${this.mem.load(e, ME_CAP)}`);
    return e + ME_DATA + ME_SIZE * i;
  }

  private newList(len: number, gc: boolean): number {
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

  private freshTables(m0: number, ecap: number): void {
    const mem = this.mem;
    const flags = mem.load(m0, MAP.flags);
    const tid = TID.MENTRIES + (flags & 1 ? 2 : 0) + (flags & 2 ? 1 : 0);
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

  // ---- the llinterp's object model, for console.log ---------------------------------------
  /** The value as the llinterp's object model has it (LLInstance, LLList, LLMap, JS strings). */
  toModel(v: unknown, t: LLType, seen = new Map<number, unknown>()): unknown {
    if (v === null || v === undefined || typeof v !== "number" || !isPtr(t)) return v;
    if (seen.has(v)) return seen.get(v);
    const mem = this.mem;
    switch (t.k) {
      case "Str":
        return this.readString(v);
      case "List": {
        const out = new LLList([]);
        seen.set(v, out);
        const items = mem.load(v, LIST_ITEMS);
        for (let i = 0, len = mem.load(v, LIST_LEN); i < len; i++) out.items.push(this.toModel(this.loadWord(items, ITEMS_DATA + WORD * i, t.item), t.item, seen));
        return out;
      }
      case "Typed": {
        const len = mem.load(v, TYPED_LEN);
        const out = t.elem === "u8" ? new Uint8Array(len) : t.elem === "i32" ? new Int32Array(len) : new Float64Array(len);
        for (let i = 0; i < len; i++) out[i] = this.loadTyped(t.elem, v, i);
        seen.set(v, out);
        return out;
      }
      case "Map": {
        const used = mem.load(v, MAP.used);
        const out = new LLMap(Math.max(used, 1));
        seen.set(v, out);
        const e = mem.load(v, MAP.entries);
        out.size = mem.load(v, MAP.size);
        out.used = used;
        for (let i = 0; i < used; i++) {
          const at = ME_DATA + ME_SIZE * i;
          out.entries.state[i] = mem.loadI64(e, at);
          if (out.entries.state[i] === 0) continue;
          out.entries.keys[i] = this.toModel(this.loadWord(e, at + WORD, t.key), t.key, seen);
          if (!t.isSet) out.entries.values[i] = this.toModel(this.loadWord(e, at + 2 * WORD, t.value), t.value, seen);
        }
        return out;
      }
      case "Inst": {
        const layout = this.layoutOf(v);
        const out = new LLInstance(layout);
        seen.set(v, out);
        const m = layout.memory(WORD);
        for (const f of layout.fields) out.fields[f.name] = this.toModel(this.loadField(v, m.offsets.get(f.name)!, f.type), f.type, seen);
        return out;
      }
    }
    return v;
  }

  /** The class name and message of an exception instance (for the uncaught-exception report). */
  describe(exc: number): { cls: string; message: string } {
    const l = this.layoutOf(exc);
    const f = l.field("message");
    const msg = this.loadField(exc, l.memory(WORD).offsets.get("message")!, f.type);
    return { cls: l.cls.name, message: String(this.readString(msg as number | null)) };
  }

  /** An instance of an error class with its message (RangeError... raised by the runtime). */
  newError(l: ClassLayout, message: string): number {
    const s0 = this.newString(message);
    const [inst, [s]] = this.rooted([s0], () => this.malloc(l.tid, l.memory(WORD).size));
    this.storeField(inst, l.memory(WORD).offsets.get("message")!, l.field("message").type, s);
    return inst;
  }
}

function unitsOf(s: string): Uint16Array {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}
