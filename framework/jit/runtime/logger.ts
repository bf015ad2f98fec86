// Traces as text (the jit-log-opt format of RTSLOG, in PYPYLOG's spirit):
// one op per line, `i3 = int_add(i1, 5)`, guards with the interpreter
// position they resume at.  RTS code.
import type { JitData } from "./jitdata.ts";
import { Box, DEBUG_MERGE_POINT, JUMP, KIND_I, KIND_R, OPNAMES, isGuard, jumpTarget, jumpsIntoBody, type CompiledTrace, type ResOp } from "./resoperation.ts";

function boxText(b: Box): string {
  if (b.isConst) {
    if (b.kind === KIND_I) return String(b.intValue);
    if (b.kind === KIND_R) return b.refValue === null ? "null" : "ConstPtr";
    return String(b.floatValue);
  }
  return (b.kind === KIND_I ? "i" : b.kind === KIND_R ? "p" : "f") + String(b.index);
}

/** What a debug_merge_point stands for in the interpreted program (the driver's getPrintableLocation), or null: the ops' own text. */
export type LocationOf = ((op: ResOp) => string) | null;

export function formatOp(op: ResOp, data: JitData, where: LocationOf = null): string {
  // (the green key's position in the interpreted program; without a way to say it, nothing: the key is constants)
  if (op.opnum === DEBUG_MERGE_POINT) return "debug_merge_point(" + (where === null ? "" : "'" + where(op) + "'") + ")";
  const args: string[] = [];
  for (const a of op.args) args.push(boxText(a));
  // (a jump's descr is the loop it enters)
  if (op.opnum === JUMP) {
    if (jumpTarget(op) >= 0) args.push("loop " + String(jumpTarget(op)) + (jumpsIntoBody(op) ? " body" : ""));
  } else if (op.descr >= 0) args.push("descr=<" + data.descrs[op.descr].name + ">");
  // (a call of a portal with constant greens: RPython's call_assembler, its token the key's number)
  if (op.assembler !== null) args.push("token=" + String(op.assembler.number));
  let s = (op.assembler !== null ? "call_assembler" : OPNAMES[op.opnum]) + "(" + args.join(", ") + ")";
  if (op.result !== null) s = boxText(op.result) + " = " + s;
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
  for (const b of t.inputArgs) inputs.push(boxText(b));
  lines.push("[" + inputs.join(", ") + "]");
  for (const op of t.ops) lines.push(formatOp(op, data, where));
  return lines.join("\n");
}
