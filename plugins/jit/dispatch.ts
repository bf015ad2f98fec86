// The dispatch code of the translated JIT runtime (RPython's backends make
// the same per descr: call stubs, field accessors): each dispatch function
// of framework/jit/runtime/translated-cpu.ts gets a body that switches on
// the descr number, and case n does what descr n says — reads or writes
// the field, allocates the class, runs the op (its template, the operands
// from the register lists) or calls the function — with the program's own
// low-level ops, so the later transforms (exceptions, GC roots, barriers)
// and the backend treat it as any graph.  An exception the op or call
// raises is caught and left with jitSetPending (in jitOpWord*, the ops
// machine code calls: with jitRaiseInCode, where the code's
// guard_no_exception looks); the case returns a dummy.
import { Block, CAN_RAISE, DEFAULT_CASE, EXC_CASE, Link, Variable, type Value } from "rts/plugin";
import type { LLType, ClassLayout } from "../../framework/rtyper/lltypes.ts";
import type { LLFunction } from "../../framework/rtyper/rtyper.ts";
import { kindOf, type CallDescr, type Descr, type Kind, type OpDescr } from "../../framework/jit/codewriter/jitcode.ts";
import { opInfo } from "../../framework/ops/index.ts";
import { wordIndexes, wordKindOf } from "../../framework/jit/codewriter/runtime-data.ts";
import { HELPER_ASSEMBLER_SLOW_PATH } from "../../framework/jit/runtime/translated-cpu.ts";
import { parseSignature } from "../../framework/ops/op.ts";
import { call, constant, emit, fromRegister, meta, toRegister, typeOf, variable, SIGNED, VOID } from "./graphs.ts";

/** What the generator needs from the runtime module: its functions by name. */
export interface RuntimeFunctions {
  get(name: string): LLFunction;
  /** The runtime's GcRef pointer type. */
  gcref: LLType;
  /** The program's exception type (a pointer to Error). */
  error: LLType;
}

type Case = (b: Block, params: Variable[]) => { value: Value | null; raises: boolean };

const SUFFIX: Record<Kind | "v", string> = { i: "I", r: "R", f: "F", v: "V" };

