// The virtuals pass's lists (virtualize.ts has the pass): lists of a
// constant length the trace makes stay virtual (RPython's VArrayValue) —
// an inlined call's frame and its slots cost nothing — and of other lists:
// reads of
// known items are their values, writes are delayed, an index an access or
// a hoisted guard showed in range is not checked again, and two lists are
// told apart — by their indexes, by virtualizable's promise, or by a
// guard the pass makes (separate).  Functions on the pass.  RTS code.
import type { VirtualObject, Virtualize } from "./virtualize.ts";
import { Box, CALL, DEBUG_MERGE_POINT, GETFIELD, GUARD_FALSE, INT_GE, INT_LT, KIND_I, KIND_R, NEW, OP, PTR_EQ, ResOp, constInt, isGuard, isPureArith, itemList, itemValue, resolve, sameRef, setitemArgs, zeroOf } from "./resoperation.ts";
import { differentInts, listsApart, sameInt, splitOffset } from "./heapcache.ts";

/** A list item whose value is known (written or read), or a delayed list_setitem (op set). */
export class ItemState {
  constructor(
    readonly list: Box,
    readonly index: Box,
    readonly value: Box,
    readonly op: ResOp | null,
    /** Read by list_getitem_opt (null past the end): only such a read may reuse it. */
    readonly opt: boolean,
  ) {}
}

/** Indexes base + lo … base + hi of a list are known to exist (base null: constant indexes). */
export class CheckedRange {
  /** A peeled loop's body relied on it (closeLoop checks that it holds round the loop). */
  usedInBody = false;
  constructor(
    readonly list: Box | null,
    readonly base: Box | null,
    public lo: number,
    public hi: number,
  ) {}
}

/** The list items the pass remembers at most (a long trace would search a long list). */
export const MAX_ITEMS = 64;

export function getitem(v: Virtualize, op: ResOp, opt: boolean): void {
  const index = op.args[0];
  const list = op.args[1];
  const r = op.result!;
  for (const e of v.items) {
    // (a list_getitem past the end stops the program: it may not reuse what a list_getitem_opt read there)
    if (sameRef(e.list, list) && sameInt(e.index, index, v.data!) && (opt || !e.opt)) {
      r.forwarded = e.value;
      return;
    }
  }
  emitLazyItemsAliasing(v, list, index);
  v.out.push(op);
  rememberItem(v, new ItemState(list, index, r, null, opt));
  if (!opt) checked(v, list, index);
}

export function setitem(v: Virtualize, op: ResOp): void {
  const index = op.args[0];
  const list = itemList(op.args);
  const value = itemValue(op.args);
  const keep: ItemState[] = [];
  for (const e of v.items) {
    if (sameRef(e.list, list) && sameInt(e.index, index, v.data!)) {
      // the value it has already: nothing to write
      if (e.value === value) return;
    } else if (!mayAliasUnlessSeparated(v, e.list, e.index, list, index)) keep.push(e);
  }
  // delayed writes: this one replaces one of the same item, and goes after one that may be the same item
  // (delayed writes are pairwise of different items, so the others keep their order among themselves)
  const lazy: ItemState[] = [];
  for (const e of v.lazyItems) {
    if (sameRef(e.list, list) && sameInt(e.index, index, v.data!)) continue;
    if (mayAliasUnlessSeparated(v, e.list, e.index, list, index)) v.emitLazyItem(e);
    else lazy.push(e);
  }
  v.lazyItems = lazy;
  v.items = keep;
  if (!isChecked(v, list, index)) {
    // an index out of range stops the program where the interpreter would: the write is done now — or, to
    // keep a virtual value virtual, a write of zero now (nothing sees it before the delayed write replaces it)
    checked(v, list, index);
    if (v.virtualOf(value) === null) {
      v.out.push(op);
      rememberItem(v, new ItemState(list, index, value, null, false));
      return;
    }
    v.out.push(new ResOp(OP, setitemArgs(index, list, zeroOf(value.kind)), op.descr, null));
  }
  const s = new ItemState(list, index, value, op, false);
  v.lazyItems.push(s);
  rememberItem(v, s);
}

