// Integer ranges (a small cousin of V8's typer): an interval for every int
// variable of a graph, from constants, lengths, int32 operators, loop
// conditions (`i < n` on the branch taken) and successful bounds checks
// (after `xs[i]`, 0 <= i < 2^48).  A JavaScript-number operation whose
// result provably stays within ±2^53 needs no rounding or overflow check,
// so jsint_add / jsint_sub / jsint_mul / jsint_neg become the plain machine
// operations.  Block inputs join the intervals of their incoming links;
// loops are widened to unbounded after a few rounds.
import { Block, Constant, Variable, type FunctionGraph, type Link, type SpaceOperation, type Value } from "../flow/model.ts";
import { opInfo } from "../ops/index.ts";
import type { LLType } from "../rtyper/lltypes.ts";

type Range = readonly [number, number];

const TOP: Range = [-Infinity, Infinity];
const SAFE = 2 ** 53;
/** No array, string or map can have 2^48 elements (address space). */
const MAX_LENGTH = 2 ** 48;
const INT32: Range = [-(2 ** 31), 2 ** 31 - 1];
/** Rounds a block input may grow before it is widened to TOP. */
const WIDEN_AFTER = 3;

const LENGTHS = new Set(["list_len", "str_len", "typed_len", "map_size"]);
const INDEXED = new Set(["list_getitem", "list_setitem", "typed_getitem", "typed_setitem", "str_check_index"]);

/**
 * Operations that cannot make a value observable before a later bounds check
 * stops the program: anything but calls, output and raising.  (A store may
 * keep a wrong value, but nothing reads it back before the program stops.)
 */
function unobservable(op: SpaceOperation): boolean {
  const info = opInfo(op.opname);
  return !info.canRaise && !/_call$/.test(op.opname) && !op.opname.startsWith("os_") && op.opname !== "log";
}

function isSigned(v: Value): boolean {
  return (v.concretetype as LLType | undefined)?.k === "Signed";
}

function join(a: Range | undefined, b: Range): Range {
  return a ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : b;
}

function safe(r: Range): boolean {
  return r[0] >= -SAFE && r[1] <= SAFE;
}

function products(a: Range, b: Range): Range {
  const p = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]].map((x) => (Number.isNaN(x) ? 0 : x));
  return [Math.min(...p), Math.max(...p)];
}

class Ranges {
  private inputs = new Map<Variable, Range>();
  private rounds = new Map<Variable, number>();

  constructor(private g: FunctionGraph) {}