export function generateDispatch(descrs: readonly Descr[], rtf: RuntimeFunctions): void {
  const resultKind = (t: LLType): Kind | "v" => kindOf(t) ?? "v";
  for (const k of ["i", "r", "f", "v"] as const) {
    const ops = new Map<number, Case>();
    const calls = new Map<number, Case>();
    descrs.forEach((d, n) => {
      // an op whose signature has no result is op_v whatever its result variable's type (jtransform's rule)
      if (d.kind === "op" && (isVoidOp(d) ? "v" : resultKind(d.resultType)) === k) ops.set(n, (b, p) => opCase(b, d, p));
      if (d.kind === "call" && resultKind(d.resultType) === k) calls.set(n, (b, p) => callCase(b, d, p));
    });
    rewrite(rtf.get(`dispatchOp${SUFFIX[k]}`), ops, rtf);
    rewrite(rtf.get(`dispatchCall${SUFFIX[k]}`), calls, rtf);
  }
  for (const k of ["i", "r", "f"] as const) {
    const gets = new Map<number, Case>();
    const sets = new Map<number, Case>();
    descrs.forEach((d, n) => {
      if (d.kind !== "field" || kindOf(d.type) !== k) return;
      gets.set(n, (b, [obj]) => ({ value: emit(b, "getfield", [object(b, obj, d.layout), meta(d.field)], d.type), raises: false }));
      sets.set(n, (b, [obj, , v]) => {
        emit(b, "setfield", [object(b, obj, d.layout), meta(d.field), fromRegister(b, v, d.type)], VOID);
        return { value: null, raises: false };
      });
    });
    rewrite(rtf.get(`dispatchGetfield${SUFFIX[k]}`), gets, rtf, 1);
    rewrite(rtf.get(`dispatchSetfield${SUFFIX[k]}`), sets, rtf, 1);
  }
  // jitOpWord*: the ops machine code calls, operands as words
  // (by DescrInfo.wordKind's rule, wordKindOf: the function machine code calls for the op is the one that has its case)
  // (cased by DescrInfo.wordIndex, dense per function: a jump table)
  const indexes = wordIndexes(descrs);
  (["i", "r", "f", "v"] as const).forEach((k, kind) => {
    const cases = new Map<number, Case>();
    for (const [n, index] of indexes) {
      const d = descrs[n] as OpDescr;
      if (wordKindOf(d) === kind) cases.set(index, (b, p) => opWordCase(b, d, p, rtf));
    }
    // (an op that raises leaves its exception where machine code's guard_no_exception after it looks)
    rewrite(rtf.get(`jitOpWord${SUFFIX[k]}`), cases, rtf, 0, "jitRaiseInCode");
  });
  // jitCallAddress: each call descr's function, for machine code to call
  const addresses = new Map<number, Case>();
  descrs.forEach((d, n) => {
    if (d.kind === "call") addresses.set(n, (b) => ({ value: emit(b, "fnaddr", [meta(d.fn)], SIGNED), raises: false }));
  });
  rewrite(rtf.get("jitCallAddress"), addresses, rtf);
  // jitOpWordAddress: the jitOpWord* function of an op's result kind (DescrInfo.wordKind), for machine code to call
  const words = new Map<number, Case>();
  (["I", "R", "F", "V"] as const).forEach((s, k) => words.set(k, (b) => ({ value: emit(b, "fnaddr", [meta(rtf.get(`jitOpWord${s}`))], SIGNED), raises: false })));
  rewrite(rtf.get("jitOpWordAddress"), words, rtf);
  // jitHelperAddress: the runtime's functions machine code calls
  const helpers = new Map<number, Case>();
  helpers.set(HELPER_ASSEMBLER_SLOW_PATH, (b) => ({ value: emit(b, "fnaddr", [meta(rtf.get("jitAssemblerSlowPath"))], SIGNED), raises: false }));
  rewrite(rtf.get("jitHelperAddress"), helpers, rtf);
  const news = new Map<number, Case>();
  const fatals = new Map<number, Case>();
  descrs.forEach((d, n) => {
    if (d.kind === "size") news.set(n, (b) => ({ value: emit(b, "malloc", [meta(d.layout)], { k: "Inst", layout: d.layout }), raises: false }));
    if (d.kind === "fatal") {
      fatals.set(n, (b) => {
        emit(b, "unreachable", [meta(`${d.message}\n  at ${d.where}`)], VOID);
        return { value: null, raises: false };
      });
    }
  });
  rewrite(rtf.get("dispatchNew"), news, rtf);
  rewrite(rtf.get("dispatchFatal"), fatals, rtf);
  // jitRefAddress: the object's address
  const ra = rtf.get("jitRefAddress");
  const rb = new Block([variable("r", rtf.gcref)]);
  rb.closeWith([new Link([emit(rb, "cast_ptr_to_int", [rb.inputargs[0]], SIGNED)], ra.graph.returnblock)]);
  ra.graph.startblock = rb;
  // jitRefFromAddress: back from an address
  const fa = rtf.get("jitRefFromAddress");
  const fb = new Block([variable("a", SIGNED)]);
  fb.closeWith([new Link([emit(fb, "cast_int_to_ptr", [fb.inputargs[0]], rtf.gcref)], fa.graph.returnblock)]);
  fa.graph.startblock = fb;
  // dispatchStackOverflow: the runtime's RangeError as a GcRef
  const so = rtf.get("dispatchStackOverflow");
  const start = new Block([]);
  const err = call(start, rtf.get("makeStackOverflowError"), []);
  start.closeWith([new Link([toRegister(start, err, rtf.gcref)], so.graph.returnblock)]);
  so.graph.startblock = start;
}

