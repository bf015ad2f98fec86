// The codewriter's output in the runtime's classes (framework/jit/runtime/
// jitdata.ts): what the JIT runtime reads.  `refConstant` turns a ref
// constant (a prebuilt object, a string) into the runtime's value for it.
import type { Constant } from "../../flow/model.ts";
import type { GlobalDesc } from "../../flow/descriptors.ts";
import { OptSentinel, isPtr, type ClassLayout, type LLType } from "../../rtyper/lltypes.ts";
import { storageOf, type Storage } from "../../rtyper/layout.ts";
import { OPT_BOOL, OPT_FLOAT, OPT_INT, OPT_PTR, STORE_BOOL, STORE_F64, STORE_I64, STORE_NONE, STORE_PTR, DESCR_CALL, DESCR_FATAL, DESCR_FIELD, DESCR_JITCODE, DESCR_OP, DESCR_SIZE, DESCR_SWITCH, DescrInfo, JitCode as RtJitCode, JitData, type GcRef } from "../runtime/jitdata.ts";
import type { JitProgram } from "./codewriter.ts";
import { kindOf, type Descr, type OpDescr } from "./jitcode.ts";
import { opInfo } from "../../ops/index.ts";
import { parseSignature } from "../../ops/op.ts";
import { describeDescr } from "./format.ts";
import { INSN_FORMS, JIT_MERGE_POINT, LIVE } from "../insns.ts";

const KIND_NUMBER = { field: DESCR_FIELD, size: DESCR_SIZE, call: DESCR_CALL, jitcode: DESCR_JITCODE, op: DESCR_OP, switch: DESCR_SWITCH, fatal: DESCR_FATAL } as const;

/** The runtime's classes to build the data with: the toolkit's, or those of a translated program's Load stage. */
export interface RuntimeClasses {
  JitCode: typeof RtJitCode;
  DescrInfo: typeof DescrInfo;
  JitData: typeof JitData;
}

const OWN_CLASSES: RuntimeClasses = { JitCode: RtJitCode, DescrInfo, JitData };

/**
 * The runtime's jitcodes and descrs.  `keepSentinels`: the constant pools
 * keep OptSentinel objects (the C backend writes their words); else (the
 * llgraph backend, on Node) they are their null or undefined.
 */
export function runtimeData(jp: JitProgram, refConstant: (c: Constant) => GcRef | null, classes: RuntimeClasses = OWN_CLASSES, keepSentinels = false): JitData {
  const words = (xs: unknown[]): number[] => (keepSentinels ? xs : xs.map((x) => (x instanceof OptSentinel ? x.value : x))) as number[];
  const jitcodes = jp.jitcodes.map((jc) => {
    const live: number[] = [];
    const liveAt: number[] = [];
    for (const e of jc.liveness) {
      liveAt.push(live.length);
      live.push(e.i.length, ...e.i, e.r.length, ...e.r, e.f.length, ...e.f);
    }
    // `live n` operands become offsets into the flat liveness array
    const code = Int32Array.from(jc.code);
    for (let p = 0; p < code.length; ) p = nextInsn(code, p, (at) => (code[at] = liveAt[code[at]]));
    return new classes.JitCode(jc.name, jc.index, code, jc.numRegs.i, jc.numRegs.r, jc.numRegs.f, words(jc.consts.i), (jc.consts.r as Constant[]).map(refConstant), words(jc.consts.f), Int32Array.from(live));
  });
  const descrs = jp.descrs.map((d) => descrInfo(d, jitcodes, classes));
  const indexes = wordIndexes(jp.descrs);
  for (const [n, k] of indexes) descrs[n].wordIndex = k;
  jp.descrs.forEach((d, n) => {
    if (d.kind === "field" && d.quasiWatcher) descrs[n].quasiWatcher = jp.descrs.indexOf(d.quasiWatcher);
  });
  const portals = jp.portals.map((p) => jitcodes[p.jitcode.index]);
  const mergePoints = portals.map(mergePointOffset);
  // a call of a portal function: a traced call of it may become a call_assembler — when the portal's
  // registers at its merge point are its parameters (nothing before it but `live`: portalsplit.ts made it so)
  jp.descrs.forEach((d, n) => {
    if (d.kind !== "call") return;
    const k = jp.portals.findIndex((p) => p.jitcode.fn === d.fn);
    if (k >= 0 && onlyLiveBefore(portals[k].code, mergePoints[k])) descrs[n].portal = k;
  });
  return new classes.JitData(jitcodes, descrs, portals, mergePoints);
}