export function isChecked(v: Virtualize, list: Box, index: Box): boolean {
  const at = splitOffset(index, v.data!);
  for (const r of v.checkedRanges) if (r.list !== null && sameRef(r.list, list) && r.base === at.base && at.offset >= r.lo && at.offset <= r.hi) return true;
  // checks hoisted to the loop's start (hoist.ts): base+hi below the list's length, base+lo not negative
  let below: CheckedRange | null = null;
  let above: CheckedRange | null = null;
  for (const r of v.boundRanges) {
    if (r.base !== at.base) continue;
    if (r.list !== null && sameRef(r.list, list) && at.offset <= r.hi) below = r;
    if (r.list === null && at.offset >= r.lo) above = r;
  }
  if (below === null || (above === null && (at.base !== null || at.offset < 0))) return false;
  if (v.atLabel !== null) {
    below.usedInBody = true;
    if (above !== null) above.usedInBody = true;
  }
  return true;
}

/** guard_true(i < list_len(l)) and guard_true(i >= 0) passed: bounds of the index's base. */
export function learnBounds(v: Virtualize, test: ResOp): void {
  const x = test.args[0];
  const y = test.args[1];
  if (x.kind !== KIND_I) return;
  const at = splitOffset(x, v.data!);
  if (test.opnum === INT_LT && y.op !== null && y.op.opnum === OP && v.data!.descrs[y.op.descr].opName === "list_len") {
    v.boundRanges.push(new CheckedRange(y.op.args[0], at.base, at.offset, at.offset));
  } else if (test.opnum === INT_GE && y.isConst && y.intValue === 0) {
    v.boundRanges.push(new CheckedRange(null, at.base, at.offset, at.offset));
  }
}

export function checked(v: Virtualize, list: Box, index: Box): void {
  const at = splitOffset(index, v.data!);
  for (const r of v.checkedRanges) {
    if (r.list !== null && sameRef(r.list, list) && r.base === at.base) {
      if (at.offset < r.lo) r.lo = at.offset;
      if (at.offset > r.hi) r.hi = at.offset;
      return;
    }
  }
  if (v.checkedRanges.length < MAX_ITEMS) v.checkedRanges.push(new CheckedRange(list, at.base, at.offset, at.offset));
}

export function rememberItem(v: Virtualize, s: ItemState): void {
  if (v.items.length < MAX_ITEMS) v.items.push(s);
}

/** Emits the delayed item writes that may be item `index` of `list`. */
export function emitLazyItemsAliasing(v: Virtualize, list: Box, index: Box): void {
  const keep: ItemState[] = [];
  for (const e of v.lazyItems) {
    if (mayAliasUnlessSeparated(v, e.list, e.index, list, index)) v.emitLazyItem(e);
    else keep.push(e);
  }
  v.lazyItems = keep;
}

export function mayAlias(v: Virtualize, l1: Box, i1: Box, l2: Box, i2: Box): boolean {
  if (!sameRef(l1, l2)) return !(l1.isConst && l2.isConst) && !knownDistinct(v, l1, l2) && !listsApart(l1, l2, v.data!);
  return !differentInts(i1, i2, v.data!);
}

/**
 * mayAlias, but a constant list (an interpreter's stack) and a list read
 * from the heap (an object's fields) not known apart are told apart by a
 * guard where one can be made (separate): the delayed writes to one stay
 * delayed across reads and writes of the other.
 */
export function mayAliasUnlessSeparated(v: Virtualize, l1: Box, i1: Box, l2: Box, i2: Box): boolean {
  if (!mayAlias(v, l1, i1, l2, i2)) return false;
  if (sameRef(l1, l2) || l1.isConst === l2.isConst) return true;
  return !separate(v, l1, l2);
}

export function knownDistinct(v: Virtualize, a: Box, b: Box): boolean {
  for (let k = 0; k < v.distinctA.length; k++) {
    const x = v.distinctA[k];
    const y = v.distinctB[k];
    if ((sameRef(x, a) && sameRef(y, b)) || (sameRef(x, b) && sameRef(y, a))) return true;
  }
  return false;
}