/** The object operand of a field access: the GcRef seen as its class, checked for null. */
function object(b: Block, ref: Value, layout: ClassLayout): Value {
  const t: LLType = { k: "Inst", layout };
  return emit(b, "check_nonnull", [fromRegister(b, ref, t)], t);
}

/** Replaces fn's body: a switch on its descr parameter (`descrAt`), one case per entry of `cases`. */
function rewrite(fn: LLFunction, cases: Map<number, Case>, rtf: RuntimeFunctions, descrAt = 0, pending = "jitSetPending"): void {
  const g = fn.graph;
  fn.perProgram = true;
  const params = g.startblock.inputargs.map((v) => variable(v.hint, typeOf(v)));
  const start = new Block(params);
  const result = typeOf(g.returnblock.inputargs[0]);
  const dummy = result.k === "Void" ? constant(undefined, VOID) : constant(result.k === "Float" ? 0.0 : result.k === "Signed" ? 0 : null, result);
  const exits: Link[] = [];
  for (const [n, make] of cases) {
    const inner = params.map((p) => variable(p.hint, typeOf(p)));
    const b = new Block(inner);
    const { value, raises } = make(b, inner);
    const finish = (blk: Block, v: Value | null): void => {
      // (a ref for a word result — jitOpWordR's raising ops — is its address)
      if (v !== null && result.k === "Signed" && kindOf(typeOf(v)) === "r") v = emit(blk, "cast_ptr_to_int", [toRegister(blk, v, rtf.gcref)], SIGNED);
      blk.closeWith([new Link([v === null ? dummy : toRegister(blk, v, result)], g.returnblock)]);
    };
    if (raises) {
      // the raising op ends the block: its result goes on to a block that converts and returns it
      const exc = variable("exc", rtf.error);
      const caught = new Block([variable("e", rtf.error)]);
      call(caught, rtf.get(pending), [toRegister(caught, caught.inputargs[0], rtf.gcref)]);
      caught.closeWith([new Link([dummy], g.returnblock)]);
      const excLink = new Link([exc], caught, EXC_CASE);
      excLink.excValue = exc;
      const r = value instanceof Variable ? variable("r", typeOf(value)) : null;
      const done = new Block(r ? [r] : []);
      finish(done, r ?? value);
      b.closeWith([new Link(r ? [value!] : [], done), excLink], CAN_RAISE);
    } else {
      finish(b, value);
    }
    exits.push(new Link(params, b, n));
  }
  const bad = new Block([]);
  emit(bad, "unreachable", [meta("the JIT asked for a descr this code does not know")], VOID);
  bad.closeWith([new Link([dummy], g.returnblock)]);
  exits.push(new Link([], bad, DEFAULT_CASE));
  start.closeWith(exits, params[descrAt]);
  g.startblock = start;
}

/** The operands of an op or call from the three register lists. */
function operands(b: Block, kinds: readonly (Kind | "meta" | "void")[], types: readonly LLType[], template: readonly Value[] | null, lists: Variable[]): Value[] {
  const at = { i: 0, r: 0, f: 0 };
  const list = { i: lists[0], r: lists[1], f: lists[2] };
  return kinds.map((k, n) => {
    if (k === "meta") return template![n];
    if (k === "void") return constant(undefined, VOID);
    const item = emit(b, "list_getitem", [list[k], constant(at[k]++, SIGNED)], (typeOf(list[k]) as { item: LLType }).item);
    return fromRegister(b, item, types[n]);
  });
}

function isVoidOp(d: OpDescr): boolean {
  return parseSignature(opInfo(d.op.opname).sig).result === "void";
}

function opCase(b: Block, d: OpDescr, params: Variable[]): { value: Value | null; raises: boolean } {
  const args = operands(b, d.argKinds, d.argTypes, d.op.args, params.slice(1));
  const res = emit(b, d.op.opname, args, isVoidOp(d) ? VOID : d.resultType);
  return { value: !isVoidOp(d) && kindOf(d.resultType) ? res : null, raises: !!opInfo(d.op.opname).canRaise };
}

