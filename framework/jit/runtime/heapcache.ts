// The metainterp's heap cache (RPython's pyjitpl heapcache.py): while a
// trace is recorded, the value last read from or written to a field of an
// object box.  A second read of it is not recorded: the trace uses the box
// it already has, so what follows a store into a frame the trace allocated
// (the interpreter's call frame, its closure, its code) stays a constant
// where it was one — the callee's instruction fetch then folds.  A store
// forgets the field of every object that may be the same one (an object
// the trace allocated is distinct from every other until it escapes:
// stored into an object that is not such an unescaped one, into a list,
// or passed to a call or op that may keep it — then a pointer read back
// from the heap may be it, as RPython's heapcache tracks); a call or op forgets the
// fields its effects say it may write.  Module-level variables are kept the
// same way (the value last read or written; forgotten by a call that may
// write them).  RTS code.
import type { DescrInfo, JitData } from "./jitdata.ts";
import { CALL, INT_ADD, INT_SUB, KIND_I, KIND_R, OP, sameRef, type Box, type ResOp } from "./resoperation.ts";

class ItemEntry {
  constructor(
    public list: Box,
    public index: Box,
    public value: Box,
  ) {}
}

class FieldEntries {
  readonly objs: Box[] = [];
  readonly values: Box[] = [];
}

export class MIHeapCache {
  /** Per field descr: the objects whose value is known, and the value. */
  private fields = new Map<number, FieldEntries>();
  /** List items the trace knows. */
  private items: ItemEntry[] = [];
  /** Lists whose length the trace knows (list_len read it, list_set_len set it, list_new made it empty), and the length. */
  private lenLists: Box[] = [];
  private lenValues: Box[] = [];
  /** Objects the trace allocated (NEW results). */
  private fresh: Box[] = [];
  /** Those of them that escaped (stored where the trace may read them back through another box, or given to a call). */
  private escaped: Box[] = [];
  /** Pairs (an unescaped fresh object, a fresh object stored in it): the second escapes with the first. */
  private holders: Box[] = [];
  private held: Box[] = [];
  /** Module-level variables the trace knows (getglobal / setglobal): their ids, names and values. */
  private globalIds: number[] = [];
  private globalNames: string[] = [];
  private globalValues: Box[] = [];
  constructor(private readonly data: JitData) {}

  reset(): void {
    this.fields = new Map<number, FieldEntries>();
    this.items = [];
    this.lenLists = [];
    this.lenValues = [];
    this.fresh = [];
    this.escaped = [];
    this.holders = [];
    this.held = [];
    this.forgetGlobals(null);
  }

  /** Box `old` is `now` from here on (a guard made it a constant): what the trace knows of it or through it says so. */
  replace(old: Box, now: Box): void {
    for (const e of this.fields.values()) {
      for (let k = 0; k < e.objs.length; k++) {
        if (e.objs[k] === old) e.objs[k] = now;
        if (e.values[k] === old) e.values[k] = now;
      }
    }
    for (const e of this.items) {
      if (e.list === old) e.list = now;
      if (e.index === old) e.index = now;
      if (e.value === old) e.value = now;
    }
    for (let k = 0; k < this.globalValues.length; k++) if (this.globalValues[k] === old) this.globalValues[k] = now;
    for (let k = 0; k < this.lenLists.length; k++) {
      if (this.lenLists[k] === old) this.lenLists[k] = now;
      if (this.lenValues[k] === old) this.lenValues[k] = now;
    }
  }

  /** The box the length of `list` is, if the trace knows it. */
  lookupLen(list: Box): Box | null {
    for (let k = 0; k < this.lenLists.length; k++) if (sameRef(this.lenLists[k], list)) return this.lenValues[k];
    return null;
  }

  /** `list` is n long (read so, or made so by list_set_len: lists that may be this one forget theirs). */
  rememberLen(list: Box, n: Box, set: boolean): void {
    const lists: Box[] = [];
    const values: Box[] = [];
    for (let k = 0; k < this.lenLists.length; k++) {
      const l = this.lenLists[k];
      if (sameRef(l, list)) continue;
      if (set && !this.otherLists(l, list)) continue;
      lists.push(l);
      values.push(this.lenValues[k]);
    }
    if (lists.length < MAX_ITEMS) {
      lists.push(list);
      values.push(n);
    }
    this.lenLists = lists;
    this.lenValues = values;
  }

  /** An object the trace allocated that nothing else can reach yet: no other box is it. */
  private unescaped(b: Box): boolean {
    return this.fresh.includes(b) && !this.escaped.includes(b);
  }

  /** b (and what it holds) may now be reached through other boxes. */
  escape(b: Box): void {
    if (b.kind !== KIND_R || !this.unescaped(b)) return;
    this.escaped.push(b);
    for (let k = 0; k < this.holders.length; k++) if (this.holders[k] === b) this.escape(this.held[k]);
  }

  /** The box module-level variable `id` holds, if the trace knows it. */
  lookupGlobal(id: number): Box | null {
    const k = this.globalIds.indexOf(id);
    return k < 0 ? null : this.globalValues[k];
  }

