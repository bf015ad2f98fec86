// Inlining of small functions (RPython's backendopt/inline.py): a direct
// call to a small, non-recursive graph is replaced by a copy of the callee's
// blocks.  The caller's block is split at the call; values the caller still
// needs after the call ride along as extra inputs of every copied block
// (variables never leave their block).  Exceptions raised in the copy go to
// the caller's except block, i.e. they propagate as the call would have.
import { Block, CAN_RAISE, Constant, Link, SpaceOperation, Variable, copyVar, type FunctionGraph, type Value } from "../flow/model.ts";
import type { LLFunction } from "../rtyper/rtyper.ts";
import { localEffects } from "./effects.ts";
import { splitAt } from "./split.ts";

export interface InlineOptions {
  /** Callees with at most this many operations are inlined. */
  maxOps: number;
  /**
   * The toolkit's own helpers (Map and string methods...): inlined only
   * when at most this small and without loops — a map probe or a string
   * search copied to every call site of every method would multiply the C.
   */
  helperMaxOps?: number;
  isHelper?: (f: LLFunction) => boolean;
  /** Calls to keep as calls (functions the JIT must see called: rts/jit elidable, dontLookInside). */
  keepCall?: (f: LLFunction) => boolean;
  /**
   * Callers that keep their calls of functions with loops (with the JIT: a
   * loop inlined into a caller the JIT traces would make it leave the whole
   * caller residual — its codewriter does not look inside functions with
   * loops — where it traced the caller and called only the callee before).
   */
  keepLoops?: (caller: FunctionGraph) => boolean;
}

/**
 * The operations of g the C build runs: a block reached only where
 * weAreJitted() is true is left out — it is false there (C folds the
 * branch away) and only the JIT's jitcodes run such blocks — so that a
 * helper with a path of its own for traces is inlined as its interpreter
 * path alone would be (the Python slotOf: 3% of richards as a call).
 */
function opCount(g: FunctionGraph): number {
  // the value the C build's branch on each such variable takes: weAreJitted() false, its negation true
  const folded = new Map<Variable, boolean>();
  for (const [, op] of g.operations()) {
    if (op.opname === "jit_we_are_jitted") folded.set(op.result, false);
    else if (op.opname === "bool_not" && op.args[0] instanceof Variable && folded.has(op.args[0])) folded.set(op.result, !folded.get(op.args[0]));
  }
  let n = 0;
  const seen = new Set<Block>();
  const visit = (b: Block): void => {
    if (seen.has(b)) return;
    seen.add(b);
    n += b.operations.length;
    const sw = b.exitswitch;
    const known = sw instanceof Variable ? folded.get(sw) : undefined;
    for (const l of b.exits) if (known === undefined || l.exitcase === known) visit(l.target);
  };
  visit(g.startblock);
  return n;
}

/** No operation of g can raise and it throws nothing (before the call graph is analysed, calls count as raising). */
function cannotRaise(g: FunctionGraph): boolean {
  return !localEffects(g, () => null).raises;
}

/** Whether g has a loop (an exit back to a block on the current DFS path). */
export function hasLoop(g: FunctionGraph): boolean {
  const state = new Map<Block, 1 | 2>(); // 1: on the path, 2: done
  const visit = (b: Block): boolean => {
    state.set(b, 1);
    for (const l of b.exits) {
      const s = state.get(l.target);
      if (s === 1 || (s === undefined && visit(l.target))) return true;
    }
    state.set(b, 2);
    return false;
  };
  return visit(g.startblock);
}

function callsItself(g: FunctionGraph): boolean {
  for (const [, op] of g.operations()) {
    if (op.opname === "direct_call" && ((op.args[0] as Constant).value as LLFunction).graph === g) return true;
  }
  return false;
}

/** Callees this small are inlined at every call site, however many there are. */
const TINY = 8;

