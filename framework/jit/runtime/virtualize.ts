// Allocation removal and the optimizer's heap model in one pass (RPython's
// optimizeopt/virtualize.py, heap.py and the class knowledge of
// optimizer.py).  RTS code.
//
// - **Virtuals.**  A `new` is not emitted: the object is *virtual*, its
//   fields are boxes the pass tracks, reads of them are those boxes.  It is
//   made for real (forced: `new` and its setfields emitted where it
//   escapes) only when something may see it: an op or call it is passed to,
//   the loop's jump, a write into a non-virtual object that is emitted.  A
//   guard's resume data describes the virtuals it mentions, and the resume
//   makes them when the guard fails.  So the interpreter's boxed numbers
//   that live only from one instruction to the next never exist.
// - **Delayed writes.**  A setfield of a non-virtual object, and a list's
//   setitem, is held back: a later write of the same place replaces it, a
//   read of it is its value, and it is emitted only when something may read
//   it (a read of the same field of another object, an op or call whose
//   effects read it, the jump).  The writes pending at a guard go into its
//   resume data (PendingWrite) and are done when it fails: the interpreter's
//   stack pointer and value stack are written once per loop iteration, not
//   once per instruction.
// - **Heap cache.**  A field or list item read after a read or write of it
//   is the known value, until something may write it.
// - **Known classes.**  A box made by `new`, or one a passed `instanceof`
//   guard tested, has a known class: later `instanceof` tests of it fold,
//   checked casts of it are the box itself, null tests of it are false.
// List items (their reads, delayed writes, bounds and aliasing) are
// virtualize-items.ts's.
import { DESCR_SIZE, type DescrInfo, type JitData } from "./jitdata.ts";
import { reachesVableArray } from "./heapcache.ts";
import { OptPass } from "./optimizer.ts";
import {
  BOOL_NOT, Box, CALL, FINISH, GETFIELD, GUARD_FALSE, GUARD_TRUE, INT_GE, INT_LT, JUMP, KIND_F, KIND_I, KIND_R, LABEL, NEW, OP, PTR_EQ, PTR_ISZERO, PTR_NE, PTR_NONZERO, PendingWrite, ResOp, ResumeVirtual, SETFIELD,
  constInt, idOf, isGuard, isNegativeZero, jumpsIntoBody, returnsFromPortal, sameRef, zeroOf,
} from "./resoperation.ts";
import { LabelState, closeLoop } from "./unroll.ts";
import { closeIntoBody } from "./bodyentry.ts";
import { CheckedRange, ItemState, forceList, getitem, learnBounds, newList, setitem, virtualListOp } from "./virtualize-items.ts";

export class VirtualObject {
  readonly fieldDescrs: number[] = [];
  readonly values: Box[] = [];
  /** A virtual list (virtualize-items.ts): its length (its items are values, fieldDescrs their indexes); -1: an object. */
  length = -1;
  itemKind = -1;
  /** A list_new_filled list's fill value (the op that makes it for real fills with it). */
  fill: Box | null = null;
  /** A virtual list's room (the runtime's: at least 4, else its length when made): items pushed up to it stay virtual. */
  capacity = 0;
  /** The last describeResume that listed it (a guard lists a virtual once). */
  describedIn = 0;
  constructor(
    readonly box: Box,
    /** An object's size descr; a list's: the op that makes it (list_new_filled once its length changed). */
    public sizeDescr: number,
  ) {}

  copy(): VirtualObject {
    const c = new VirtualObject(this.box, this.sizeDescr);
    for (let k = 0; k < this.fieldDescrs.length; k++) c.set(this.fieldDescrs[k], this.values[k]);
    c.length = this.length;
    c.itemKind = this.itemKind;
    c.fill = this.fill;
    c.capacity = this.capacity;
    return c;
  }

  get(d: number): Box | null {
    if (this.length >= 0) return d < this.values.length ? this.values[d] : null;
    for (let k = 0; k < this.fieldDescrs.length; k++) if (this.fieldDescrs[k] === d) return this.values[k];
    return null;
  }

