// The heap operations of the llinterp's simulated heap (simheap.ts), one
// handler per op of the op table that touches objects: what the C backend's
// code does, on simulated memory — bounds checks and fatal errors as in the
// binary, the GC's write barriers and card marks on pointer stores, roots
// kept across the allocations an op makes.  A broken rule of a layout (an
// rts/rlib helper writing past a capacity) is an internal error.
import * as ll from "../rlib/ll.ts";
import { SimMemoryError, hex } from "../rlib/llsim.ts";
import type { GlobalDesc } from "../flow/descriptors.ts";
import type { Constant, SpaceOperation } from "../flow/model.ts";
import { isPtr, type ClassLayout, type LLType } from "../rtyper/lltypes.ts";
import type { LLFunction } from "../rtyper/rtyper.ts";
import { TID } from "../rtyper/typetable.ts";
import { typeOfValue } from "../rtyper/values.ts";
import type { EvalContext } from "../ops/op.ts";
import { ITEMS_CAP, ITEMS_DATA, L, LIST_ITEMS, LIST_LEN, LIST_MIN_CAP, MAP, ME_CAP, ME_DATA, ME_NEXT, ME_SIZE, MI_CAP, MI_SLOTS, BUF, STR_CHARS, STR_HASH, STR_LEN, VIEW_BUF, VIEW_START, TYPED_LEN, TYPED_TID, WORD, mapFlags } from "./simobjects.ts";
import type { SimHeap } from "./simheap.ts";
import { identityHash } from "../rlib/lltype.ts";

/** An op as the simulated heap runs it. */
export type Handler = (op: SpaceOperation, a: unknown[], cx: EvalContext) => unknown;

const meta = <T>(op: SpaceOperation, i: number): T => (op.args[i] as Constant).value as T;

/** What an op's static operands say about the objects it touches (offsets, item types), computed once per op. */
const opInfo = new WeakMap<SpaceOperation, unknown>();