/** A number per module-level variable (the heap cache's key: names may repeat across modules). */
const GLOBAL_IDS = new WeakMap<GlobalDesc, number>();
let nextGlobalId = 0;
function globalIdOf(g: GlobalDesc): number {
  let n = GLOBAL_IDS.get(g);
  if (n === undefined) GLOBAL_IDS.set(g, (n = nextGlobalId++));
  return n;
}

function descrInfo(d: Descr, jitcodes: RtJitCode[], classes: RuntimeClasses): DescrInfo {
  const info = new classes.DescrInfo(KIND_NUMBER[d.kind], describeDescr(d).slice(1, -1));
  if (d.kind === "switch") info.cases = new Map(d.cases);
  else if (d.kind === "jitcode") info.jitcode = jitcodes[d.jitcode.index];
  else if (d.kind === "fatal") info.message = d.message;
  else if (d.kind === "field") {
    info.fieldName = d.field;
    info.immutable = d.immutable;
    info.immutableItems = d.immutableItems;
    info.vable = d.vable;
    info.vableItems = d.vableItems;
    // the JIT's targets are 64-bit (layout.ts: the same numbers the C compiler is held to)
    info.offset = d.layout.memory(8).offsets.get(d.field)!;
    info.storage = storageCode(storageOf(d.type));
    info.zeroIsZero = d.type.k === "Signed" || d.type.k === "Float" || d.type.k === "Bool" || info.storage === STORE_PTR;
  } else if (d.kind === "size") {
    info.offset = d.layout.memory(8).size;
    info.tid = d.layout.tid;
    info.tidMax = d.layout.tidMax;
  }
  if (d.kind === "op") {
    info.readsItems = ITEM_READS.has(d.op.opname);
    info.fixedLength = d.op.opname === "typed_len";
    info.wordOp = wordOperands(d);
    info.wordKind = wordKindOf(d);
    info.opName = d.op.opname;
    info.lenDescr = d.lenDescr ?? -1;
    info.setDescr = d.setDescr ?? -1;
    info.filledDescr = d.filledDescr ?? -1;
    if (d.op.opname === "getglobal" || d.op.opname === "setglobal") {
      const g = (d.op.args[0] as Constant).value as GlobalDesc;
      info.globalId = globalIdOf(g);
      info.globalName = g.name;
    }
    const typed = d.argTypes.find((t) => t.k === "Typed");
    if (typed && typed.k === "Typed") info.elem = typed.elem;
    // a list's items: how one is stored in its word (opt_narrow: its result, a plain value)
    const itemType =
      d.op.opname === "list_setitem" || d.op.opname === "list_store"
        ? d.argTypes[2]
        : d.op.opname === "list_new_filled"
          ? d.argTypes[2] // (meta, length, fill)
          : d.op.opname === "list_getitem" || d.op.opname === "list_getitem_opt" || d.op.opname === "opt_narrow"
            ? d.resultType
            : d.op.opname === "list_new"
              ? ((d.op.args[0] as Constant).value as LLType) // (meta: the item type; the items follow)
              : null;
    if (itemType) info.storage = storageCode(storageOf(itemType));
    if (d.methodTests && d.methodTargets) {
      info.methodTests = d.methodTests;
      info.methodJitcodes = d.methodTargets.map((t) => jitcodes[t.jitcode.index]);
    }
    info.indirect = !!d.indirect;
    if (d.op.opname === "is_null" || d.op.opname === "is_undef" || d.op.opname === "is_nullish") {
      const k = d.argTypes[0].k;
      info.optKind = k === "OptSigned" ? OPT_INT : k === "OptBool" ? OPT_BOOL : k === "OptFloat" ? OPT_FLOAT : OPT_PTR;
    }
    if (d.op.opname === "instanceof" || d.op.opname === "checked_cast") {
      const l = (d.op.args[1] as Constant).value as ClassLayout;
      info.tid = l.tid;
      info.tidMax = l.tidMax;
    }
  }
  if (d.kind === "call") {
    // what machine code needs to call the function itself: the C types of its parameters and result
    const kinds = d.argTypes.map(callKind);
    const result = d.resultType.k === "Void" || d.resultType.k === "Signed" || d.resultType.k === "Bool" || d.resultType.k === "Float" || isPtr(d.resultType);
    if (result && kinds.every((k) => k >= 0)) info.callArgs = kinds;
    info.storage = d.resultType.k === "Void" ? STORE_NONE : storageCode(storageOf(d.resultType));
    if (d.indirectJitcode) info.indirectJitcode = jitcodes[d.indirectJitcode.index];
  }
  if (d.kind === "call" || d.kind === "op") {
    info.canRaise = d.effects.canRaise;
    info.elidable = d.effects.elidable;
    info.canCollect = d.effects.canCollect;
    // effect locations name fields "field:Cls.name" (Cls the static type: compare by name)
    const w = d.effects.writes;
    info.writesLists = w === "any" || w.some((l) => l === "*" || l.startsWith("list"));
    info.writtenFields = w === "any" || w.includes("*") ? null : w.filter((l) => l.startsWith("field:")).map((l) => l.slice(l.lastIndexOf(".") + 1));
    // (by name: two modules' variables of one name are forgotten together)
    info.writtenGlobals = w === "any" || w.includes("*") ? null : w.filter((l) => l.startsWith("global:")).map((l) => l.slice("global:".length));
    info.sideEffects = d.effects.canRaise || w === "any" || w.length > 0 || (d.kind === "op" && d.canFail);
    info.writesHeap = w === "any" || w.length > 0;
    info.canInvalidate = w === "any" || w.includes("*") || w.includes("qmut");
    const r = d.effects.reads;
    info.readsHeap = r === "any" || r.length > 0;
    info.readsLists = r === "any" || r.some((l) => l === "*" || l.startsWith("list"));
    info.readFields = r === "any" || r.includes("*") ? null : r.filter((l) => l.startsWith("field:")).map((l) => l.slice(l.lastIndexOf(".") + 1));
  }
  return info;
}