  set(d: number, v: Box): void {
    if (this.length >= 0 && d < this.values.length) {
      this.values[d] = v;
      return;
    }
    for (let k = 0; k < this.fieldDescrs.length; k++) {
      if (this.fieldDescrs[k] === d) {
        this.values[k] = v;
        return;
      }
    }
    this.fieldDescrs.push(d);
    this.values.push(v);
  }
}

/** What the pass knows of one field (by descr): values on some objects, and at most one delayed write. */
export class FieldState {
  objs: Box[] = [];
  values: Box[] = [];
  /** The delayed setfield, or null. */
  lazy: ResOp | null = null;

  lookup(obj: Box): Box | null {
    for (let k = 0; k < this.objs.length; k++) if (sameRef(this.objs[k], obj)) return this.values[k];
    return null;
  }

  /** obj's field holds v; other objects' may have changed (they may be obj). */
  stored(obj: Box, v: Box): void {
    this.objs = [obj];
    this.values = [v];
  }

  remember(obj: Box, v: Box): void {
    this.objs.push(obj);
    this.values.push(v);
  }
}


export class Virtualize extends OptPass {
  readonly name = "virtualize";
  // (data, out, fields, lazyItems, virtualOf, force and the emitLazy* methods are closeLoop's too: unroll.ts)
  data: JitData | null = null;
  private virtuals = new Map<number, VirtualObject>();
  fields = new Map<number, FieldState>();
  items: ItemState[] = [];
  lazyItems: ItemState[] = [];
  /** Boxes whose class is known: the type id range it is in (by box id). */
  private knownMin = new Map<number, number>();
  private knownMax = new Map<number, number>();
  /** Boxes (by id) known not to be null: a field of them was read or written. */
  private nonNull = new Set<number>();
  /** Optional values (by id) made from a plain one (bool_to_optbool): never null or undefined, and narrowed back to that value. */
  private plainOf = new Map<number, Box>();
  /** describeResume's last lists of delayed writes and virtuals, and the description of each virtual (by box id) it made last. */
  private lastPending: PendingWrite[] | null = null;
  private lastVirtuals: ResumeVirtual[] | null = null;
  private described = new Map<number, ResumeVirtual>();
  /** Where forced objects and delayed writes are emitted (the pass's output). */
  out: ResOp[] = [];
  /** A peeled loop's body label passed: what held there. */
  atLabel: LabelState | null = null;
  /** The last guard emitted and its place in the output (a guard made later may resume where it does: separate). */
  lastGuard: ResOp | null = null;
  lastGuardAt = -1;
  /** Pairs of lists a passed guard showed to be different objects (distinctA[k] is not distinctB[k]). */
  distinctA: Box[] = [];
  distinctB: Box[] = [];
  /**
   * Lengths list_len read (by the list box's id), until an op may change a
   * list's length: the same list reached twice (an inlined call's field read
   * CSE'd into the caller's) read its length once.  Not across a label.
   */
  private lens = new Map<number, Box>();

  start(data: JitData): void {
    this.data = data;
    this.lastPending = null;
    this.lastVirtuals = null;
    this.described = new Map<number, ResumeVirtual>();
    this.virtuals = new Map<number, VirtualObject>();
    this.fields = new Map<number, FieldState>();
    this.items = [];
    this.lazyItems = [];
    this.knownMin = new Map<number, number>();
    this.knownMax = new Map<number, number>();
    this.nonNull = new Set<number>();
    this.plainOf = new Map<number, Box>();
    this.checkedRanges = [];
    this.boundRanges = [];
    this.atLabel = null;
    this.lastGuard = null;
    this.lastGuardAt = -1;
    this.distinctA = [];
    this.distinctB = [];
    this.lens = new Map<number, Box>();
  }