  /** Module-level variable `id` (named `name`) was read or written: it holds v. */
  rememberGlobal(id: number, name: string, v: Box): void {
    const k = this.globalIds.indexOf(id);
    if (k >= 0) this.globalValues[k] = v;
    else {
      this.globalIds.push(id);
      this.globalNames.push(name);
      this.globalValues.push(v);
    }
  }

  /** Forgets the module-level variables of these names (null: all). */
  private forgetGlobals(names: string[] | null): void {
    const ids: number[] = [];
    const kept: string[] = [];
    const values: Box[] = [];
    if (names !== null) {
      for (let k = 0; k < this.globalIds.length; k++) {
        if (names.indexOf(this.globalNames[k]) >= 0) continue;
        ids.push(this.globalIds[k]);
        kept.push(this.globalNames[k]);
        values.push(this.globalValues[k]);
      }
    }
    this.globalIds = ids;
    this.globalNames = kept;
    this.globalValues = values;
  }

  /** The box field d of obj holds, if the trace knows it. */
  lookup(obj: Box, d: number): Box | null {
    const e = this.fields.get(d);
    if (e === undefined) return null;
    for (let k = 0; k < e.objs.length; k++) if (sameRef(e.objs[k], obj)) return e.values[k];
    return null;
  }

  /** A read of field d of obj gave v. */
  remember(obj: Box, d: number, v: Box): void {
    let e = this.fields.get(d);
    if (e === undefined) {
      e = new FieldEntries();
      this.fields.set(d, e);
    }
    for (let k = 0; k < e.objs.length; k++) {
      if (sameRef(e.objs[k], obj)) {
        e.values[k] = v;
        return;
      }
    }
    e.objs.push(obj);
    e.values.push(v);
  }

  /** A store of v into field d of obj: other objects that may be obj forget the field. */
  stored(obj: Box, d: number, v: Box): void {
    if (v.kind === KIND_R && this.unescaped(v)) {
      if (this.unescaped(obj)) {
        this.holders.push(obj);
        this.held.push(v);
      } else this.escape(v);
    }
    const e = this.fields.get(d);
    if (e !== undefined && !this.unescaped(obj)) {
      const keep = new FieldEntries();
      for (let k = 0; k < e.objs.length; k++) {
        if (!sameRef(e.objs[k], obj) && this.unescaped(e.objs[k])) {
          keep.objs.push(e.objs[k]);
          keep.values.push(e.values[k]);
        }
      }
      this.fields.set(d, keep);
    }
    this.remember(obj, d, v);
  }

  /** Whether two list boxes that are not one box are different lists: one the trace allocated and nothing else reached, two constants, or lists a virtualizable's promise keeps apart. */
  private otherLists(a: Box, b: Box): boolean {
    return this.unescaped(a) || this.unescaped(b) || (a.isConst && b.isConst) || listsApart(a, b, this.data);
  }

  /** The box item `index` of `list` holds, if the trace knows it. */
  lookupItem(list: Box, index: Box): Box | null {
    for (const e of this.items) if (sameRef(e.list, list) && sameInt(e.index, index, this.data)) return e.value;
    return null;
  }

  rememberItem(list: Box, index: Box, v: Box): void {
    if (this.items.length < MAX_ITEMS) this.items.push(new ItemEntry(list, index, v));
  }

  /** A store of v into item `index` of `list`: items of lists that may be this one, at indexes that may be this one, are forgotten. */
  storedItem(list: Box, index: Box, v: Box): void {
    const keep: ItemEntry[] = [];
    for (const e of this.items) {
      const otherList = !sameRef(e.list, list) && this.otherLists(e.list, list);
      const otherIndex = differentInts(e.index, index, this.data);
      if (otherList || (sameRef(e.list, list) && otherIndex)) keep.push(e);
    }
    this.items = keep;
    this.rememberItem(list, index, v);
  }

  allocated(obj: Box): void {
    this.fresh.push(obj);
  }

  /** A call or op with descr d ran on args: the fields and list items it may write are forgotten (all of them when its effects are unknown). */
  called(d: number, args: Box[]): void {
    const info = this.data.descrs[d];
    if (info.writtenGlobals === null || info.writtenGlobals.length > 0) this.forgetGlobals(info.writtenGlobals);
    // (list_store writes an item, list_set_len a length the metainterp then remembers)
    if ((info.writesLists || info.writtenFields === null) && info.opName !== "list_store") {
      this.lenLists = [];
      this.lenValues = [];
    }
    if (info.writesLists) {
      // (a virtualizable's arrays only if the call may reach them)
      const keep: ItemEntry[] = [];
      for (const e of this.items) if (e.list.vableItems >= 0 && !reachesVableArray(info, args, e.list, this.data)) keep.push(e);
      this.items = keep;
    }
    const written = info.writtenFields;
    if (written === null) {
      this.fields = new Map<number, FieldEntries>();
      this.items = [];
      return;
    }
    if (written.length === 0) return;
    const drop: number[] = [];
    for (const fd of this.fields.keys()) if (written.includes(this.data.descrs[fd].fieldName)) drop.push(fd);
    for (const fd of drop) this.fields.delete(fd);
  }
}

