// Loop peeling (RPython's optimizeopt/unroll.py).  A loop's trace is laid
// out twice before the optimizer sees it: the *preamble* (the first
// iteration) and the *body* (the second, its inputs the preamble's jump
// values), with the body's label between them.  The passes then optimize
// the body knowing everything the preamble established: what is loop
// invariant is computed once (the body's copy folds into the preamble's),
// fields and items read in the preamble are known, and the values that go
// round the loop can stay virtual.  The virtuals pass closes the loop
// (virtualize.ts, closeLoop): the body jumps back to its own label, whose
// args are the preamble boxes the body still uses, each given on the way
// round the box the body computed in its place — its *counterpart*.  When
// the loop cannot close (a value the body's code takes for virtual is a
// real object by the end of an iteration), the trace is optimized again
// without peeling.  RTS code.
import type { VirtualObject, Virtualize } from "./virtualize.ts";
import type { CheckedRange, ItemState } from "./virtualize-items.ts";
import { sameInt } from "./heapcache.ts";
import { Box, JUMP, LABEL, PendingWrite, ResOp, boxesRead, copyRenamed, idOf, mapOp, resolve, sameRef, zeroOf } from "./resoperation.ts";

/** What the passes know of a peeled trace: its body's label and which box stands for which one iteration later. */
export class PeelInfo {
  /** Set by the pass that closed the loop (it jumps to `label`). */
  closed = false;
  /** The body may rely on index ranges guards showed in the preamble; when that kept the loop from closing, it is peeled again without. */
  boundsAcrossLabel = true;
  failedOnBounds = false;
  /** The body may take its label's int args to lie in the ranges they keep round the loop (intbounds.ts): not when bridges jump into the body with values of their own. */
  labelBounds = true;
  /** Set when the loop closed: what held at the body's label, and the virtuals there the body uses (bodyentry.ts reads them). */
  labelState: LabelState | null = null;
  labelVirtualsUsed: Box[] = [];
  constructor(
    /** The body's label (its args are filled in when the loop closes). */
    readonly label: ResOp,
    /** Preamble box (by id) -> its counterpart in the body (an input's: the preamble's jump value). */
    private readonly counterparts: Map<number, Box>,
    /** The boxes the body's copy made (by id). */
    private readonly bodyBoxes: Set<number>,
    /** Preamble box (by id) -> the recorded box it copies (an input: itself). */
    private readonly origins: Map<number, Box>,
  ) {}

  /** A box the optimizer made in the body (not a copy of a recorded op's): the body's, not the preamble's. */
  madeInBody(b: Box): void {
    this.bodyBoxes.add(idOf(b));
  }

  /** The recorded box preamble box b copies (a constant: itself; null: the optimizer made it). */
  origin(b: Box): Box | null {
    return b.isConst ? b : (this.origins.get(idOf(b)) ?? null);
  }

  /** A box of the preamble (an input, or made there), not a constant or the body's. */
  inPreamble(b: Box): boolean {
    return !b.isConst && !this.bodyBoxes.has(idOf(b));
  }

  /** What stands for preamble box b one iteration later (null: nothing, b is no op's copy). */
  counterpart(b: Box): Box | null {
    return this.counterparts.get(idOf(b)) ?? null;
  }
}

/** The unrolled trace: the preamble, the body's label, the body and its jump (to the start, until the loop closes). */
export class Unrolled {
  constructor(
    readonly ops: ResOp[],
    readonly peel: PeelInfo,
  ) {}
}

/** Copies of ops with their boxes renamed (results get new boxes, recorded in `map`). */
class Copier {
  readonly map = new Map<number, Box>();
  readonly made = new Set<number>();

  box(b: Box): Box {
    if (b.isConst) return b;
    return this.map.get(idOf(b)) ?? b;
  }

  boxes(bs: Box[]): Box[] {
    const out: Box[] = [];
    for (const b of bs) out.push(this.box(b));
    return out;
  }