  op(op: ResOp, out: ResOp[]): void {
    this.out = out;
    const opnum = op.opnum;
    const d = op.descr;
    if (opnum === NEW && this.data!.descrs[d].kind === DESCR_SIZE) {
      const info = this.data!.descrs[d];
      const r = op.result!;
      this.virtuals.set(idOf(r), new VirtualObject(r, d));
      this.knowClass(r, info.tid, info.tid);
      return;
    }
    if ((opnum === OP || opnum === CALL) && newList(this, op)) return;
    if (opnum === GETFIELD) return this.getfield(op);
    if (opnum === SETFIELD) return this.setfield(op);
    if (opnum === OP && this.specialOp(op)) return;
    if (opnum === PTR_EQ || opnum === PTR_NE || opnum === PTR_ISZERO || opnum === PTR_NONZERO) {
      if (this.pointerTest(op)) return;
      out.push(op);
      return;
    }
    if (opnum === OP || opnum === CALL) {
      this.ordinary(op, this.data!.descrs[d]);
      return;
    }
    if (returnsFromPortal(op)) {
      // the portal returns: its result escapes, every delayed write is done
      for (const a of op.args) this.force(a);
      this.emitAllLazy();
      out.push(op);
      return;
    }
    if (isGuard(opnum) || opnum === FINISH) {
      for (const a of op.args) this.force(a);
      this.learnFromGuard(op);
      this.describeResume(op);
      out.push(op);
      if (opnum !== FINISH) {
        this.lastGuard = op;
        this.lastGuardAt = out.length - 1;
      }
      return;
    }
    if (opnum === LABEL) this.lens = new Map<number, Box>();
    if (opnum === LABEL && this.peel !== null && op === this.peel.label) {
      out.push(op);
      // (peeled again after the body's reliance on them kept the loop from closing: the body learns its own)
      if (!this.peel.boundsAcrossLabel) this.boundRanges = [];
      this.atLabel = this.labelState(out.length - 1);
      return;
    }
    if (opnum === JUMP) {
      // a peeled loop's body jumps back to its own label; a bridge laid out to go into a loop's body jumps there
      if (this.atLabel !== null && op.descr === -1 && closeLoop(this)) return;
      if (this.intoBody !== null && jumpsIntoBody(op) && closeIntoBody(this, this.intoBody)) return;
      for (const a of op.args) this.force(a);
      this.emitAllLazy();
      out.push(op);
      return;
    }
    // arithmetic, labels: ints and floats only
    out.push(op);
  }

  /** An op or call emitted as it is: its operands escape, and it sees the heap its effects say. */
  private ordinary(op: ResOp, info: DescrInfo): void {
    for (const a of op.args) this.force(a);
    this.emitLazyFor(info, op.args);
    this.forget(info, op.args);
    this.out.push(op);
  }

  /** What holds at a peeled loop's body label (closeLoop matches the body's end against it). */
  private labelState(at: number): LabelState {
    const virtuals = new Map<number, VirtualObject>();
    for (const [id, v] of this.virtuals) virtuals.set(id, v.copy());
    return new LabelState(at, virtuals, this.pendingWrites(), this.boundRanges.slice(0));
  }

  // ---- virtuals ----------------------------------------------------------------------

  /** A virtual (an object of size descr d, or a list the op of descr d made) that box b stands for from now on. */
  addVirtual(b: Box, d: number): VirtualObject {
    const v = new VirtualObject(b, d);
    this.virtuals.set(idOf(b), v);
    return v;
  }

  virtualOf(b: Box): VirtualObject | null {
    if (b.kind !== KIND_R || b.isConst || b.id === 0) return null;
    return this.virtuals.get(b.id) ?? null;
  }

