// The portal rewrite (RPython's warmspot.py): the JIT is asked at the
// driver's jitMergePoint — after each canEnterJit (which becomes
// jitBackEdge(driver): whatever the loop does between them, such as its
// condition, runs as the program says), or every time when the driver has
// no canEnterJit — through a call into the JIT runtime
// (framework/jit/runtime/portal.ts explains the protocol):
//
//     if jitTakeBackEdge(driver):
//       jitArgI/R/F(each green, then each red)      per kind, in the driver's order
//       st = jitCanEnter(driver)
//       switch st: 0 -> go on as before
//                  1 -> every green and red := jitOutI/R/F(k), then to just after the jitMergePoint
//                  2 -> return jitResult*()            3 -> throw jitException()
//
// and where the portal starts, jitFunctionEntry(driver): the first merge
// point asks too, as the interpreted function's entry (its own counter).
//
// after the portal's jitcode was written from the graph as it was.
import { Block, Constant, DEFAULT_CASE, Link, SpaceOperation, Variable, type FunctionGraph, type Value } from "rts/plugin";
import { splitBefore } from "../../framework/transforms/split.ts";
import type { LLType } from "../../framework/rtyper/lltypes.ts";
import { kindOf, type Kind } from "../../framework/jit/codewriter/jitcode.ts";
import { jitMarkerValues } from "../../framework/jit/codewriter/jtransform.ts";
import { call, constant, emit, fromRegister, meta, toRegister, typeOf, variable, SIGNED, VOID } from "./graphs.ts";
import type { RuntimeFunctions } from "./dispatch.ts";

const SUFFIX: Record<Kind, string> = { i: "I", r: "R", f: "F" };

interface Driver {
  greens: string[];
  reds: string[];
}

function isMarker(op: SpaceOperation, which: string, driver: Driver): boolean {
  return op.opname === "jit_marker" && (op.args[0] as Constant).value === which && (op.args[1] as Constant).value === driver;
}

/** Rewrites the portal graph of `driver` (number `index`): returns how many entries it made. */
export function rewritePortal(g: FunctionGraph, driver: Driver, index: number, rtf: RuntimeFunctions): number {
  const mpBlock = g.blocks().find((b) => b.operations.some((op) => isMarker(op, "jit_merge_point", driver)));
  if (!mpBlock) throw new Error(`internal: no jit_merge_point in portal ${g.name}`);
  const mpAt = mpBlock.operations.findIndex((op) => isMarker(op, "jit_merge_point", driver));
  const mpValues = jitMarkerValues(mpBlock.operations[mpAt]);
  // where each green and red travels: its kind and index among that kind's values
  const slots = new Map<string, { kind: Kind; index: number }>();
  const counts = { i: 0, r: 0, f: 0 };
  for (const name of [...driver.greens, ...driver.reds]) {
    const k = kindOf(typeOf(mpValues.get(name)!));
    if (k) slots.set(name, { kind: k, index: counts[k]++ });
  }
  // after the merge point: the block the JIT's CONTINUE goes to, its inputs named
  const after = splitBefore(mpBlock, mpAt + 1);
  const afterNames = (mpBlock.exits[0].args as Variable[]).map((v) => {
    for (const [name, x] of mpValues) if (x === v) return name;
    throw new Error(`internal: ${v.name} is live at the jit_merge_point of ${g.name} but neither green nor red`);
  });
  const entries: { block: Block; at: number }[] = [];
  for (const b of g.blocks()) b.operations.forEach((op, i) => isMarker(op, "can_enter_jit", driver) && entries.push({ block: b, at: i }));
  const names = new Map(afterNames.map((n, i) => [n, after.inputargs[i]] as const));
  // where the portal starts: its first merge point is the function's entry (a block of its own, before the loop)
  const first = g.startblock;
  const start = new Block(first.inputargs.map((v) => variable(v.hint, typeOf(v))));
  call(start, rtf.get("jitFunctionEntry"), [constant(index, SIGNED)]);
  start.closeWith([new Link([...start.inputargs], first)]);
  g.startblock = start;
  if (entries.length === 0) {
    // no canEnterJit: the merge point is where the JIT is entered, every time (as in RPython)
    insertEntry(g, after, 0, names, slots, driver, index, after, afterNames, rtf);
    return 1;
  }
  for (const e of entries) e.block.operations[e.at] = new SpaceOperation("direct_call", [meta(rtf.get("jitBackEdge")), constant(index, SIGNED)], variable("_", VOID), e.block.operations[e.at].loc);
  // after the merge point: a back edge passed since?  Then the entry
  const rest = splitBefore(after, 0);
  // (rest's inputs are the values of after it needs, in the order it first uses them: not after's inputs as such — corpus 132)
  const live = after.exits[0].args as Variable[];
  const hot = call(after, rtf.get("jitTakeBackEdge"), [constant(index, SIGNED)], "hot");
  const entry = new Block(after.inputargs.map((v) => variable(v.hint, typeOf(v))));
  entry.closeWith([new Link(live.map((v) => entry.inputargs[after.inputargs.indexOf(v)]), rest)]);
  after.closeWith([new Link([...after.inputargs], entry, true), new Link([...live], rest, false)], hot);
  insertEntry(g, entry, 0, new Map(afterNames.map((n, i) => [n, entry.inputargs[i]] as const)), slots, driver, index, after, afterNames, rtf);
  return entries.length;
}

