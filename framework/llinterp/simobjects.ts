// How the translated program's values sit in the llinterp's simulated
// memory (rlib/llsim.ts): the runtime's structs at the offsets the toolkit
// computes (rtyper/layout.ts, the same as the C compiler's), fields and
// items by low-level type (optional primitives with the C runtime's
// sentinels, pointers as addresses with 0 for null and rts_undefined's
// address for undefined), strings as UTF-16 units.  simheap.ts adds the GC
// and the heap operations on top.
import * as ll from "../rlib/ll.ts";
import { SimMemoryError, hex, type SimMemory } from "../rlib/llsim.ts";
import { builtinLayouts } from "../rtyper/layout.ts";
import { isPtr, type ClassLayout, type LLType } from "../rtyper/lltypes.ts";
import { TID } from "../rtyper/typetable.ts";
import { LLInstance, LLList, LLMap } from "./values.ts";

export const WORD = 8;
export const L = builtinLayouts(WORD);
const ofs = (t: string, f: string): number => L.get(t)!.offsets.get(f)!;
export const STR_LEN = ofs("rts_str", "len");
export const STR_HASH = ofs("rts_str", "hash");
export const STR_CHARS = L.get("rts_str")!.size;
export const VIEW_BUF = ofs("rts_strview", "buf");
export const VIEW_START = ofs("rts_strview", "start");
export const BUF = { cap: ofs("rts_strbuf", "cap"), used: ofs("rts_strbuf", "used"), lo: ofs("rts_strbuf", "lo"), chars: L.get("rts_strbuf")!.size };
export const LIST_LEN = ofs("rts_list", "len");
export const LIST_ITEMS = ofs("rts_list", "items");
export const ITEMS_CAP = ofs("rts_items", "cap");
export const ITEMS_DATA = L.get("rts_items")!.size;
export const TYPED_LEN = ofs("rts_u8arr", "len");
const TYPED_DATA: Record<string, number> = { u8: L.get("rts_u8arr")!.size, i32: L.get("rts_i32arr")!.size, f64: L.get("rts_f64arr")!.size };
export const TYPED_TID: Record<string, number> = { u8: TID.U8ARR, i32: TID.I32ARR, f64: TID.F64ARR };
export const MAP = { size: ofs("rts_map", "size"), used: ofs("rts_map", "used"), flags: ofs("rts_map", "flags"), entries: ofs("rts_map", "entries"), index: ofs("rts_map", "index") };
export const ME_CAP = ofs("rts_mentries", "cap");
export const ME_NEXT = ofs("rts_mentries", "next");
export const ME_DATA = L.get("rts_mentries")!.size;
export const ME_SIZE = L.get("rts_mentries")!.itemSize;
export const MI_CAP = ofs("rts_mindex", "cap");
export const MI_SLOTS = L.get("rts_mindex")!.size;
export const LIST_MIN_CAP = 4;

/** An rts_map's flags word (maps.c): bit 0, its keys are GC pointers (strings, objects); bit 1, its values are. */
export function mapFlags(t: { key: LLType; value: LLType; isSet: boolean }): number {
  return (isPtr(t.key) ? 1 : 0) | (!t.isSet && isPtr(t.value) ? 2 : 0);
}

/** The type id of the entries array of a map with these flags (which of its words the GC traces). */
export function entriesTid(flags: number): number {
  return TID.MENTRIES + (flags & 1 ? 2 : 0) + (flags & 2 ? 1 : 0);
}

function notString(s: number, tid: number): never {
  throw new SimMemoryError(`the object at ${hex(s)} is read as a string but has type id ${tid} (a stale pointer to an object the GC moved or freed?)`);
}

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

export class SimObjects {
  /** rts_undefined: the address of the undefined pointer. */
  readonly undef: number;
  protected readonly layoutsByTid = new Map<number, ClassLayout>();
  /** JS strings of string objects read since the collector last moved objects (simheap.ts keeps it true). */
  readonly strings = new Map<number, string>();

  constructor(
    readonly mem: SimMemory,
    layouts: Iterable<ClassLayout>,
  ) {
    for (const l of layouts) this.layoutsByTid.set(l.tid, l);
    this.undef = mem.addPrebuilt(TID.STR, 0);
  }

  // ---- values -----------------------------------------------------------------------------
  enc(p: unknown): number {
    return p === null ? 0 : p === undefined ? this.undef : (p as number);
  }

  dec(a: number): number | null | undefined {
    return a === 0 ? null : a === this.undef ? undefined : a;
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
        return mem.load(a, at);
      case "bool":
        return mem.load(a, at) !== 0;
      case "float":
        return mem.loadF64(a, at);
      case "ptr":
        return this.dec(this.pointerAt(a, at));
      case "optint": {
        const b = mem.loadBits(a, at);
        return b === U64(INT_UNDEF) ? undefined : b === U64(INT_NULL) ? null : Number(BigInt.asIntN(64, b));
      }
      case "optbool": {
        const b = mem.load(a, at);
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
  pointerAt(a: number, at: number): number {
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

  storeTyped(elem: string, a: number, i: number, v: number): void {
    const at = TYPED_DATA[elem];
    if (elem === "u8") this.mem.storeU8(a, at + i, v);
    else if (elem === "i32") this.mem.storeI32(a, at + 4 * i, v);
    else this.mem.storeF64(a, at + 8 * i, v);
  }

  loadTyped(elem: string, a: number, i: number): number {
    const at = TYPED_DATA[elem];
    return elem === "u8" ? this.mem.loadU8(a, at + i) : elem === "i32" ? this.mem.loadI32(a, at + 4 * i) : this.mem.loadF64(a, at + 8 * i);
  }
  // ---- strings ----------------------------------------------------------------------------
  /** The address of unit 0 of the string at s (a view's are in its buffer). */
  chars(s: number): number {
    const tid = this.mem.loadU32(s, ll.TID_OFFSET);
    if (tid === TID.STR) return s + STR_CHARS;
    if (tid === TID.STRVIEW) return this.mem.load(s, VIEW_BUF) + BUF.chars + 2 * this.mem.load(s, VIEW_START);
    return notString(s, tid);
  }

  strLen(s: number): number {
    const tid = this.mem.loadU32(s, ll.TID_OFFSET);
    return tid === TID.STR || tid === TID.STRVIEW ? this.mem.load(s, STR_LEN) : notString(s, tid);
  }

  readString(s: number | null | undefined): string | null | undefined {
    if (s === null || s === undefined) return s;
    let js = this.strings.get(s);
    if (js === undefined) {
      const u = this.mem.loadUnits(this.chars(s), this.strLen(s));
      js = "";
      for (let i = 0; i < u.length; i += 8192) js += String.fromCharCode(...u.subarray(i, i + 8192));
      this.strings.set(s, js);
    }
    return js;
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
          out.entries.state[i] = mem.load(e, at);
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
}

export function unitsOf(s: string): Uint16Array {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