/** The handlers of the heap ops, on heap h. */
export function heapOperations(h: SimHeap): Record<string, Handler> {
  return {
    gc_push_roots: (_op, a) => {
      for (const x of a) h.mem.pushRoot(h.enc(x));
    },
    gc_pop_roots: (op) => h.mem.popRoots(meta<number>(op, 0)),
    gc_reload_root: (op) => h.dec(h.mem.load(h.mem.stackRootsTop() + WORD * meta<number>(op, 0), 0)),
    gc_write_barrier: (op, a, cx) => h.wb(ptr(a, 0, op, cx)),
    jit_quasi_immut_write: () => undefined, // (the JIT never runs on the simulated heap: no watcher to tell)
    cast_ptr_to_int: (_op, a) => (a[0] === null ? 0 : a[0]), // pointers are addresses here
    cast_int_to_ptr: (_op, a) => (a[0] === 0 ? null : a[0]),
    gc_malloc_bump: (op) => {
      const mem = h.mem;
      const l = meta<ClassLayout>(op, 0);
      // as the GC's round8: at least 16 bytes (room for a forwarding pointer)
      const size = Math.max(16, (l.memory(WORD).size + 7) & ~7);
      if (h.bumpCell === 0 || size >= 16384) return null;
      const free = mem.load(h.bumpCell, 0);
      if (mem.load(h.bumpCell, WORD) - free < size) return null;
      mem.store(h.bumpCell, 0, free + size);
      mem.storeU32(free, ll.TID_OFFSET, l.tid);
      h.strings.delete(free);
      return free;
    },
    malloc: (op) => {
      const l = meta<ClassLayout>(op, 0);
      return h.malloc(l.tid, l.memory(WORD).size);
    },
    getfield: (op, a, cx) => {
      const f = field(op);
      return h.loadField(ptr(a, 0, op, cx), f.at, f.type);
    },
    setfield: (op, a, cx) => {
      const f = field(op);
      h.storeField(ptr(a, 0, op, cx), f.at, f.type, a[2]);
    },
    instanceof: (op, a) => a[0] !== null && a[0] !== undefined && isA(h, a[0] as number, meta<ClassLayout>(op, 1)),
    checked_cast: (op, a, cx) => {
      const l = meta<ClassLayout>(op, 1);
      if (a[0] === null || a[0] === undefined || isA(h, a[0] as number, l)) return a[0];
      return cx.fail(`bad cast: a ${h.layoutOf(a[0] as number).cls.name} is not a ${l.cls.name}`);
    },
    fnaddr: (op) => h.funcId(meta<LLFunction>(op, 0)),
    getglobal: (op) => {
      const g = meta<GlobalDesc>(op, 0);
      const slot = h.globalSlots.get(g);
      return slot !== undefined ? h.dec(h.mem.load(slot, 0)) : h.globalValues.get(g);
    },
    setglobal: (op, a) => {
      const g = meta<GlobalDesc>(op, 0);
      const slot = h.globalSlots.get(g);
      if (slot !== undefined) h.mem.store(slot, 0, h.enc(a[1]));
      else h.globalValues.set(g, a[1]);
    },
    // lists: an rts_list and its rts_items (lists.c)
    list_new: (op, a) => {
      const item = meta<LLType>(op, 0);
      const values = a.slice(1);
      const gc = isPtr(item);
      const [l, moved] = h.rooted(gc ? values.map((v) => h.enc(v)) : [], () => h.newList(values.length, gc));
      const items = h.mem.load(l, LIST_ITEMS);
      values.forEach((v, i) => h.storeWord(items, ITEMS_DATA + WORD * i, item, gc ? h.dec(moved[i]) : v));
      if (gc) h.wb(items);
      return l;
    },
    list_new_filled: (op, a, cx) => {
      const item = meta<LLType>(op, 0);
      const n = a[1] as number;
      if (n < 0 || n > 4294967295) return cx.raise("RangeError", "Invalid array length");
      const gc = isPtr(item);
      const [l, moved] = h.rooted(gc ? [h.enc(a[2])] : [], () => h.newList(n, gc));
      const items = h.mem.load(l, LIST_ITEMS);
      const x = gc ? h.dec(moved[0]) : a[2];
      for (let i = 0; i < n; i++) h.storeWord(items, ITEMS_DATA + WORD * i, item, x);
      if (gc) h.wb(items);
      return l;
    },
    list_len: (op, a, cx) => h.mem.load(ptr(a, 0, op, cx), LIST_LEN),
    list_getitem_opt: (op, a, cx) => {
      const l = ptr(a, 0, op, cx);
      const i = a[1] as number;
      return i >= 0 && i < h.mem.load(l, LIST_LEN) ? h.loadWord(h.mem.load(l, LIST_ITEMS), ITEMS_DATA + WORD * i, itemType(op)) : undefined;
    },
    list_getitem: (op, a, cx) => {
      const l = ptr(a, 0, op, cx);
      const i = bounds(a[1] as number, h.mem.load(l, LIST_LEN), cx);
      return h.loadWord(h.mem.load(l, LIST_ITEMS), ITEMS_DATA + WORD * i, itemType(op));
    },
    list_setitem: (op, a, cx) => {
      const l = ptr(a, 0, op, cx);
      storeItem(h, op, l, bounds(a[1] as number, h.mem.load(l, LIST_LEN), cx), a[2]);
    },
    list_store: (op, a, cx) => {
      const l = ptr(a, 0, op, cx);
      const i = a[1] as number;
      if (!(i >= 0 && i < h.mem.load(h.mem.load(l, LIST_ITEMS), ITEMS_CAP))) internal(op, `at ${i}, past the capacity`);
      storeItem(h, op, l, i, a[2]);
    },
    list_capacity: (op, a, cx) => h.mem.load(h.mem.load(ptr(a, 0, op, cx), LIST_ITEMS), ITEMS_CAP),
    list_reserve: (op, a, cx) => {
      const mem = h.mem;
      const l0 = ptr(a, 0, op, cx);
      const cap = a[1] as number;
      if (cap <= mem.load(mem.load(l0, LIST_ITEMS), ITEMS_CAP)) return;
      const tid = mem.loadU32(mem.load(l0, LIST_ITEMS), ll.TID_OFFSET);
      const [fresh, [l]] = h.rooted([l0], () => h.mallocVarsize(tid, Math.max(cap, LIST_MIN_CAP)));
      mem.copy(fresh + ITEMS_DATA, mem.load(l, LIST_ITEMS) + ITEMS_DATA, WORD * mem.load(l, LIST_LEN));
      if (tid === TID.ITEMS_GC) h.wb(fresh);
      h.wb(l);
      mem.store(l, LIST_ITEMS, fresh);
    },
    list_set_len: (op, a, cx) => {
      const mem = h.mem;
      const l = ptr(a, 0, op, cx);
      const n = a[1] as number;
      const len = mem.load(l, LIST_LEN);
      const items = mem.load(l, LIST_ITEMS);
      if (n < 0 || n > mem.load(items, ITEMS_CAP)) internal(op, `to ${n}, past the capacity`);
      if (n < len) mem.fill(items + ITEMS_DATA + WORD * n, 0, WORD * (len - n));
      mem.store(l, LIST_LEN, n);
    },
    list_move: (op, a, cx) => {
      const mem = h.mem;
      const [from, to, count] = [a[1] as number, a[3] as number, a[4] as number];
      const src = ptr(a, 0, op, cx);
      const dst = ptr(a, 2, op, cx);
      if (count <= 0) return;
      const di = mem.load(dst, LIST_ITEMS);
      if (to < 0 || to + count > mem.load(di, ITEMS_CAP)) internal(op, `to ${to}..${to + count}, past the capacity`);
      if (mem.loadU32(di, ll.TID_OFFSET) === TID.ITEMS_GC) h.wb(di);
      mem.move(di + ITEMS_DATA + WORD * to, mem.load(src, LIST_ITEMS) + ITEMS_DATA + WORD * from, WORD * count);
    },
    // typed arrays
    typed_new: (op, a, cx) => {
      const n = a[1] as number;
      if (n < 0 || n > 2 ** 32) return cx.raise("RangeError", `Invalid typed array length: ${n}`);
      return h.mallocVarsize(TYPED_TID[meta<string>(op, 0)], n);
    },
    typed_len: (op, a, cx) => h.mem.load(ptr(a, 0, op, cx), TYPED_LEN),
    typed_getitem: (op, a, cx) => {
      const x = ptr(a, 0, op, cx);
      return h.loadTyped(typedElem(op), x, bounds(a[1] as number, h.mem.load(x, TYPED_LEN), cx));
    },
    typed_getitem_opt: (op, a, cx) => {
      const x = ptr(a, 0, op, cx);
      const i = a[1] as number;
      return i >= 0 && i < h.mem.load(x, TYPED_LEN) ? h.loadTyped(typedElem(op), x, i) : undefined;
    },
    typed_setitem: (op, a, cx) => {
      const x = ptr(a, 0, op, cx);
      h.storeTyped(typedElem(op), x, bounds(a[1] as number, h.mem.load(x, TYPED_LEN), cx), a[2] as number);
    },
    typed_fill: (op, a, cx) => {
      const x = ptr(a, 0, op, cx);
      const elem = typedElem(op);
      for (let i = 0, len = h.mem.load(x, TYPED_LEN); i < len; i++) h.storeTyped(elem, x, i, a[1] as number);
    },
    // maps and sets: an rts_map, its entries and its index (maps.c)
    map_new: (op) => {
      const t = meta<LLType>(op, 0);
      if (t.k !== "Map") return internal(op, "of no map type");
      const m0 = h.malloc(TID.MAP, L.get("rts_map")!.size);
      h.mem.store(m0, MAP.flags, mapFlags(t));
      const [, [m]] = h.rooted([m0], () => h.freshTables(m0, 8));
      return m;
    },
    map_size: (op, a, cx) => h.mem.load(ptr(a, 0, op, cx), MAP.size),
    map_set_size: (op, a, cx) => h.mem.store(ptr(a, 0, op, cx), MAP.size, a[1] as number),
    map_used: (op, a, cx) => h.mem.load(ptr(a, 0, op, cx), MAP.used),
    map_set_used: (op, a, cx) => h.mem.store(ptr(a, 0, op, cx), MAP.used, a[1] as number),
    map_index_mask: (op, a, cx) => h.mem.load(h.mem.load(ptr(a, 0, op, cx), MAP.index), MI_CAP) - 1,
    map_index_get: (op, a, cx) => h.mem.load(indexSlot(h, op, a, cx), 0),
    map_index_set: (op, a, cx) => h.mem.storeI64(indexSlot(h, op, a, cx), 0, a[2] as number),
    map_fresh_tables: (op, a, cx) => h.freshTables(ptr(a, 0, op, cx), a[1] as number),
    map_entries: (op, a, cx) => h.dec(h.mem.load(ptr(a, 0, op, cx), MAP.entries)),
    mentries_cap: (op, a, cx) => h.mem.load(ptr(a, 0, op, cx), ME_CAP),
    mentries_next: (op, a, cx) => h.dec(h.mem.load(ptr(a, 0, op, cx), ME_NEXT)),
    mentry_state: (op, a, cx) => h.mem.load(entry(h, op, a, 0, cx), 0),
    mentry_key: (op, a, cx) => h.loadWord(entry(h, op, a, 0, cx), WORD, entryTypes(op).key),
    mentry_value: (op, a, cx) => h.loadWord(entry(h, op, a, 0, cx), 2 * WORD, entryTypes(op).value),
    mentry_value_found: (op, a, cx) => {
      if ((a[1] as number) < 0) return cx.fail("Map.get: key not found (the result would be undefined)");
      return h.loadWord(entry(h, op, a, 0, cx), 2 * WORD, entryTypes(op).value);
    },
    mentry_store: (op, a, cx) => {
      const t = entryTypes(op);
      const e = entry(h, op, a, 0, cx);
      if (isPtr(t.key) || (!t.isSet && isPtr(t.value))) h.wbItem(a[0] as number, a[1] as number);
      h.mem.storeI64(e, 0, a[2] as number);
      h.storeWord(e, WORD, t.key, a[3]);
      if (!t.isSet) h.storeWord(e, 2 * WORD, t.value, a[4]);
    },
    mentry_set_value: (op, a, cx) => {
      const t = entryTypes(op);
      const e = entry(h, op, a, 0, cx);
      if (isPtr(t.value)) h.wbItem(a[0] as number, a[1] as number);
      h.storeWord(e, 2 * WORD, t.value, a[2]);
    },
    mentry_clear: (op, a, cx) => h.mem.fill(entry(h, op, a, 0, cx), 0, ME_SIZE),
    mentry_move: (op, a, cx) => {
      const from = entry(h, op, a, 0, cx);
      const to = entry(h, op, a, 2, cx);
      if (h.mem.loadU32(a[2] as number, ll.TID_OFFSET) !== TID.MENTRIES) h.wbItem(a[2] as number, a[3] as number);
      h.mem.copy(to, from, ME_SIZE);
    },
    // the units of strings (rts/lltype), which rts/rlib/strings is written with
    str_len: (op, a, cx) => h.strLen(ptr(a, 0, op, cx)),
    str_unit: (op, a, cx) => h.mem.loadU16(h.chars(ptr(a, 0, op, cx)), 2 * (a[1] as number)),
    str_units_eq: (op, a, cx) => {
      const count = a[4] as number;
      if (count <= 0) return true;
      const x = h.mem.loadUnits(h.chars(ptr(a, 0, op, cx)) + 2 * (a[1] as number), count);
      const y = h.mem.loadUnits(h.chars(ptr(a, 2, op, cx)) + 2 * (a[3] as number), count);
      for (let k = 0; k < count; k++) if (x[k] !== y[k]) return false;
      return true;
    },
    str_alloc: (_op, a) => h.mallocVarsize(TID.STR, a[0] as number),
    ptr_identity_hash: (_op, a) => {
      if (a[0] === null) return 0;
      const p = a[0] as number;
      let id = h.mem.loadU32(p, ll.FLAGS_OFFSET) >>> ll.IDENTITY_SHIFT;
      if (id === 0) {
        id = h.newIdentity();
        h.mem.storeU32(p, ll.FLAGS_OFFSET, (h.mem.loadU32(p, ll.FLAGS_OFFSET) | (id << ll.IDENTITY_SHIFT)) >>> 0);
      }
      return identityHash(id);
    },
    str_copy_units: (op, a, cx) => {
      const [from, to, count] = [a[1] as number, a[3] as number, a[4] as number];
      const dst = ptr(a, 2, op, cx);
      if (count > 0) h.mem.copy(dst + STR_CHARS + 2 * to, h.chars(ptr(a, 0, op, cx)) + 2 * from, 2 * count);
      h.strings.delete(dst);
    },
    str_check_index: (op, a, cx) => void bounds(a[1] as number, h.strLen(ptr(a, 0, op, cx)), cx),
    str_set_unit: (op, a, cx) => {
      const s = ptr(a, 0, op, cx);
      h.mem.storeU16(s + STR_CHARS, 2 * (a[1] as number), a[2] as number);
      h.strings.delete(s);
    },
    str_move_units: (op, a, cx) => {
      const s = ptr(a, 0, op, cx);
      h.mem.move(s + STR_CHARS + 2 * (a[2] as number), s + STR_CHARS + 2 * (a[1] as number), 2 * (a[3] as number));
      h.strings.delete(s);
    },
    str_finish: (op, a, cx) => {
      h.strings.delete(ptr(a, 0, op, cx));
      return a[0];
    },
    str_same: (_op, a) => a[0] === a[1],
    str_hash_field: (op, a, cx) => h.mem.load(ptr(a, 0, op, cx), STR_HASH),
    str_set_hash_field: (op, a, cx) => h.mem.storeI64(ptr(a, 0, op, cx), STR_HASH, a[1] as number),
    // a long concatenation's buffer and its views (rts/rlib/strings strConcat)
    str_is_view: (op, a, cx) => h.mem.loadU32(ptr(a, 0, op, cx), ll.TID_OFFSET) === TID.STRVIEW,
    strview_buf: (op, a, cx) => h.mem.load(view(h, a, 0, op, cx), VIEW_BUF),
    strview_start: (op, a, cx) => h.mem.load(view(h, a, 0, op, cx), VIEW_START),
    strbuf_new: (_op, a) => h.mallocVarsize(TID.STRBUF, a[0] as number),
    strbuf_cap: (op, a, cx) => h.mem.load(buffer(h, a, 0, op, cx), BUF.cap),
    strbuf_lo: (op, a, cx) => h.mem.load(buffer(h, a, 0, op, cx), BUF.lo),
    strbuf_used: (op, a, cx) => h.mem.load(buffer(h, a, 0, op, cx), BUF.used),
    strbuf_set_lo: (op, a, cx) => h.mem.storeI64(buffer(h, a, 0, op, cx), BUF.lo, a[1] as number),
    strbuf_set_used: (op, a, cx) => h.mem.storeI64(buffer(h, a, 0, op, cx), BUF.used, a[1] as number),
    strbuf_copy_units: (op, a, cx) => {
      const [from, to, count] = [a[1] as number, a[3] as number, a[4] as number];
      const b = buffer(h, a, 2, op, cx);
      if (to < 0 || to + count > h.mem.load(b, BUF.cap)) internal(op, `writes units [${to}, ${to + count}) of a buffer of ${h.mem.load(b, BUF.cap)}`);
      if (count > 0) h.mem.copy(b + BUF.chars + 2 * to, h.chars(ptr(a, 0, op, cx)) + 2 * from, 2 * count);
    },
    strview_new: (op, a, cx) => {
      const [v, [b]] = h.rooted([buffer(h, a, 0, op, cx)], () => h.malloc(TID.STRVIEW, L.get("rts_strview")!.size));
      h.mem.storeI64(v, VIEW_BUF, b); // v is new and small: young, no barrier (as the C)
      h.mem.storeI64(v, VIEW_START, a[1] as number);
      h.mem.storeI64(v, STR_LEN, a[2] as number);
      return v;
    },
  };
}