  /** Makes virtual b for real where the output is now: `new` and its fields (b stays its box). */
  force(b: Box): void {
    const v = this.virtualOf(b);
    if (v === null) return;
    // no longer virtual before its fields are forced: a cycle of virtuals ends here
    this.virtuals.delete(b.id);
    if (v.length >= 0) return forceList(this, v);
    const alloc = new ResOp(NEW, [], v.sizeDescr, b);
    b.op = alloc;
    this.out.push(alloc);
    for (let k = 0; k < v.fieldDescrs.length; k++) {
      const value = v.values[k];
      this.force(value);
      // (a new object's memory is zeroed: a field set to what zeroed memory holds needs no store — RPython's forcing skips null fields too)
      if (!isZeroWord(value) || !this.data!.descrs[v.fieldDescrs[k]].zeroIsZero) this.out.push(new ResOp(SETFIELD, [b, value], v.fieldDescrs[k], null));
      this.field(v.fieldDescrs[k]).remember(b, value);
    }
  }

  // ---- fields -------------------------------------------------------------------------

  private field(d: number): FieldState {
    let s = this.fields.get(d);
    if (s === undefined) {
      s = new FieldState();
      this.fields.set(d, s);
    }
    return s;
  }

  private getfield(op: ResOp): void {
    const obj = op.args[0];
    const r = op.result!;
    const v = this.virtualOf(obj);
    if (v !== null) {
      r.forwarded = v.get(op.descr) ?? zeroOf(r.kind);
      return;
    }
    const s = this.field(op.descr);
    const known = s.lookup(obj);
    if (known !== null) {
      r.forwarded = known;
      return;
    }
    // a delayed write of this field of another object: that object may be this one
    if (s.lazy !== null) this.emitLazyField(s);
    this.out.push(op);
    s.remember(obj, r);
    this.knowNonNull(obj);
  }

  private setfield(op: ResOp): void {
    const obj = op.args[0];
    const value = op.args[1];
    const v = this.virtualOf(obj);
    if (v !== null) {
      v.set(op.descr, value);
      return;
    }
    const s = this.field(op.descr);
    // the value it has already: nothing to write
    if (s.lookup(obj) === value) return;
    if (s.lazy !== null && !sameRef(s.lazy.args[0], obj)) this.emitLazyField(s);
    if (!this.isNonNull(obj)) {
      // a write to an object that may be null stops the program where the interpreter would: done now —
      // or, to keep a virtual value virtual, a write of zero now (nothing sees it before the delayed write)
      this.knowNonNull(obj);
      if (this.virtualOf(value) === null) {
        if (s.lazy !== null) s.lazy = null; // (one of this object's: replaced)
        this.out.push(op);
        s.stored(obj, value);
        return;
      }
      this.out.push(new ResOp(SETFIELD, [obj, zeroOf(value.kind)], op.descr, null));
    }
    s.lazy = op;
    s.stored(obj, value);
  }

  emitLazyField(s: FieldState): void {
    const op = s.lazy!;
    s.lazy = null;
    this.force(op.args[1]);
    this.out.push(op);
  }

  // ---- list items ------------------------------------------------------------------------