  op(op: ResOp): ResOp {
    // (always a copy, with its own args array: a label's is filled in when the loop closes)
    const copy = copyRenamed(op, this.map);
    if (copy.result !== null) this.made.add(idOf(copy.result));
    return copy;
  }
}

/**
 * The trace of a loop (inputs, a label first, its own jump last) laid out
 * twice, or null when it is not such a loop.  The original ops are left
 * as they are (the trace is optimized from them again if the loop does not close).
 */
export function unrollLoop(inputs: Box[], ops: ResOp[]): Unrolled | null {
  const n = ops.length;
  if (n < 2 || ops[0].opnum !== LABEL || ops[n - 1].opnum !== JUMP || ops[n - 1].descr >= 0) return null;
  const jump = ops[n - 1];
  if (jump.args.length !== inputs.length) return null;
  const preamble = new Copier();
  const out: ResOp[] = [];
  for (let k = 0; k < n - 1; k++) out.push(preamble.op(ops[k]));
  // the body's inputs are the preamble's jump values
  const body = new Copier();
  const counterparts = new Map<number, Box>();
  for (let i = 0; i < inputs.length; i++) {
    const j = preamble.box(jump.args[i]);
    body.map.set(idOf(inputs[i]), j);
    counterparts.set(idOf(inputs[i]), j);
  }
  const bodyLabel = body.op(ops[0]);
  // (nothing resumes at the body's label: its resume data would only keep the preamble's values alive)
  bodyLabel.resume = null;
  out.push(bodyLabel);
  for (let k = 1; k < n; k++) out.push(body.op(ops[k]));
  const origins = new Map<number, Box>();
  for (const x of inputs) origins.set(idOf(x), x);
  for (let k = 1; k < n - 1; k++) {
    const r = ops[k].result;
    if (r === null) continue;
    counterparts.set(idOf(preamble.box(r)), body.box(r));
    origins.set(idOf(preamble.box(r)), r);
  }
  return new Unrolled(out, new PeelInfo(bodyLabel, counterparts, body.made, origins));
}

/** What held at the body's label (the virtuals pass's state there), which the loop's way round must give again. */
export class LabelState {
  /** An op in the body may have changed a list's length (the bounds hoisted to the preamble may no longer hold). */
  listsForgotten = false;
  constructor(
    /** The label's index in the pass's output. */
    readonly at: number,
    /** The virtuals there (by box id): their class and field values. */
    readonly virtuals: Map<number, VirtualObject>,
    /** The writes delayed there. */
    readonly pending: PendingWrite[],
    /** Indexes known in range there by passed guards (some hoisted into the preamble); the body marks those it uses. */
    readonly bounds: CheckedRange[],
  ) {}
}

/**
 * Closes a peeled loop at the body's jump (the virtuals pass's state is the
 * end of the body).  Every preamble box the body uses becomes an arg of the
 * body's label, unless the body computes it again as itself (it is loop
 * invariant); the jump gives each its counterpart.  A value that is
 * virtual at the label goes round as its fields, and must be virtual at
 * the end too (with the same class: the next round's code makes it
 * again when a guard fails); a real one whose counterpart is virtual is
 * forced at the jump.  The writes delayed at the label stay delayed when
 * the same writes are delayed at the end; the other writes delayed at the
 * end are done there.  False (the output is then left unclosed, and the
 * trace optimized again without peeling) when the two ends do not match.
 */