/** The operand a[i] as the address of a string view. */
function view(h: SimHeap, a: unknown[], i: number, op: SpaceOperation, cx: EvalContext): number {
  const s = ptr(a, i, op, cx);
  if (h.mem.loadU32(s, ll.TID_OFFSET) !== TID.STRVIEW) internal(op, `of ${hex(s)}, which is no string view`);
  return s;
}

/** The operand a[i] as the address of a string buffer. */
function buffer(h: SimHeap, a: unknown[], i: number, op: SpaceOperation, cx: EvalContext): number {
  const b = ptr(a, i, op, cx);
  if (h.mem.loadU32(b, ll.TID_OFFSET) !== TID.STRBUF) internal(op, `of ${hex(b)}, which is no string buffer`);
  return b;
}

/** The operand a[i] as an object address (null and undefined stop the program, as a fault would). */
function ptr(a: unknown[], i: number, op: SpaceOperation, cx: EvalContext): number {
  const x = a[i];
  if (x === null || x === undefined) cx.fail(`${x === null ? "null" : "undefined"} dereference in ${op.opname}`);
  return x as number;
}

function bounds(i: number, len: number, cx: EvalContext): number {
  return i >= 0 && i < len ? i : cx.fail(`index ${i} out of bounds (length ${len})`);
}