/** An op on word operands (params: d, a0..a4, f0, f1): refs are addresses, and so is a ref result. */
function opWordCase(b: Block, d: OpDescr, params: Variable[], rtf: RuntimeFunctions): { value: Value | null; raises: boolean } {
  // the jitcode's order: ints, then refs, then floats
  const order = [...d.argKinds.map((k, n) => ({ k, n })).filter((x) => x.k === "i"), ...d.argKinds.map((k, n) => ({ k, n })).filter((x) => x.k === "r")];
  const word = new Map<number, number>(order.map((x, w) => [x.n, w]));
  let f = 0;
  const args = d.argKinds.map((k, n) => {
    if (k === "meta") return d.op.args[n];
    if (k === "void") return constant(undefined, VOID);
    if (k === "f") return fromRegister(b, params[6 + f++], d.argTypes[n]);
    const w = params[1 + word.get(n)!];
    return fromRegister(b, k === "r" ? emit(b, "cast_int_to_ptr", [w], rtf.gcref) : w, d.argTypes[n]);
  });
  const res = emit(b, d.op.opname, args, isVoidOp(d) ? VOID : d.resultType);
  const raises = !!opInfo(d.op.opname).canRaise;
  if (isVoidOp(d) || !kindOf(d.resultType)) return { value: raises ? res : null, raises };
  if (raises) return { value: res, raises };
  if (kindOf(d.resultType) === "r") return { value: emit(b, "cast_ptr_to_int", [toRegister(b, res, rtf.gcref)], SIGNED), raises: false };
  return { value: res, raises: false };
}

function callCase(b: Block, d: CallDescr, params: Variable[]): { value: Value | null; raises: boolean } {
  const kinds = d.argTypes.map((t) => kindOf(t) ?? "void");
  const args = operands(b, kinds, d.argTypes, null, params.slice(1));
  const res = call(b, d.fn, args);
  return { value: kindOf(d.resultType) ? res : null, raises: d.effects.canRaise };
}

/**
 * jitPrintable (portal.ts): per driver with a getPrintableLocation, a call
 * of it with the greens from the register lists (in the driver's order per
 * kind).  One that throws gives "?": logging must not change what the
 * program does.  A driver without one gives "".
 */
export function generatePrintable(fns: readonly (LLFunction | null)[], rtf: RuntimeFunctions): void {
  const target = rtf.get("jitPrintable");
  const g = target.graph;
  target.perProgram = true;
  const params = g.startblock.inputargs.map((v) => variable(v.hint, typeOf(v)));
  const text = typeOf(g.returnblock.inputargs[0]);
  const start = new Block(params);
  const exits: Link[] = [];
  fns.forEach((fn, d) => {
    if (fn === null) return;
    const inner = params.map((p) => variable(p.hint, typeOf(p)));
    const b = new Block(inner);
    const kinds = fn.argTypes.map((t) => kindOf(t) ?? "void");
    const r = call(b, fn, operands(b, kinds, fn.argTypes, null, inner.slice(1)), "where");
    const exc = variable("exc", rtf.error);
    const caught = new Block([variable("e", rtf.error)]);
    caught.closeWith([new Link([constant("?", text)], g.returnblock)]);
    const excLink = new Link([exc], caught, EXC_CASE);
    excLink.excValue = exc;
    const got = variable("where", text);
    const done = new Block([got]);
    done.closeWith([new Link([got], g.returnblock)]);
    b.closeWith([new Link([r], done), excLink], CAN_RAISE);
    exits.push(new Link(params, b, d));
  });
  const other = new Block([]);
  other.closeWith([new Link([constant("", text)], g.returnblock)]);
  exits.push(new Link([], other, DEFAULT_CASE));
  start.closeWith(exits, params[0]);
  g.startblock = start;
}
