// Bridges into a peeled loop's body (what RPython's short preambles do,
// by a simpler road).  A bridge that ends where a peeled loop starts would
// jump to the loop's preamble: a whole first iteration again, with every
// value the bridge kept virtual made for real at the jump.  Instead the
// bridge's trace goes on with a copy of the loop's recorded iteration,
// optimized with what the bridge knows, and then jumps to the body's label
// — the copy plays the preamble's part.  The body's code was optimized
// with what the preamble's ops established of the boxes it reads (its
// label's args, and invariant boxes of the preamble left in their slots);
// the copy runs the same ops, so it establishes the same of the values its
// own boxes hold, and the jump gives each of those the copy's box for the
// recorded value the preamble's stood for.  What the body takes for granted
// beyond them is checked at the jump: the label's virtuals the body uses
// are virtual in the bridge too (same class), their writes the label
// delays are still delayed, and the index ranges the body relies on are
// shown by the bridge's guards.  When any of it does not hold, the bridge
// is optimized again jumping to the loop's start.  RTS code.
import type { Virtualize } from "./virtualize.ts";
import type { ItemState } from "./virtualize-items.ts";
import { sameInt } from "./heapcache.ts";
import type { PeelInfo } from "./unroll.ts";
import {
  Box, JUMP, LABEL, PendingWrite, ResOp, copyRenamed, forgetOpValues, forgetValue, forgetWrite, idOf, isGuard, jumpIntoBody, resolve, resumeBoxes, sameRef,
} from "./resoperation.ts";

/** A virtual at the body's label the body uses: its box and class (its fields are label args). */
class EntryVirtual {
  constructor(
    readonly box: Box,
    readonly sizeDescr: number,
    /** A list's length (-1: an object). */
    readonly length: number,
  ) {}
}

/** An index range the body relies on: base + hi below the list's length (list set), or base + lo not negative. */
class EntryRange {
  constructor(
    readonly list: Box | null,
    readonly base: Box | null,
    readonly lo: number,
    readonly hi: number,
  ) {}
}

/** What a jump into a peeled loop's body label must give and keep, in terms of the loop's recorded trace. */
export class BodyEntry {
  constructor(
    /** The loop's recorded inputs and ops (a label first, its own jump last). */
    readonly inputs: Box[],
    readonly ops: ResOp[],
    /** What a jump into the body gives: its label's args, then the preamble's boxes it reads. */
    readonly targets: Box[],
    /** Per target: the recorded box (or the constant) whose value it takes. */
    readonly args: Box[],
    /** The label's virtuals the body uses: box (a recorded box) and class. */
    readonly virtuals: EntryVirtual[],
    /** The writes delayed at the label (recorded boxes). */
    readonly writes: PendingWrite[],
    /** The index ranges the body relies on (recorded boxes). */
    readonly bounds: EntryRange[],
  ) {}
}

/** Drops what the recorded boxes an entry keeps held (resoperation.ts forgetRecordedValues: bridges copy the ops, not the values). */
export function forgetEntryValues(e: BodyEntry): void {
  for (const b of e.inputs) forgetValue(b);
  for (const op of e.ops) forgetOpValues(op);
  for (const b of e.targets) forgetValue(b);
  for (const b of e.args) forgetValue(b);
  for (const v of e.virtuals) forgetValue(v.box);
  for (const w of e.writes) forgetWrite(w);
  for (const r of e.bounds) {
    if (r.list !== null) forgetValue(r.list);
    if (r.base !== null) forgetValue(r.base);
  }
}

/**
 * The body entry of a peeled loop's optimized trace `out` (its peel info
 * says what held at the label), or null when a bridge cannot jump there
 * (a value the body needs is one the optimizer made rather than a copy of
 * a recorded op).  The body needs its label's args and the preamble's
 * boxes it reads (invariants, left in their slots by the preamble): a
 * jump into the body gives them all (CompiledTrace.bodyInputs).
 */