/** A helper (rts/rlib) broke the layout's rules: an error of the toolkit, not of the program. */
function internal(op: SpaceOperation, what: string): never {
  throw new SimMemoryError(`internal: ${op.opname} ${what}`);
}

function itemType(op: SpaceOperation): LLType {
  return info(op, () => {
    const t = typeOfValue(op.args[0]);
    return t.k === "List" ? t.item : internal(op, `on a ${t.k}`);
  });
}

function typedElem(op: SpaceOperation): string {
  return info(op, () => {
    const t = typeOfValue(op.args[0]);
    return t.k === "Typed" ? t.elem : internal(op, `on a ${t.k}`);
  });
}

function isA(h: SimHeap, obj: number, l: ClassLayout): boolean {
  const tid = h.mem.loadU32(obj, ll.TID_OFFSET);
  return tid >= l.tid && tid <= l.tidMax;
}

function storeItem(h: SimHeap, op: SpaceOperation, l: number, i: number, v: unknown): void {
  const items = h.mem.load(l, LIST_ITEMS);
  const t = itemType(op);
  if (isPtr(t)) h.wbItem(items, i);
  h.storeWord(items, ITEMS_DATA + WORD * i, t, v);
}

/** The address of slot a[1] of the index of map a[0]. */
function indexSlot(h: SimHeap, op: SpaceOperation, a: unknown[], cx: EvalContext): number {
  const ix = h.mem.load(ptr(a, 0, op, cx), MAP.index);
  const i = a[1] as number;
  if (!(i >= 0 && i < h.mem.load(ix, MI_CAP))) internal(op, `at slot ${i} of ${h.mem.load(ix, MI_CAP)}`);
  return ix + MI_SLOTS + WORD * i;
}

