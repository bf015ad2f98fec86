// Traces as text (the jit-log-opt format of RTSLOG, in PYPYLOG's spirit):
// one op per line, `i3 = int_add(i1, 5)`, guards with the interpreter
// position they resume at.  RTS code.
import type { JitData } from "./jitdata.ts";
import { Box, CompiledTrace, DEBUG_MERGE_POINT, JUMP, KIND_I, KIND_R, LABEL, OPNAMES, isGuard, jumpTarget, jumpsIntoBody, type ResOp } from "./resoperation.ts";

/** A box as text: a constant's value, else its kind and its number in `names` (by its index; null: the index itself). */
function boxText(b: Box, names: number[] | null): string {
  if (b.isConst) {
    if (b.kind === KIND_I) return String(b.intValue);
    if (b.kind === KIND_R) return b.refValue === null ? "null" : "ConstPtr";
    return String(b.floatValue);
  }
  const n = names !== null && b.index >= 0 && b.index < names.length ? names[b.index] : b.index;
  return (b.kind === KIND_I ? "i" : b.kind === KIND_R ? "p" : "f") + String(n);
}

/**
 * Names for a numbered trace's boxes in the order it defines them (its
 * inputs, then each op's result and later label's args): numberBoxes
 * numbers refs first, for the frame's root slots; a log reads better in
 * order.  By box index.
 */
function namesInOrder(t: CompiledTrace): number[] {
  const names: number[] = [];
  for (let k = 0; k < t.slots; k++) names.push(-1);
  let n = 0;
  const name = (b: Box): void => {
    if (!b.isConst && b.index >= 0 && b.index < names.length && names[b.index] < 0) names[b.index] = n++;
  };
  for (const b of t.inputArgs) name(b);
  for (let k = 0; k < t.ops.length; k++) {
    const op = t.ops[k];
    if (op.opnum === LABEL && k > 0) for (const b of op.args) name(b);
    if (op.result !== null) name(op.result);
  }
  return names;
}

/** What a debug_merge_point stands for in the interpreted program (the driver's getPrintableLocation), or null: the ops' own text. */
export type LocationOf = ((op: ResOp) => string) | null;

export function formatOp(op: ResOp, data: JitData, where: LocationOf = null, names: number[] | null = null): string {
  // (the green key's position in the interpreted program; without a way to say it, nothing: the key is constants)
  if (op.opnum === DEBUG_MERGE_POINT) return "debug_merge_point(" + (where === null ? "" : "'" + where(op) + "'") + ")";
  const args: string[] = [];
  for (const a of op.args) args.push(boxText(a, names));
  // (a jump's descr is the loop it enters)
  if (op.opnum === JUMP) {
    if (jumpTarget(op) >= 0) args.push("loop " + String(jumpTarget(op)) + (jumpsIntoBody(op) ? " body" : ""));
  } else if (op.descr >= 0) args.push("descr=<" + data.descrs[op.descr].name + ">");
  // (a call of a portal with constant greens: RPython's call_assembler, its token the key's number)
  if (op.assembler !== null) args.push("token=" + String(op.assembler.number));
  let s = (op.assembler !== null ? "call_assembler" : OPNAMES[op.opnum]) + "(" + args.join(", ") + ")";
  if (op.result !== null) s = boxText(op.result, names) + " = " + s;
  if (isGuard(op.opnum) && op.resume !== null && op.resume.length > 0) {
    const top = op.resume[op.resume.length - 1];
    let extra = "";
    if (op.virtuals !== null) extra += ", " + String(op.virtuals.length) + " virtual" + (op.virtuals.length === 1 ? "" : "s");
    if (op.pending !== null) extra += ", " + String(op.pending.length) + " delayed write" + (op.pending.length === 1 ? "" : "s");
    s += " [" + data.jitcodes[top.jitcode].name + "@" + String(top.pc) + extra + "]";
  }
  return s;
}

export function formatTrace(t: CompiledTrace, data: JitData, where: LocationOf = null): string {
  const lines: string[] = [];
  const inputs: string[] = [];
  const names = namesInOrder(t);
  for (const b of t.inputArgs) inputs.push(boxText(b, names));
  lines.push("[" + inputs.join(", ") + "]");
  for (const op of t.ops) lines.push(formatOp(op, data, where, names));
  return lines.join("\n");
}

/**
 * Ops as the metainterp recorded them, before optimization
 * (RTSLOG=jit-log-noopt): their boxes are not numbered yet, so they are
 * numbered for the text and then left as they were (numberBoxes numbers
 * them, or the optimizer's copies, when the trace is compiled).
 */
export function formatRecorded(inputs: Box[], ops: ResOp[], data: JitData, where: LocationOf = null): string {
  const touched: Box[] = [];
  const number = (b: Box): void => {
    if (b.isConst || b.index >= 0) return;
    b.index = touched.length;
    touched.push(b);
  };
  for (const b of inputs) number(b);
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    if (op.opnum === LABEL && k > 0) for (const b of op.args) number(b);
    if (op.result !== null) number(op.result);
  }
  const t = new CompiledTrace(inputs, ops, "recorded");
  t.slots = touched.length;
  const text = formatTrace(t, data, where);
  for (const b of touched) b.index = -1;
  return text;
}