export function closeLoop(v: Virtualize): boolean {
  const peel = v.peel!;
  const label = v.atLabel!;
  const data = v.data!;
  const out = v.out;
  // the counterpart, as the body left it (null: none)
  const after = (x: Box): Box | null => {
    if (!peel.inPreamble(x)) return x;
    const c = peel.counterpart(x);
    return c === null ? null : resolve(c);
  };
  const pairs: Box[] = [];
  let ok = true;
  const pair = (x: Box, y: Box | null): void => {
    if (y === null) ok = false;
    else if (!x.isConst) {
      pairs.push(x);
      pairs.push(y);
    }
  };
  // writes delayed at the label: kept delayed where the end delays the same write, else what the body left there
  const keptFields: number[] = [];
  const keptItems: ItemState[] = [];
  for (const w of label.pending) {
    const t = after(w.target);
    const i = w.index === null ? null : after(w.index);
    if (t === null || (w.index !== null && i === null)) return false;
    if (w.index === null) {
      const s = v.fields.get(w.descr);
      if (s !== undefined && s.lazy !== null && sameRef(s.lazy.args[0], t)) {
        pair(w.value, s.lazy.args[1]);
        pair(w.target, s.lazy.args[0]);
        keptFields.push(w.descr);
        continue;
      }
    } else {
      let found: ItemState | null = null;
      for (const e of v.lazyItems) if (e.op!.descr === w.descr && keptItems.indexOf(e) < 0 && sameRef(e.list, t) && sameInt(e.index, i!, data)) found = e;
      if (found !== null) {
        pair(w.value, found.value);
        pair(w.target, found.list);
        pair(w.index!, found.index);
        keptItems.push(found);
        continue;
      }
    }
    pair(w.value, after(w.value));
    pair(w.target, t);
    if (w.index !== null) pair(w.index, i);
  }
  if (!ok) return false;
  // the writes delayed at the end that the label does not delay are done now
  for (const [d, s] of v.fields) if (s.lazy !== null && keptFields.indexOf(d) < 0) v.emitLazyField(s);
  const lazy = v.lazyItems;
  v.lazyItems = keptItems;
  for (const e of lazy) if (keptItems.indexOf(e) < 0) v.emitLazyItem(e);

  // which preamble box goes round as which box of the body's end
  const next = new Map<number, Box>();
  const order: Box[] = [];
  const walked = new Set<number>();
  const matchedVirtuals: Box[] = [];
  const matchOf = new Map<number, Box>();
  const labelVirtuals: Box[] = [];
  const walk = (x: Box, y: Box): boolean => {
    if (x.isConst) return true;
    const id = idOf(x);
    const lv = label.virtuals.get(id);
    if (lv === undefined) {
      if (!next.has(id)) {
        next.set(id, y);
        order.push(x);
        // a preamble box the end passes on is read by the next round too
        if (peel.inPreamble(y) && !walked.has(idOf(y))) pair(y, after(y));
      }
      return true;
    }
    const ev = v.virtualOf(y);
    if (ev === null || ev.sizeDescr !== lv.sizeDescr || ev.length !== lv.length) return false;
    const seen = matchOf.get(id);
    if (seen !== undefined) return seen === y;
    for (const m of matchedVirtuals) if (m === y) return false; // two of the label's virtuals are one at the end
    matchOf.set(id, y);
    labelVirtuals.push(x);
    matchedVirtuals.push(y);
    for (let k = 0; k < lv.fieldDescrs.length; k++) pair(lv.values[k], ev.get(lv.fieldDescrs[k]) ?? zeroOf(lv.values[k].kind));
    return true;
  };
  let scanned = label.at + 1;
  for (;;) {
    // the preamble boxes the body's code uses (and the code just emitted at its end)
    for (let k = scanned; k < out.length; k++) {
      for (const b of boxesRead(out[k])) if (peel.inPreamble(b) && !walked.has(idOf(b))) pair(b, after(b));
    }
    scanned = out.length;
    if (!ok) return false;
    if (pairs.length === 0) break;
    while (pairs.length > 0) {
      const y = pairs.pop()!;
      const x = pairs.pop()!;
      walked.add(idOf(x));
      if (!walk(x, y) || !ok) return false;
    }
    // a real value at the label whose counterpart is virtual: made at the jump
    for (const x of order) v.force(next.get(idOf(x))!);
  }
  // the virtuals that go round as their fields must still be virtual (forcing one may have forced another)
  for (const y of matchedVirtuals) if (v.virtualOf(y) === null) return false;
  // indexes a guard hoisted into the preamble showed in range (that the body took for existing) stay so only for an
  // invariant base (the same box plus nothing: exact for indexes of items that exist) and lists whose lengths the body
  // does not change
  for (const r of label.bounds) {
    if (!r.usedInBody) continue;
    if (label.listsForgotten) {
      peel.failedOnBounds = true;
      return false;
    }
    if (r.base === null || r.base.isConst) continue;
    const a = after(r.base);
    if (a === null || !sameInt(a, r.base, data)) {
      peel.failedOnBounds = true;
      return false;
    }
  }

  // the loop-carried values: the label's args; the body reads them, the preamble and the body's end jump with them
  const args: Box[] = [];
  const values: Box[] = [];
  const rename = new Map<number, Box>();
  for (const x of order) {
    const y = next.get(idOf(x))!;
    if (y === x) continue; // invariant: the body reads the preamble's box
    const l = new Box(x.kind);
    rename.set(idOf(x), l);
    args.push(l);
    values.push(y);
  }
  const labelOp = out[label.at];
  for (const l of args) labelOp.args.push(l);
  out.push(new ResOp(JUMP, values, -1, null));
  const f = (b: Box): Box => (b.isConst || b.id === 0 ? b : rename.get(b.id) ?? b);
  for (let k = label.at + 1; k < out.length; k++) out[k] = mapOp(out[k], f);
  // the preamble's end: into the label with the first round's values
  const entry: Box[] = [];
  for (const x of order) if (rename.has(idOf(x))) entry.push(x);
  out.push(labelOp);
  for (let k = out.length - 1; k > label.at; k--) out[k] = out[k - 1];
  out[label.at] = new ResOp(JUMP, entry, -1, null);
  peel.closed = true;
  peel.labelState = label;
  peel.labelVirtualsUsed = labelVirtuals;
  return true;
}