  /** list_getitem, list_setitem, instanceof, checked_cast, is_null, check_nonnull: handled here (true), or an ordinary op. */
  private specialOp(op: ResOp): boolean {
    const info = this.data!.descrs[op.descr];
    const name = info.opName;
    if ((name === "list_len" || name === "list_getitem" || name === "list_getitem_opt" || name === "list_setitem" || name === "list_capacity" || name === "list_store" || name === "list_set_len") && virtualListOp(this, op, name)) return true;
    if (name === "list_len" && !op.args[0].isConst) {
      const id = idOf(op.args[0]);
      const known = this.lens.get(id);
      if (known !== undefined) {
        op.result!.forwarded = known;
        return true;
      }
      this.ordinary(op, info);
      this.lens.set(id, op.result!);
      return true;
    }
    if (name === "list_getitem" || name === "list_getitem_opt") {
      getitem(this, op, name === "list_getitem_opt");
      return true;
    }
    if (name === "list_setitem") {
      setitem(this, op);
      return true;
    }
    if (name === "bool_to_optbool") {
      // (a boolean method's `true | false | null` result, say, tested and narrowed right after the call inlined)
      this.plainOf.set(idOf(op.result!), op.args[0]);
      this.out.push(op);
      return true;
    }
    if ((name === "is_null" || name === "is_undef" || name === "is_nullish" || name === "opt_narrow") && op.args[0].id !== 0 && this.plainOf.has(op.args[0].id)) {
      op.result!.forwarded = name === "opt_narrow" ? this.plainOf.get(op.args[0].id)! : constInt(0);
      return true;
    }
    if (name === "instanceof" || name === "checked_cast" || name === "is_null" || name === "check_nonnull") {
      const p = op.args[0];
      const r = op.result!;
      const known = p.id !== 0 && this.knownMin.has(p.id);
      const notNull = this.isNonNull(p) || this.virtualOf(p) !== null;
      if ((name === "is_null" || name === "check_nonnull") && notNull) {
        r.forwarded = name === "is_null" ? constInt(0) : p;
        return true;
      }
      if (name === "check_nonnull") {
        this.out.push(op);
        this.knowNonNull(p);
        return true;
      }
      if (known && name !== "is_null") {
        const lo = this.knownMin.get(p.id)!;
        const hi = this.knownMax.get(p.id)!;
        const inside = lo >= info.tid && hi <= info.tidMax;
        if (name === "checked_cast" && inside) {
          r.forwarded = p;
          return true;
        }
        if (name === "instanceof" && (inside || hi < info.tid || lo > info.tidMax)) {
          r.forwarded = constInt(inside ? 1 : 0);
          return true;
        }
      }
      // (an instanceof or a cast does not let the object escape, but its result is what is tested next)
      this.force(p);
      this.out.push(op);
      return true;
    }
    return false;
  }

  /**
   * Items an access has shown exist (their list is not null, the index in
   * range), until a list may change its length: per list and index base
   * box, the lowest and highest offsets checked — every index between
   * exists too (stack slots sp+0 … sp+3).
   */
  checkedRanges: CheckedRange[] = [];

  /** What passed guards say of indexes: below a list's length (list set, hi), or not negative (list null, lo). */
  boundRanges: CheckedRange[] = [];

  /** The index ranges passed guards showed (bodyentry.ts). */
  ranges(): CheckedRange[] {
    return this.boundRanges;
  }

  private isNonNull(b: Box): boolean {
    if (b.isConst) return b.refValue !== null;
    return b.id !== 0 && (this.nonNull.has(b.id) || this.knownMin.has(b.id));
  }

  emitLazyItem(e: ItemState): void {
    this.force(e.value);
    this.out.push(e.op!);
  }

  // ---- effects ---------------------------------------------------------------------------

  /** Before an op or call (operands args): the delayed writes it may read or write are emitted. */
  private emitLazyFor(info: DescrInfo, args: Box[]): void {
    const readF = info.readFields;
    const writeF = info.writtenFields;
    for (const [d, s] of this.fields) {
      if (s.lazy === null) continue;
      const name = this.data!.descrs[d].fieldName;
      if (readF === null || writeF === null || readF.indexOf(name) >= 0 || writeF.indexOf(name) >= 0) this.emitLazyField(s);
    }
    // (a list's length does not depend on its items)
    const lists = readF === null || writeF === null || info.writesLists || (info.readsLists && info.opName !== "list_len");
    if (!lists) return;
    // (a virtualizable's array only if the op may reach it)
    const keep: ItemState[] = [];
    for (const e of this.lazyItems) {
      if (e.list.vableItems >= 0 && !reachesVableArray(info, args, e.list, this.data!)) keep.push(e);
      else this.emitLazyItem(e);
    }
    this.lazyItems = keep;
  }

  /** Whether an op or call (descr info, operands args) that may write list items can leave `list`'s alone: a virtualizable's array it cannot reach. */
  private untouched(list: Box | null, info: DescrInfo, args: Box[]): boolean {
    return list !== null && list.vableItems >= 0 && !reachesVableArray(info, args, list, this.data!);
  }