  /** The intervals of one block's values, given its inputs; refined by the bounds checks it makes. */
  private evaluate(b: Block): Map<Value, Range> {
    const env = new Map<Value, Range>();
    for (const v of b.inputargs) if (isSigned(v)) env.set(v, this.inputs.get(v) ?? TOP);
    const get = (v: Value): Range => {
      if (v instanceof Constant) return typeof v.value === "number" ? [v.value, v.value] : typeof v.value === "boolean" ? [+v.value, +v.value] : TOP;
      return env.get(v) ?? TOP;
    };
    // An index that passes its bounds check is in [0, 2^48).  Had it been outside, the program
    // would stop at the check: so the fact also holds for the operations just before it (and
    // for the operation computing the index itself), as long as nothing between can make a
    // value observable.
    const checked = new Map<Value, { from: number; range: Range }>();
    const check = (v: Value, from: number, range: Range): void => {
      const old = checked.get(v);
      if (!old || from < old.from) checked.set(v, { from, range });
    };
    b.operations.forEach((op, i) => {
      if (!INDEXED.has(op.opname)) return;
      let from = i + 1;
      while (from > 0 && unobservable(b.operations[from - 1])) from--;
      check(op.args[1], from, [0, MAX_LENGTH]);
    });
    const argRange = (v: Value, at: number): Range => {
      const r = get(v);
      const c = checked.get(v);
      return c !== undefined && at >= c.from ? [Math.max(r[0], c.range[0]), Math.min(r[1], c.range[1])] : r;
    };
    const forward = (): void => {
      b.operations.forEach((op, i) => {
        if (!isSigned(op.result)) return;
        env.set(op.result, this.transfer(op, op.args.map((x) => argRange(x, i))));
        env.set(op.result, argRange(op.result, i)); // an index computed here and checked before anything observes it
      });
    };
    forward();
    // backwards through `i = x ± y` with y bounded: a checked i bounds x as well (x = i ∓ y)
    const defined = new Map(b.operations.map((op, i) => [op.result as Value, i]));
    for (let i = b.operations.length - 1; i >= 0; i--) {
      const op = b.operations[i];
      const c = checked.get(op.result);
      if (!c || c.from > i || !/^(js)?int_(add|sub)$/.test(op.opname)) continue;
      const [x, y] = op.args;
      const ry = get(y);
      if (!Number.isFinite(ry[0]) || !Number.isFinite(ry[1])) continue;
      const rx: Range = op.opname.endsWith("add") ? [c.range[0] - ry[1], c.range[1] - ry[0]] : [c.range[0] + ry[0], c.range[1] + ry[1]];
      const at = defined.get(x) ?? -1;
      if (at >= c.from || (at < 0 && c.from === 0)) check(x, c.from, rx);
    }
    forward();
    for (const v of checked.keys()) if (v instanceof Variable && env.has(v)) env.set(v, argRange(v, b.operations.length));
    return env;
  }

  private transfer(op: SpaceOperation, a: Range[]): Range {
    switch (op.opname) {
      case "same_as":
        return a[0];
      case "int_add":
      case "jsint_add":
        return [a[0][0] + a[1][0], a[0][1] + a[1][1]];
      case "int_sub":
      case "jsint_sub":
        return [a[0][0] - a[1][1], a[0][1] - a[1][0]];
      case "int_mul":
      case "jsint_mul":
        return products(a[0], a[1]);
      case "int_neg":
      case "jsint_neg":
        return [-a[0][1], -a[0][0]];
      case "int_abs":
      case "jsint_abs":
        return [a[0][0] >= 0 ? a[0][0] : a[0][1] <= 0 ? -a[0][1] : 0, Math.max(Math.abs(a[0][0]), Math.abs(a[0][1]))];
      case "int_mod": {
        const m = Math.max(Math.abs(a[1][0]), Math.abs(a[1][1])) - 1;
        return [a[0][0] >= 0 ? 0 : -m, a[0][1] <= 0 ? 0 : m];
      }
      case "int_min":
        return [Math.min(a[0][0], a[1][0]), Math.min(a[0][1], a[1][1])];
      case "int_max":
        return [Math.max(a[0][0], a[1][0]), Math.max(a[0][1], a[1][1])];
      case "int_sign":
        return [-1, 1];
      case "cast_bool_to_int":
        return [0, 1];
      case "uint32_shr":
        return [0, 2 ** 32 - 1];
      case "uint32_clz":
        return [0, 32];
      case "int32_and": {
        // a non-negative mask bounds the result
        const masks = a.filter((r) => r[0] === r[1] && r[0] >= 0 && r[0] <= INT32[1]).map((r) => r[0]);
        return masks.length > 0 ? [0, Math.min(...masks)] : INT32;
      }
    }
    if (op.opname.startsWith("int32_")) return INT32;
    if (LENGTHS.has(op.opname)) return [0, MAX_LENGTH];
    return TOP;
  }