/** The address of entry a[k + 1] of the entries array a[k]. */
function entry(h: SimHeap, op: SpaceOperation, a: unknown[], k: number, cx: EvalContext): number {
  const e = ptr(a, k, op, cx);
  const i = a[k + 1] as number;
  if (!(i >= 0 && i < h.mem.load(e, ME_CAP))) internal(op, `at entry ${i} of ${h.mem.load(e, ME_CAP)}`);
  return e + ME_DATA + ME_SIZE * i;
}

function info<T>(op: SpaceOperation, make: () => T): T {
  let x = opInfo.get(op) as T | undefined;
  if (x === undefined) opInfo.set(op, (x = make()));
  return x;
}

/** The offset and type of the field a getfield or setfield names. */
function field(op: SpaceOperation): { at: number; type: LLType } {
  return info(op, () => {
    const t = typeOfValue(op.args[0]);
    if (t.k !== "Inst") return internal(op, `on a ${t.k}`);
    const name = meta<string>(op, 1);
    const at = t.layout.memory(WORD).offsets.get(name);
    if (at === undefined) return internal(op, `of a field ${name} that ${t.layout.cls.name} does not have`);
    return { at, type: t.layout.field(name).type };
  });
}

/** The key and value types of the map whose entries array the op reads or writes. */
function entryTypes(op: SpaceOperation): { key: LLType; value: LLType; isSet: boolean } {
  return info(op, () => {
    const t = typeOfValue(op.args[0]);
    const m = t.k === "MapIter" ? t.map : null;
    return m?.k === "Map" ? m : internal(op, `on a ${t.k}`);
  });
}