function insertEntry(
  g: FunctionGraph,
  b: Block,
  at: number,
  values: Map<string, Value>,
  slots: Map<string, { kind: Kind; index: number }>,
  driver: Driver,
  index: number,
  after: Block,
  afterNames: string[],
  rtf: RuntimeFunctions,
): void {
  const rest = splitBefore(b, at);
  const live = b.exits[0].args;
  for (const name of [...driver.greens, ...driver.reds]) {
    const slot = slots.get(name);
    if (!slot) continue;
    const v = values.get(name);
    // a red not live after the merge point (the loop assigns it before reading it): its value is never read, any will do
    const arg = v === undefined ? constant(slot.kind === "f" ? 0.0 : slot.kind === "i" ? 0 : null, argType(rtf, slot.kind)) : toRegister(b, v, argType(rtf, slot.kind));
    call(b, rtf.get(`jitArg${SUFFIX[slot.kind]}`), [arg]);
  }
  const st = call(b, rtf.get("jitCanEnter"), [constant(index, SIGNED)], "st");
  // CONTINUE: the JIT's values for every green and red, then on after the merge point
  const cont = new Block([]);
  const vals = after.inputargs.map((input, i) => {
    const slot = slots.get(afterNames[i])!;
    const r = call(cont, rtf.get(`jitOut${SUFFIX[slot.kind]}`), [constant(slot.index, SIGNED)]);
    return fromRegister(cont, r, typeOf(input));
  });
  cont.closeWith([new Link(vals, after)]);
  // RETURNED
  const ret = new Block([]);
  const rt = typeOf(g.returnblock.inputargs[0]);
  const rk = kindOf(rt);
  ret.closeWith([new Link([rk ? fromRegister(ret, call(ret, rtf.get(`jitResult${SUFFIX[rk]}`), []), rt) : constant(undefined, VOID)], g.returnblock)]);
  // RAISED
  const raise = new Block([]);
  const exc = emit(raise, "cast_pointer", [call(raise, rtf.get("jitException"), [])], typeOf(g.exceptblock.inputargs[0]));
  raise.closeWith([new Link([exc], g.exceptblock)]);
  b.closeWith([new Link([], cont, 1), new Link([], ret, 2), new Link([], raise, 3), new Link([...live], rest, DEFAULT_CASE)], st);
}

function argType(rtf: RuntimeFunctions, k: Kind): LLType {
  return rtf.get(`jitArg${SUFFIX[k]}`).argTypes[0];
}