  /** The ranges a link carries, refined by the comparison that chose it. */
  private linkRanges(b: Block, l: Link, env: Map<Value, Range>): Range[] {
    const get = (v: Value): Range => (v instanceof Constant ? (typeof v.value === "number" ? [v.value, v.value] : TOP) : env.get(v) ?? TOP);
    const refined = new Map<Value, Range>();
    const sw = b.exitswitch;
    const cmp = sw instanceof Variable ? b.operations.find((op) => op.result === sw) : undefined;
    if (cmp && /^int_(lt|le|gt|ge)$/.test(cmp.opname) && typeof l.exitcase === "boolean") {
      let [x, y] = cmp.args;
      let rel = cmp.opname.slice(4);
      if (rel === "gt" || rel === "ge") {
        [x, y] = [y, x];
        rel = rel === "gt" ? "lt" : "le";
      }
      // x < y (or x <= y) when the case is true; y <= x (y < x) when false
      const [lo, hi, strict] = l.exitcase ? [x, y, rel === "lt"] : [y, x, rel === "le"];
      const rl = get(lo);
      const rh = get(hi);
      const d = strict ? 1 : 0;
      refined.set(lo, [rl[0], Math.min(rl[1], rh[1] - d)]);
      refined.set(hi, [Math.max(rh[0], rl[0] + d), rh[1]]);
    }
    return l.args.map((a) => refined.get(a) ?? get(a));
  }

  /** Targets of the back edges of a depth-first walk: the loop headers, where widening happens. */
  private loopHeaders(): Set<Block> {
    const headers = new Set<Block>();
    const onStack = new Set<Block>();
    const done = new Set<Block>();
    const visit = (b: Block): void => {
      onStack.add(b);
      for (const l of b.exits) {
        if (onStack.has(l.target)) headers.add(l.target);
        else if (!done.has(l.target)) visit(l.target);
      }
      onStack.delete(b);
      done.add(b);
    };
    visit(this.g.startblock);
    return headers;
  }

  /** Fixpoint over the blocks: inputs join their links; growing inputs of loop headers are widened. */
  solve(): Map<Block, Map<Value, Range>> {
    const blocks = new Set(this.g.blocks());
    const headers = this.loopHeaders();
    const envs = new Map<Block, Map<Value, Range>>();
    const work = [this.g.startblock];
    const queued = new Set(work);
    while (work.length > 0) {
      const b = work.shift()!;
      queued.delete(b);
      const env = this.evaluate(b);
      envs.set(b, env);
      for (const l of b.exits) {
        const rs = this.linkRanges(b, l, env);
        let changed = !envs.has(l.target);
        l.target.inputargs.forEach((v, i) => {
          if (!isSigned(v) || l.args[i] === l.excValue) return;
          const old = this.inputs.get(v);
          let r = join(old, rs[i]);
          if (old && headers.has(l.target) && (r[0] < old[0] || r[1] > old[1])) {
            const n = (this.rounds.get(v) ?? 0) + 1;
            this.rounds.set(v, n);
            if (n > WIDEN_AFTER) r = [r[0] < old[0] ? -Infinity : old[0], r[1] > old[1] ? Infinity : old[1]];
          }
          if (!old || r[0] !== old[0] || r[1] !== old[1]) {
            this.inputs.set(v, r);
            changed = true;
          }
        });
        if (changed && blocks.has(l.target) && !queued.has(l.target)) {
          queued.add(l.target);
          work.push(l.target);
        }
      }
    }
    return envs;
  }
}

const PLAIN: Record<string, string> = { jsint_add: "int_add", jsint_sub: "int_sub", jsint_mul: "int_mul", jsint_neg: "int_neg", jsint_abs: "int_abs" };

/** Turns JavaScript-number int operations whose results stay within ±2^53 into machine operations; returns how many. */
export function removeIntChecks(g: FunctionGraph): number {
  const envs = new Ranges(g).solve();
  let n = 0;
  for (const [b, env] of envs) {
    for (const op of b.operations) {
      const plain = PLAIN[op.opname];
      if (!plain) continue;
      const r = env.get(op.result);
      if (r && safe(r)) {
        op.opname = plain;
        n++;
      }
    }
  }
  return n;
}