export function bodyEntryOf(out: ResOp[], peel: PeelInfo, inputs: Box[], ops: ResOp[]): BodyEntry | null {
  const label = peel.labelState;
  if (!peel.closed || label === null) return null;
  let at = -1;
  for (let k = 1; k < out.length; k++) if (out[k].opnum === LABEL) at = k;
  if (at < 1 || out[at - 1].opnum !== JUMP) return null;
  const known = new Set<number>();
  for (const l of out[at].args) known.add(idOf(l));
  const invariants: Box[] = [];
  for (let k = at + 1; k < out.length; k++) {
    const op = out[k];
    const reads = isGuard(op.opnum) && op.resume !== null ? op.args.concat(resumeBoxes(op)) : op.args;
    for (const b of reads) {
      if (b.isConst || known.has(idOf(b))) continue;
      known.add(idOf(b));
      invariants.push(b);
    }
    if (op.result !== null) known.add(idOf(op.result));
  }
  let ok = true;
  const rec = (b: Box): Box => {
    const r = peel.origin(resolve(b));
    if (r === null) ok = false;
    return r ?? b;
  };
  const args: Box[] = [];
  for (const e of out[at - 1].args) args.push(rec(e));
  for (const x of invariants) args.push(rec(x));
  const virtuals: EntryVirtual[] = [];
  for (const x of peel.labelVirtualsUsed) {
    const lv = label.virtuals.get(idOf(x))!;
    virtuals.push(new EntryVirtual(rec(x), lv.sizeDescr, lv.length));
  }
  const writes: PendingWrite[] = [];
  for (const w of label.pending) writes.push(new PendingWrite(w.descr, rec(w.target), w.index === null ? null : rec(w.index), rec(w.value)));
  const bounds: EntryRange[] = [];
  for (const r of label.bounds) {
    if (r.usedInBody) bounds.push(new EntryRange(r.list === null ? null : rec(r.list), r.base === null ? null : rec(r.base), r.lo, r.hi));
  }
  return ok ? new BodyEntry(inputs, ops, out[at].args.concat(invariants), args, virtuals, writes, bounds) : null;
}

/** A bridge (or a loop) that ends where a peeled loop starts, laid out to go on into its body. */
export class BodyJump {
  /** Set by the virtuals pass when the jump into the body closed. */
  closed = false;
  constructor(
    readonly loop: number,
    readonly entry: BodyEntry,
    /** The trace: its own ops, then a copy of the loop's iteration, then the jump. */
    readonly ops: ResOp[],
    /** Recorded box of the loop (by id) -> the copy's box (an input: the value the trace gave it). */
    readonly copies: Map<number, Box>,
  ) {}

  /** The copy's box for a recorded one, as the optimizer left it (null: none). */
  after(r: Box): Box | null {
    if (r.isConst) return r;
    const c = this.copies.get(idOf(r));
    return c === undefined ? null : resolve(c);
  }
}

/**
 * `ops` (ending with a jump to the start of loop `loop`) followed by a copy
 * of the loop's iteration that jumps to its body.  Both are copies: the
 * recorded ops are left as they are (optimized again if the jump into the
 * body does not close).
 */
export function layOutBodyJump(ops: ResOp[], loop: number, entry: BodyEntry): BodyJump {
  const own = new Map<number, Box>();
  const out: ResOp[] = [];
  for (let k = 0; k < ops.length - 1; k++) out.push(copyRenamed(ops[k], own));
  const jump = ops[ops.length - 1];
  const copies = new Map<number, Box>();
  for (let i = 0; i < entry.inputs.length; i++) {
    const a = jump.args[i];
    copies.set(idOf(entry.inputs[i]), a.isConst ? a : (own.get(idOf(a)) ?? a));
  }
  // (its label is the loop's merge point, not one of the trace's: left out)
  for (let k = 1; k < entry.ops.length - 1; k++) out.push(copyRenamed(entry.ops[k], copies));
  // (its args are the virtuals pass's to fill in: closeIntoBody)
  out.push(new ResOp(JUMP, [], jumpIntoBody(loop), null));
  return new BodyJump(loop, entry, out, copies);
}