/**
 * A closed loop's label args that go round unchanged (the body's end gives
 * the value the preamble gave — the body's copy of an invariant computation
 * folded into the preamble's — or the arg itself) become the preamble's
 * box, and args nothing in the body reads but the jump that passes them on
 * go: fewer values go round, and the dead-code pass then drops what
 * computed them.
 */
export function simplifyLoopLabel(out: ResOp[]): void {
  let at = -1;
  for (let k = 1; k < out.length; k++) if (out[k].opnum === LABEL) at = k;
  if (at < 1 || out[at - 1].opnum !== JUMP || out[out.length - 1].opnum !== JUMP) return;
  const label = out[at];
  for (;;) {
    const entry = out[at - 1];
    const back = out[out.length - 1];
    // the boxes the body reads, besides the jump passing a label arg on in its own place
    const reads = new Set<number>();
    for (let k = at + 1; k < out.length; k++) {
      const op = out[k];
      const bs = boxesRead(op);
      for (let i = 0; i < bs.length; i++) {
        const b = bs[i];
        if (b.isConst) continue;
        if (k === out.length - 1 && i < label.args.length && b === label.args[i]) continue;
        reads.add(idOf(b));
      }
    }
    const keep: number[] = [];
    for (let i = 0; i < label.args.length; i++) {
      const l = label.args[i];
      const y = back.args[i];
      if (y === entry.args[i] || y === l) l.forwarded = entry.args[i];
      else if (reads.has(idOf(l))) keep.push(i);
    }
    if (keep.length === label.args.length) return;
    const args: Box[] = [];
    const values: Box[] = [];
    const entries: Box[] = [];
    for (const i of keep) {
      args.push(label.args[i]);
      values.push(back.args[i]);
      entries.push(entry.args[i]);
    }
    while (label.args.length > 0) label.args.pop();
    for (const a of args) label.args.push(a);
    out[at - 1] = new ResOp(JUMP, entries, -1, null);
    out[out.length - 1] = new ResOp(JUMP, values, -1, null);
    for (let k = at + 1; k < out.length; k++) out[k] = mapOp(out[k], resolve);
  }
}