/** A trace knows this many list items at most (a long trace would otherwise search a long list). */
const MAX_ITEMS = 64;

/** An int box as a base box plus a constant (splitOffset); a constant has no base. */
export class IntOffset {
  constructor(
    readonly base: Box | null,
    readonly offset: number,
  ) {}
}

/**
 * Whether two int boxes are equal: the same constant, or the same base box
 * plus the same constant offset (sp - 1 computed twice).
 */
export function sameInt(a: Box, b: Box, data: JitData): boolean {
  if (a === b) return true;
  const x = splitOffset(a, data);
  const y = splitOffset(b, data);
  return x.base === y.base && x.offset === y.offset;
}

/**
 * Whether two int boxes cannot be equal: different constants, or the same
 * base box plus different constant offsets (int_add/int_sub, and jsint_add/
 * jsint_sub, exact for the indexes of items that exist).
 */
export function differentInts(a: Box, b: Box, data: JitData): boolean {
  const x = splitOffset(a, data);
  const y = splitOffset(b, data);
  return x.base === y.base && x.offset !== y.offset;
}

/** The box b is a constant offset from, through int_add/int_sub and jsint_add/jsint_sub of constants, and the offset (a constant: no base, its value). */
export function splitOffset(b: Box, data: JitData): IntOffset {
  return offsetChain(b, data, true);
}

/** As splitOffset, through plain int_add/int_sub only: exact, unlike the checked jsint ops past ±2^53. */
export function exactOffset(b: Box, data: JitData): IntOffset {
  return offsetChain(b, data, false);
}

function offsetChain(b: Box, data: JitData, checked: boolean): IntOffset {
  if (b.isConst) return new IntOffset(null, b.intValue);
  let x = b;
  let offset = 0;
  for (let depth = 0; depth < 16 && x.op !== null && !x.isConst; depth++) {
    const op = x.op;
    const sign = constantStep(op, data, checked);
    if (sign === 0) break;
    // (no multiplication: an int times an int of unknown sign may be -0 to the annotator)
    offset = sign > 0 ? offset + op.args[1].intValue : offset - op.args[1].intValue;
    x = op.args[0];
  }
  return new IntOffset(x, offset);
}

/** 1 for an int x + c, -1 for x - c (plain, or with `checked` the jsint ops too), else 0. */
export function constantStep(op: ResOp, data: JitData, checked: boolean): number {
  if (op.args.length !== 2 || !op.args[1].isConst || op.args[0].kind !== KIND_I) return 0;
  if (op.opnum === INT_ADD) return 1;
  if (op.opnum === INT_SUB) return -1;
  if (!checked || op.opnum !== OP || op.descr < 0) return 0;
  const name = data.descrs[op.descr].opName;
  return name === "jsint_add" ? 1 : name === "jsint_sub" ? -1 : 0;
}

// ---- virtualizable arrays -------------------------------------------------------------
// rts/jit virtualizable "name[*]": the array in such a field is the
// frame's own (the translator checks it: made by an array literal, stored
// in one such field, used only through it), so it is no other list.

/** Whether list box b (read from no virtualizable array field) may be a virtualizable's array all the same: an input (a trace's, a bridge's, a label's), a constant, or a list the trace made (it may be stored into such a field). */
export function mayBeVableArray(b: Box, data: JitData): boolean {
  if (b.vableItems >= 0 || b.isConst) return true;
  const op = b.op;
  if (op === null) return true;
  const name = data.descrs[op.descr].opName;
  return (op.opnum === OP || op.opnum === CALL) && (name === "list_new" || name === "list_new_filled");
}

/** Whether two list boxes the trace does not know to be one object are different lists by virtualizable's promise (arrays of two different such fields, or such an array and a list that cannot be one). */
export function listsApart(a: Box, b: Box, data: JitData): boolean {
  if (a.isConst && b.isConst) return a.refValue !== b.refValue;
  const va = a.vableItems;
  const vb = b.vableItems;
  if (va < 0 && vb < 0) return false;
  if (va >= 0 && vb >= 0) return va !== vb;
  return !mayBeVableArray(va >= 0 ? b : a, data);
}

/** Whether a call or op (descr info, operands args) may read or write virtualizable array `list`: its effects are unknown, it is given the array (or what may be it), or it reads a field holding such an array (the one way to reach it). */
export function reachesVableArray(info: DescrInfo, args: Box[], list: Box, data: JitData): boolean {
  const read = info.readFields;
  if (read === null || info.writtenFields === null) return true;
  for (const a of args) if (a.kind === KIND_R && (sameRef(a, list) || !listsApart(a, list, data))) return true;
  for (const name of data.vableArrayFields) if (read.indexOf(name) >= 0) return true;
  return false;
}