/** Whether machine code can call op descr d through the runtime's jitOpWord* (plugins/jit/dispatch.ts): it has at most five int/ref operands and two floats (one that may raise leaves its exception where the code's guard_no_exception after it looks). */
export function wordOperands(d: OpDescr): boolean {
  let words = 0;
  let floats = 0;
  for (const k of d.argKinds) {
    if (k === "i" || k === "r") words++;
    else if (k === "f") floats++;
  }
  return words <= 5 && floats <= 2;
}

/**
 * The case number of each op descr machine code calls through jitOpWord*
 * (by descr number): dense per jitOpWord function, in descr order, so that
 * its switch is a jump table — on the descr numbers themselves, a few
 * hundred spread over thousands, it was a tree of compares (3% of the
 * Python nqueens).
 */
export function wordIndexes(descrs: readonly Descr[]): Map<number, number> {
  const next = [0, 0, 0, 0];
  const out = new Map<number, number>();
  descrs.forEach((d, n) => {
    if (d.kind === "op" && wordOperands(d)) out.set(n, next[wordKindOf(d)]++);
  });
  return out;
}

/** Which of jitOpWordI, R, F, V runs op descr d (an op whose signature has no result is V whatever its result variable: jtransform's rule). */
export function wordKindOf(d: OpDescr): number {
  if (parseSignature(opInfo(d.op.opname).sig).result === "void") return 3;
  const k = kindOf(d.resultType);
  return k === "i" ? 0 : k === "r" ? 1 : k === "f" ? 2 : 3;
}

/** A parameter's register kind for machine code's calls (0 int, 1 ref, 2 float), -1 for one it does not pass. */
function callKind(t: LLType): number {
  if (t.k === "Signed" || t.k === "Bool") return 0;
  if (t.k === "Float") return 2;
  return isPtr(t) ? 1 : -1;
}

function storageCode(st: Storage): number {
  return st === "i64" ? STORE_I64 : st === "f64" ? STORE_F64 : st === "bool" ? STORE_BOOL : st === "ptr" ? STORE_PTR : STORE_NONE;
}

/** Where a portal's jit_merge_point is. */
function mergePointOffset(jc: RtJitCode): number {
  for (let p = 0; p < jc.code.length; p = nextInsn(jc.code, p)) if (jc.code[p] === JIT_MERGE_POINT) return p;
  throw new Error(`internal: no jit_merge_point in portal ${jc.name}`);
}

function onlyLiveBefore(code: Int32Array, at: number): boolean {
  for (let p = 0; p < at; p = nextInsn(code, p)) if (code[p] !== LIVE) return false;
  return true;
}

/** Reads of an array whose only ref operand is the array (folded on a constant array with immutable items). */
const ITEM_READS = new Set(["list_getitem", "list_len", "typed_getitem", "typed_len"]);

const ARGCODES = INSN_FORMS.map((f) => f.slice(f.indexOf("/") + 1));

/** The offset of the instruction after the one at p; `onLive` sees a live instruction's operand offset. */
export function nextInsn(code: Int32Array, p: number, onLive?: (at: number) => void): number {
  const op = code[p++];
  const argcodes = ARGCODES[op];
  if (op === LIVE) onLive?.(p);
  for (let c = 0; c < argcodes.length; c++) {
    const a = argcodes[c];
    if (a === ">") c++;
    if (a === "I" || a === "R" || a === "F") p += code[p] + 1;
    else p++;
  }
  return p;
}