/** Inlines eligible calls in `g`; returns how many calls were inlined. */
export function inlineSmallCalls(g: FunctionGraph, opts: InlineOptions): number {
  // a few rounds for small callees, then tiny ones (accessors, push/pop helpers) everywhere
  return inlineRounds(g, opts.maxOps, 3, opts) + inlineRounds(g, Math.min(TINY, opts.maxOps), 64, opts);
}

function inlineRounds(g: FunctionGraph, maxOps: number, rounds: number, opts: InlineOptions): number {
  let inlined = 0;
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (const b of g.blocks()) {
      for (let i = 0; i < b.operations.length; i++) {
        const op = b.operations[i];
        if (op.opname !== "direct_call") continue;
        const f = (op.args[0] as Constant).value as LLFunction;
        const callee = f.graph;
        if (callee === g || opCount(callee) > maxOps || callsItself(callee) || opts.keepCall?.(f)) continue;
        if (opts.isHelper?.(f) && (opCount(callee) > (opts.helperMaxOps ?? maxOps) || hasLoop(callee))) continue;
        if (opts.keepLoops?.(g) && hasLoop(callee)) continue;
        // the raising op of a try block keeps its own exception exit, unless the callee cannot raise at all
        if (b.exitswitch === CAN_RAISE && i === b.operations.length - 1) {
          if (!cannotRaise(callee)) continue;
          b.closeWith([b.exits[0]], null);
          b.exits[0].exitcase = null;
        }
        inlineAt(g, b, i, callee);
        inlined++;
        changed = true;
        break; // the block was split: continue with a fresh block list
      }
    }
    if (!changed) break;
  }
  return inlined;
}

const fresh = copyVar;

function inlineAt(g: FunctionGraph, b: Block, index: number, callee: FunctionGraph): void {
  // the continuation receives the call's result and the live values
  const { op: call, after, live } = splitAt(b, index);

  // copy the callee; every copied block carries the live values as extra inputs
  const copies = new Map<Block, Block>();
  const extra = new Map<Block, Variable[]>();
  for (const cb of callee.blocks()) {
    if (cb === callee.returnblock || cb === callee.exceptblock) continue;
    const vmap = new Map<Variable, Variable>();
    const nb = new Block(cb.inputargs.map((v) => {
      const f = fresh(v);
      vmap.set(v, f);
      return f;
    }));
    const ex = live.map(fresh);
    nb.inputargs.push(...ex);
    extra.set(nb, ex);
    const m = (x: Value): Value => (x instanceof Variable ? vmap.get(x) ?? x : x);
    nb.operations = cb.operations.map((o) => {
      const r = fresh(o.result);
      const no = new SpaceOperation(o.opname, o.args.map(m), r, o.loc);
      vmap.set(o.result, r);
      return no;
    });
    (nb as Block & { vmap?: Map<Variable, Variable> }).vmap = vmap;
    copies.set(cb, nb);
  }
  for (const [cb, nb] of copies) {
    const vmap = (nb as Block & { vmap?: Map<Variable, Variable> }).vmap!;
    const m = (x: Value): Value => (x instanceof Variable ? vmap.get(x) ?? x : x);
    const ex = extra.get(nb)!;
    const links = cb.exits.map((l) => {
      const excValue = l.excValue ? fresh(l.excValue) : null;
      const args = l.args.map((a) => (a === l.excValue ? excValue! : m(a)));
      let nl: Link;
      if (l.target === callee.returnblock) nl = new Link([args[0], ...ex], after, l.exitcase);
      else if (l.target === callee.exceptblock) nl = new Link([args[0]], g.exceptblock, l.exitcase);
      else nl = new Link([...args, ...ex], copies.get(l.target)!, l.exitcase);
      nl.excValue = excValue;
      return nl;
    });
    nb.closeWith(links, cb.exitswitch instanceof Variable ? (m(cb.exitswitch) as Variable) : cb.exitswitch);
    delete (nb as Block & { vmap?: Map<Variable, Variable> }).vmap;
  }

  // the caller's block now ends by jumping into the copy of the callee's start block
  const start = copies.get(callee.startblock)!;
  b.closeWith([new Link([...call.args.slice(1), ...live], start, null)]);
}
