// Splitting each portal at its merge point (RPython's warmspot does the
// same): the interpreter's function keeps what runs before its dispatch
// loop first reaches the jit_merge_point (its prologue: making the frame,
// reading the arguments), which now ends by calling a new function whose
// parameters are the values live there — the driver's greens and reds —
// and whose body is the loop: a copy of the graph from the merge point on.
// That function is the portal the JIT knows (its jitcode, its counting and
// entry traces); a traced call of the interpreter's function can inline the
// prologue and reach a call of it with the greens and reds, which is what a
// compiled call of the callee's entry trace (call_assembler) takes.  The
// graphs change before the codewriter reads them and before the exception
// and GC transforms, so the C backend compiles the split graphs too.
import { Block, Constant, FunctionGraph, Link, SpaceOperation, Variable, copyVar, type Value } from "../../flow/model.ts";
import type { LLFunction } from "../../rtyper/rtyper.ts";
import type { ClassLayout } from "../../rtyper/lltypes.ts";
import type { FunctionDesc } from "../../flow/descriptors.ts";
import { splitBefore } from "../../transforms/split.ts";
import { metaConstant } from "../../rtyper/values.ts";

export interface SplittableProgram {
  graphs: readonly FunctionGraph[];
  rtyper: {
    functions: ReadonlyMap<FunctionGraph, LLFunction>;
    addFunction(graph: FunctionGraph, like: LLFunction, suffix: string): LLFunction;
    /** (the codewriter's method-call targets: the classes' vtables and their implementations' functions) */
    layouts: ReadonlyMap<unknown, ClassLayout>;
    llfunction(f: FunctionDesc): LLFunction;
  };
}

/** A driver's jitMergePoint (the jit_marker op it becomes). */
export function isMergePoint(op: SpaceOperation): boolean {
  return op.opname === "jit_marker" && (op.args[0] as Constant).value === "jit_merge_point";
}

/** Splits every portal not split yet (the new portal functions join the program's). */
export function splitPortals(p: SplittableProgram): void {
  for (const g of p.graphs.slice(0)) {
    let at: { block: Block; index: number } | null = null;
    for (const b of g.blocks()) {
      const index = b.operations.findIndex(isMergePoint);
      if (index >= 0) {
        at = { block: b, index };
        break;
      }
    }
    if (at === null || isSplit(g, at.block, at.index)) continue;
    const fn = p.rtyper.functions.get(g);
    if (!fn) continue;
    const loop = splitAt(g, at.block, at.index);
    const lf = p.rtyper.addFunction(loop, fn, "portal");
    (p.graphs as FunctionGraph[]).push(loop);
    // the prologue's way into the loop: a call of the new function with the values live at the merge point
    const enter = at.block.exits[0].target;
    const call = new Block(enter.inputargs.map(copyVar));
    const result = copyVar(g.returnblock.inputargs[0]);
    call.operations.push(new SpaceOperation("direct_call", [metaConstant(lf), ...call.inputargs], result, at.block.operations[at.block.operations.length - 1]?.loc ?? g.loc));
    call.closeWith([new Link([result], g.returnblock)]);
    at.block.exits[0].target = call;
  }
}

/** Already a loop function: the merge point is its first operation and nothing jumps back to its start. */
function isSplit(g: FunctionGraph, b: Block, index: number): boolean {
  if (b !== g.startblock || index !== 0) return false;
  for (const x of g.blocks()) for (const l of x.exits) if (l.target === g.startblock) return false;
  return true;
}

/**
 * Splits block b of g before its merge point (operation `index`) and
 * returns a new graph whose start is a copy of the rest: the merge point
 * and every block reachable from it.  b is left ending with a jump to the
 * original rest, which the caller points elsewhere.
 */
function splitAt(g: FunctionGraph, b: Block, index: number): FunctionGraph {
  const rest = splitBefore(b, index);
  const copies = new Map<Block, Block>();
  const todo: Block[] = [rest];
  const seen = new Set<Block>([rest]);
  while (todo.length > 0) {
    const x = todo.pop()!;
    for (const l of x.exits) {
      if (l.target === g.returnblock || l.target === g.exceptblock || seen.has(l.target)) continue;
      seen.add(l.target);
      todo.push(l.target);
    }
  }
  const vmaps = new Map<Block, Map<Variable, Variable>>();
  for (const x of seen) {
    const vmap = new Map<Variable, Variable>();
    const nb = new Block(
      x.inputargs.map((v) => {
        const f = copyVar(v);
        vmap.set(v, f);
        return f;
      }),
    );
    const m = (v: Value): Value => (v instanceof Variable ? (vmap.get(v) ?? v) : v);
    nb.operations = x.operations.map((o) => {
      const r = copyVar(o.result);
      const no = new SpaceOperation(o.opname, o.args.map(m), r, o.loc);
      vmap.set(o.result, r);
      return no;
    });
    copies.set(x, nb);
    vmaps.set(x, vmap);
  }
  const loop = new FunctionGraph(`${g.name}_portal`, copies.get(rest)!, g.loc);
  loop.func = g.func;
  loop.returnblock.inputargs[0].concretetype = g.returnblock.inputargs[0].concretetype;
  loop.exceptblock.inputargs[0].concretetype = g.exceptblock.inputargs[0].concretetype;
  for (const [x, nb] of copies) {
    const vmap = vmaps.get(x)!;
    const m = (v: Value): Value => (v instanceof Variable ? (vmap.get(v) ?? v) : v);
    const links = x.exits.map((l) => {
      const excValue = l.excValue ? copyVar(l.excValue) : null;
      const args = l.args.map((a) => (a === l.excValue ? excValue! : m(a)));
      const target = l.target === g.returnblock ? loop.returnblock : l.target === g.exceptblock ? loop.exceptblock : copies.get(l.target)!;
      const nl = new Link(args, target, l.exitcase);
      nl.excValue = excValue;
      return nl;
    });
    nb.closeWith(links, x.exitswitch instanceof Variable ? (m(x.exitswitch) as Variable) : x.exitswitch);
  }
  return loop;
}