  /** After an op or call (operands args): what it may have written is no longer known. */
  private forget(info: DescrInfo, args: Box[]): void {
    const written = info.writtenFields;
    if (this.atLabel !== null && (written === null || info.writesLists)) {
      // (the bounds the body took across its label hold while their lists keep their lengths)
      for (const r of this.atLabel.bounds) if (r.list !== null && (written === null || !this.untouched(r.list, info, args))) this.atLabel.listsForgotten = true;
    }
    // (an item's store keeps every list's length)
    if (written === null || (info.writesLists && info.opName !== "list_setitem" && info.opName !== "list_store")) this.lens = new Map<number, Box>();
    if (written === null) {
      this.fields = new Map<number, FieldState>();
      this.items = [];
      this.checkedRanges = [];
      this.boundRanges = [];
      return;
    }
    if (info.writesLists) {
      // (what is known of a virtualizable's arrays the op cannot reach stays; an index's lower bound is no list's)
      const items: ItemState[] = [];
      for (const e of this.items) if (this.untouched(e.list, info, args)) items.push(e);
      this.items = items;
      const checked: CheckedRange[] = [];
      for (const r of this.checkedRanges) if (this.untouched(r.list, info, args)) checked.push(r);
      this.checkedRanges = checked;
      const bounds: CheckedRange[] = [];
      for (const r of this.boundRanges) if (r.list === null || this.untouched(r.list, info, args)) bounds.push(r);
      this.boundRanges = bounds;
    }
    if (written.length === 0) return;
    for (const [d, s] of this.fields) {
      if (written.indexOf(this.data!.descrs[d].fieldName) >= 0) {
        s.objs = [];
        s.values = [];
      }
    }
  }

  private emitAllLazy(): void {
    for (const s of this.fields.values()) if (s.lazy !== null) this.emitLazyField(s);
    this.emitAllLazyItems();
  }

  private emitAllLazyItems(): void {
    const all = this.lazyItems;
    this.lazyItems = [];
    for (const e of all) this.emitLazyItem(e);
  }

  // ---- guards ------------------------------------------------------------------------------

  private knowNonNull(b: Box): void {
    if (!b.isConst) this.nonNull.add(idOf(b));
  }

  private knowClass(b: Box, lo: number, hi: number): void {
    const id = idOf(b);
    this.knownMin.set(id, lo);
    this.knownMax.set(id, hi);
  }

  /**
   * A guard that passed on `instanceof p` (guard_true, or guard_false of its
   * negation): p's class is known; one that passed on `is_null p` being false:
   * p is not null (a check_nonnull of it after folds).
   */
  private learnFromGuard(g: ResOp): void {
    if (g.opnum !== GUARD_TRUE && g.opnum !== GUARD_FALSE) return;
    let test = g.args[0].op;
    if (g.opnum === GUARD_TRUE && test !== null && (test.opnum === INT_LT || test.opnum === INT_GE)) learnBounds(this, test);
    let holds = g.opnum === GUARD_TRUE;
    if (test !== null && test.opnum === BOOL_NOT) {
      holds = !holds;
      test = test.args[0].op;
    }
    if (test === null || test.opnum !== OP) return;
    const info = this.data!.descrs[test.descr];
    if (!holds && (info.opName === "is_null" || info.opName === "is_nullish")) {
      this.knowNonNull(test.args[0]);
      return;
    }
    if (!holds || info.opName !== "instanceof") return;
    const p = test.args[0];
    if (p.id !== 0 && this.knownMin.has(p.id)) return;
    this.knowClass(p, info.tid, info.tidMax);
  }

  /** The writes delayed now: fields, then list items — the last guard's list when they are the same writes. */
  private pendingWrites(): PendingWrite[] {
    const pending: PendingWrite[] = [];
    for (const [d, s] of this.fields) if (s.lazy !== null) pending.push(new PendingWrite(d, s.lazy.args[0], null, s.lazy.args[1]));
    for (const e of this.lazyItems) pending.push(new PendingWrite(e.op!.descr, e.list, e.index, e.value));
    const last = this.lastPending;
    if (last !== null && last.length === pending.length) {
      let same = true;
      for (let k = 0; k < last.length && same; k++) {
        const a = last[k];
        const b = pending[k];
        same = a.descr === b.descr && a.target === b.target && a.index === b.index && a.value === b.value;
      }
      if (same) return last;
    }
    this.lastPending = pending;
    return pending;
  }