/**
 * Emits guard_false(ptr_eq(a, b)) and remembers a and b as different
 * objects — when they were different where the trace was recorded, and
 * the guard can resume where the last guard does: nothing
 * with an effect was emitted since (the interpreter then runs again what
 * came between, which only read), not across a label (the last guard
 * would be a round earlier).  False when it cannot.
 */
export function separate(v: Virtualize, a: Box, b: Box): boolean {
  const last = v.lastGuard;
  if (last === null || last.resume === null || v.distinctA.length >= MAX_ITEMS) return false;
  // (the same object when the trace was recorded: the guard would fail on the very path it is on)
  if (a.refValue === b.refValue) return false;
  for (let k = v.lastGuardAt + 1; k < v.out.length; k++) if (hasEffect(v, v.out[k])) return false;
  const same = new Box(KIND_I);
  const test = new ResOp(PTR_EQ, [a, b], -1, same);
  same.op = test;
  if (v.atLabel !== null) v.peel!.madeInBody(same);
  v.out.push(test);
  const guard = new ResOp(GUARD_FALSE, [same], -1, null);
  guard.resume = last.resume;
  guard.virtuals = last.virtuals;
  guard.pending = last.pending;
  v.out.push(guard);
  v.distinctA.push(a);
  v.distinctB.push(b);
  return true;
}

/** Whether running op twice could differ from running it once (a write, a call or op with effects, a label, a jump). */
export function hasEffect(v: Virtualize, op: ResOp): boolean {
  const opnum = op.opnum;
  if (isPureArith(opnum) || isGuard(opnum) || opnum === GETFIELD || opnum === NEW || opnum === DEBUG_MERGE_POINT) return false;
  // (reads, and ops that may raise or fail, do the same again; writes — of the heap, of output — do not)
  if (opnum === OP || opnum === CALL) return v.data!.descrs[op.descr].writesHeap;
  return true;
}

// ---- virtual lists ------------------------------------------------------------------

/** The most items a virtual list has (a longer one is made for real). */
export const MAX_VIRTUAL_LIST = 128;

/** A list_new (its items its operands) or a list_new_filled of a constant length: a virtual list (true), or an ordinary op. */
export function newList(v: Virtualize, op: ResOp): boolean {
  const info = v.data!.descrs[op.descr];
  if (info.setDescr < 0 || op.result === null) return false;
  if (info.opName === "list_new") {
    const n = op.args.length;
    if (n > MAX_VIRTUAL_LIST) return false;
    const vl = v.addVirtual(op.result, op.descr);
    vl.length = n;
    vl.capacity = Math.max(MIN_CAPACITY, n);
    vl.itemKind = n > 0 ? op.args[0].kind : KIND_R; // (no items: no placeholders to make, until one is pushed)
    for (let k = 0; k < n; k++) vl.set(k, op.args[k]);
    return true;
  }
  if (info.opName !== "list_new_filled") return false;
  // (operands by kind: the int length first)
  const len = op.args[0];
  if (!len.isConst || len.intValue < 0 || len.intValue > MAX_VIRTUAL_LIST) return false;
  const vl = v.addVirtual(op.result, op.descr);
  const fill = op.args[1];
  vl.length = len.intValue;
  vl.capacity = Math.max(MIN_CAPACITY, vl.length);
  vl.itemKind = fill.kind;
  vl.fill = fill;
  for (let k = 0; k < vl.length; k++) vl.set(k, fill);
  return true;
}

/** list_len, list_getitem(_opt), list_setitem of a virtual list at a constant index inside it: done on the virtual (true); other uses make it for real first (false: the op goes on as usual). */
export function virtualListOp(v: Virtualize, op: ResOp, name: string): boolean {
  const list = name === "list_len" || name === "list_capacity" ? op.args[0] : name === "list_set_len" ? op.args[1] : itemList(op.args);
  const vl = v.virtualOf(list);
  if (vl === null || vl.length < 0) return false;
  if (name === "list_len" || name === "list_capacity") {
    op.result!.forwarded = constInt(name === "list_len" ? vl.length : vl.capacity);
    return true;
  }
  // push and pop (rts/rlib listPush: a store past the end, then the new length; listPop: a shorter length)
  if (name === "list_store" || name === "list_set_len") {
    const at = knownInt(v, op.args[0]);
    if (at !== null && resizedList(v, vl, name === "list_store" ? at : -1, name === "list_set_len" ? at : -1, name === "list_store" ? itemValue(op.args) : null)) return true;
    v.force(list);
    return false;
  }
  const index = knownInt(v, op.args[0]);
  if (index !== null && index >= 0 && index < vl.length) {
    if (name === "list_setitem") vl.set(index, itemValue(op.args));
    else op.result!.forwarded = vl.get(index)!;
    return true;
  }
  // an index not known, or past the end (the program stops there, or list_getitem_opt reads undefined): a real list
  v.force(list);
  return false;
}