/**
 * Closes `jump` at the end of the virtuals pass's trace: the body's
 * label args get the copy's boxes; the label's virtuals the body uses must
 * be virtual here too (a real object would be made again by the body's
 * exits: two where the interpreter has one), and those the label writes
 * somewhere must be written there by a write still delayed; the ranges
 * the body relies on must be shown.  (What else the label knew, the copy's
 * ops established as the preamble's did: the same values, if not always
 * the same boxes — the label's args take the copy's boxes for the recorded
 * values the preamble's stood for.)  False when something does not hold
 * (the output is then dropped).
 */
export function closeIntoBody(v: Virtualize, jump: BodyJump): boolean {
  const e = jump.entry;
  const data = v.data!;
  // the label's virtuals the body uses: virtual here too, one for one, of the same class
  const matched: Box[] = [];
  for (const lv of e.virtuals) {
    const y = jump.after(lv.box);
    const ev = y === null ? null : v.virtualOf(y);
    if (y === null || ev === null || ev.sizeDescr !== lv.sizeDescr || ev.length !== lv.length || matched.indexOf(y) >= 0) return false;
    matched.push(y);
  }
  // the label's delayed writes of those virtuals: delayed here too (the body's exits do them); the others are done now
  const keptFields: number[] = [];
  const keptItems: ItemState[] = [];
  for (const w of e.writes) {
    const value = jump.after(w.value);
    if (value === null || matched.indexOf(value) < 0) continue;
    const target = jump.after(w.target);
    const index = w.index === null ? null : jump.after(w.index);
    if (target === null || (w.index !== null && index === null)) return false;
    let kept = false;
    if (index === null) {
      const s = v.fields.get(w.descr);
      if (s !== undefined && s.lazy !== null && sameRef(s.lazy.args[0], target) && resolve(s.lazy.args[1]) === value) {
        keptFields.push(w.descr);
        kept = true;
      }
    } else {
      for (const it of v.lazyItems) {
        if (it.op!.descr === w.descr && sameRef(it.list, target) && sameInt(it.index, index, data) && resolve(it.value) === value) {
          keptItems.push(it);
          kept = true;
        }
      }
    }
    if (!kept) return false;
  }
  // the index ranges the body relies on: shown here too
  for (const r of e.bounds) {
    const list = r.list === null ? null : jump.after(r.list);
    const base = r.base === null ? null : jump.after(r.base);
    if ((r.list !== null && list === null) || (r.base !== null && base === null)) return false;
    let shown = false;
    for (const h of v.ranges()) {
      if ((h.base === null) !== (base === null) || (base !== null && h.base !== base)) continue;
      if (list === null ? h.list === null && h.lo <= r.lo : h.list !== null && sameRef(h.list, list) && h.hi >= r.hi) shown = true;
    }
    if (!shown) return false;
  }
  // every other delayed write is done now
  for (const [d, s] of v.fields) if (s.lazy !== null && keptFields.indexOf(d) < 0) v.emitLazyField(s);
  const lazy = v.lazyItems;
  v.lazyItems = [];
  for (const it of lazy) {
    if (keptItems.indexOf(it) < 0) v.emitLazyItem(it);
    else v.lazyItems.push(it);
  }
  // the label's args: the copy's boxes (real ones: a value virtual here is made now)
  const values: Box[] = [];
  for (const r of e.args) {
    const y = jump.after(r);
    if (y === null) return false;
    v.force(y);
    values.push(y);
  }
  for (const y of matched) if (v.virtualOf(y) === null) return false;
  v.out.push(new ResOp(JUMP, values, jumpIntoBody(jump.loop), null));
  jump.closed = true;
  return true;
}