  /**
   * The guard's resume data gets the delayed writes and the virtuals it
   * mentions.  Consecutive guards mostly describe the same: they share the
   * lists and entries that did not change (a trace keeps its guards' resume
   * data as long as it lives — the optimizer's copies keep the sharing).
   */
  private describeResume(g: ResOp): void {
    const pending = this.pendingWrites();
    const virtuals: ResumeVirtual[] = [];
    // (no set or closure per guard: a stamp on each virtual listed; nothing to look for when there are no virtuals)
    if (this.virtuals.size > 0) {
      const stamp = ++this.describeStamp;
      if (g.resume !== null) {
        for (const rf of g.resume) for (const b of rf.boxesR) this.listVirtual(b, stamp, virtuals);
      }
      for (const w of pending) this.listVirtual(w.value, stamp, virtuals);
    }
    const lastV = this.lastVirtuals;
    let sameV = lastV !== null && lastV.length === virtuals.length;
    for (let k = 0; k < virtuals.length && sameV; k++) sameV = lastV![k] === virtuals[k];
    if (!sameV) this.lastVirtuals = virtuals;
    g.virtuals = virtuals.length === 0 ? null : sameV ? lastV : virtuals;
    g.pending = pending.length > 0 ? pending : null;
  }

  private describeStamp = 0;

  /** Lists b's description in `out` if b is a virtual not listed yet in this describeResume (stamp), and the virtuals in its fields. */
  private listVirtual(b: Box, stamp: number, out: ResumeVirtual[]): void {
    const v = this.virtualOf(b);
    if (v === null || v.describedIn === stamp) return;
    v.describedIn = stamp;
    out.push(this.describeVirtual(b, v));
    for (const x of v.values) this.listVirtual(x, stamp, out);
  }

  /** A virtual's resume description: the one an earlier guard has while the virtual is as it was then. */
  private describeVirtual(b: Box, v: VirtualObject): ResumeVirtual {
    const old = this.described.get(b.id);
    if (old !== undefined && old.length === v.length && old.fieldDescrs.length === v.fieldDescrs.length) {
      let same = true;
      for (let k = 0; k < v.fieldDescrs.length && same; k++) same = old.fieldDescrs[k] === v.fieldDescrs[k] && old.values[k] === v.values[k];
      if (same) return old;
    }
    const r = new ResumeVirtual(b, v.sizeDescr, v.fieldDescrs.slice(0), v.values.slice(0), v.length, v.itemKind);
    this.described.set(b.id, r);
    return r;
  }

  private pointerTest(op: ResOp): boolean {
    const a = op.args[0];
    const r = op.result!;
    if (op.opnum === PTR_ISZERO || op.opnum === PTR_NONZERO) {
      if (this.virtualOf(a) === null) return false;
      r.forwarded = constInt(op.opnum === PTR_NONZERO ? 1 : 0);
      return true;
    }
    const b = op.args[1];
    // a virtual is no other object: nothing else can hold a pointer to it
    const equal = a === b;
    if (!equal && this.virtualOf(a) === null && this.virtualOf(b) === null) return false;
    r.forwarded = constInt(equal === (op.opnum === PTR_EQ) ? 1 : 0);
    return true;
  }
}

/** A constant whose word in memory is all zero bits: 0, +0.0, null. */
function isZeroWord(b: Box): boolean {
  if (!b.isConst) return false;
  if (b.kind === KIND_I) return b.intValue === 0;
  if (b.kind === KIND_F) return b.floatValue === 0 && !isNegativeZero(b.floatValue);
  return b.refValue === null;
}