/**
 * An int box's value when this pass knows it: a constant, or a constant
 * plus or minus constants (listPush's `n + 1`, where n is a virtual list's
 * length this pass has just made a constant: the earlier passes saw a box).
 */
function knownInt(v: Virtualize, b: Box): number | null {
  const x = resolve(b);
  if (x.isConst) return x.intValue;
  const o = splitOffset(x, v.data!);
  if (o.base === null) return o.offset;
  const base = resolve(o.base);
  return base.isConst ? base.intValue + o.offset : null;
}

/** The room a list the runtime makes has at least (rts_list_new's MIN_CAP, the llinterp's LLList). */
const MIN_CAPACITY = 4;

/**
 * A virtual list's item `store` written (`value`; at the end: the list
 * grows by it, as listPush's store and new length do together), or its
 * length set to `len` (the same, or shorter: a pop) — within its room.
 * False when it must be made for real first (past its room, a length past
 * its items, no list_new_filled to make it with).
 */
function resizedList(v: Virtualize, vl: VirtualObject, store: number, len: number, value: Box | null): boolean {
  if (store >= 0) {
    if (store > vl.length || store >= vl.capacity) return false;
    if (store < vl.length) {
      vl.set(store, value!);
      return true;
    }
    if (vl.length > 0 && value!.kind !== vl.itemKind) return false;
    if (!madeByFilled(v, vl, value!.kind)) return false;
    vl.set(store, value!);
    vl.length = store + 1;
    return true;
  }
  if (len === vl.length) return true; // (the store before it grew the list already)
  if (len < 0 || len > vl.length || !madeByFilled(v, vl, vl.itemKind)) return false;
  while (vl.values.length > len) {
    vl.values.pop();
    vl.fieldDescrs.pop();
  }
  vl.length = len;
  return true;
}

/** A list_new list about to change its length: made by list_new_filled from now on (its items then written one by one). */
function madeByFilled(v: Virtualize, vl: VirtualObject, kind: number): boolean {
  const info = v.data!.descrs[vl.sizeDescr];
  if (info.opName !== "list_new") return true;
  if (info.filledDescr < 0) return false;
  vl.sizeDescr = info.filledDescr;
  vl.itemKind = kind;
  vl.fill = zeroOf(kind);
  return true;
}

/**
 * Makes virtual list vl for real where the output is now: the op that made
 * it (with placeholders for items that are virtual themselves, which may
 * point back at the list), then list_setitem for each item the op did not
 * put there.
 */
export function forceList(v: Virtualize, vl: VirtualObject): void {
  const b = vl.box;
  const info = v.data!.descrs[vl.sizeDescr];
  const n = vl.length;
  const placed: boolean[] = [];
  let args: Box[];
  if (info.opName === "list_new") {
    args = [];
    for (let k = 0; k < n; k++) {
      const x = vl.values[k];
      const real = v.virtualOf(x) === null;
      args.push(real ? x : zeroOf(x.kind));
      placed.push(real);
    }
  } else {
    const fill = vl.fill!;
    const real = v.virtualOf(fill) === null;
    args = [constInt(n), real ? fill : zeroOf(fill.kind)];
    for (let k = 0; k < n; k++) placed.push(real && vl.values[k] === fill);
  }
  const make = new ResOp(OP, args, vl.sizeDescr, b);
  b.op = make;
  v.out.push(make);
  for (let k = 0; k < n; k++) {
    if (placed[k]) continue;
    const x = vl.values[k];
    v.force(x);
    v.out.push(new ResOp(OP, setitemArgs(constInt(k), b, x), info.setDescr, null));
  }
}
