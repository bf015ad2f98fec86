// The CPU of a translated program (RTS code): the blackhole's and the
// trace runner's operations on the program's real objects.  Each one goes
// through a dispatch function below whose body here is only a sample for
// the annotator: when a program is translated with --jit, the JIT plugin
// (plugins/jit/dispatch.ts) replaces each body with a switch over the
// program's descrs — case n runs descr n's field access, allocation, op or
// call on its operands, as the interpreter's own graph would.  A call or
// op that raises leaves its exception with jitSetPending (the generated
// code catches it) and returns a dummy value; the runtime takes it with
// takeException(), as the Cpu interface says.
import { dontLookInside } from "rts/jit";
import * as ll from "rts/ll";
import { Cpu } from "./cpu.ts";
import { DescrInfo, GcRef } from "./jitdata.ts";

type Ref = GcRef | null;

class Pending {
  exception: Ref = null;
}
const PENDING = new Pending();

/** Called by the generated dispatch code when an op or call raised: the exception waits for takeException(). */
export function jitSetPending(e: Ref): void {
  PENDING.exception = e;
}

// ---- the dispatch functions (generated when translated with --jit) ----------------
export function dispatchOpI(d: number, ints: number[], refs: Ref[], floats: number[]): number {
  return ints[d] + refs.length + floats.length;
}
export function dispatchOpR(d: number, ints: number[], refs: Ref[], floats: number[]): Ref {
  return ints.length + floats.length > 0 ? refs[d] : null;
}
export function dispatchOpF(d: number, ints: number[], refs: Ref[], floats: number[]): number {
  return floats[d] + ints.length + refs.length;
}
export function dispatchOpV(d: number, ints: number[], refs: Ref[], floats: number[]): void {
  if (ints[d] + refs.length + floats.length < 0) PENDING.exception = null;
}
export function dispatchCallI(d: number, ints: number[], refs: Ref[], floats: number[]): number {
  return ints[d] + refs.length + floats.length;
}
export function dispatchCallR(d: number, ints: number[], refs: Ref[], floats: number[]): Ref {
  return ints.length + floats.length > 0 ? refs[d] : null;
}
export function dispatchCallF(d: number, ints: number[], refs: Ref[], floats: number[]): number {
  return floats[d] + ints.length + refs.length;
}
export function dispatchCallV(d: number, ints: number[], refs: Ref[], floats: number[]): void {
  if (ints[d] + refs.length + floats.length < 0) PENDING.exception = null;
}
export function dispatchGetfieldI(obj: Ref, d: number): number {
  return obj === null ? d : d + 1;
}
export function dispatchGetfieldR(obj: Ref, d: number): Ref {
  return d > 0 ? obj : null;
}
export function dispatchGetfieldF(obj: Ref, d: number): number {
  return obj === null ? d * 0.5 : d * 1.5;
}
export function dispatchSetfieldI(obj: Ref, d: number, v: number): void {
  if (obj === null && d + v < 0) PENDING.exception = null;
}
export function dispatchSetfieldR(obj: Ref, d: number, v: Ref): void {
  if (obj === v && d < 0) PENDING.exception = null;
}
export function dispatchSetfieldF(obj: Ref, d: number, v: number): void {
  if (obj === null && d + v < 0) PENDING.exception = null;
}
export function dispatchNew(d: number): Ref {
  return d < 0 ? null : new GcRef();
}
/** Stops the program as descr d's `unreachable` op does. */
export function dispatchFatal(d: number): void {
  if (d < 0) PENDING.exception = null;
}
/**
 * Called by the generated jitOpWord* code when an op that machine code
 * called raised: the exception goes where the code's guard_no_exception
 * looks (the runtime's pending-exception root, last of the global roots),
 * as a function the code calls directly leaves it.
 */
export function jitRaiseInCode(e: Ref): void {
  ll.store(ll.globalRoot(ll.globalRootCount() - 1), 0, jitRefAddress(e));
}
dontLookInside(jitRaiseInCode);
/** The address of an object, for machine code (valid until the next allocation may move it). */
export function jitRefAddress(r: Ref): number {
  return r === null ? 0 : 1;
}
/** The object at an address (one jitRefAddress gave, or the collector updated in a root slot of machine code). */
export function jitRefFromAddress(a: number): Ref {
  return a === 0 ? null : new GcRef();
}
/** jitHelperAddress's functions: portal.ts jitAssemblerSlowPath. */
export const HELPER_ASSEMBLER_SLOW_PATH = 0;
/** The machine address of one of the runtime's functions machine code calls (HELPER_*; generated: plugins/jit/dispatch.ts). */
export function jitHelperAddress(which: number): number {
  return which + 1;
}
dontLookInside(jitHelperAddress);

/** The machine address of call descr d's function (machine code calls it directly). */
export function jitCallAddress(d: number): number {
  return d + 1;
}
dontLookInside(jitCallAddress);

/** The machine address of jitOpWordI, R, F or V (kind 0 to 3: DescrInfo.wordKind), through which machine code runs a wordOp op. */
export function jitOpWordAddress(kind: number): number {
  return kind + 1;
}
dontLookInside(jitOpWordAddress);

// ops for machine code to call (generated): the op of case d (an op descr's
// DescrInfo.wordIndex, dense per function) on operands passed as machine
// words — ints and refs (addresses) in the jitcode's order in
// a0..a4, floats in f0, f1 — its result a word (a ref's address) or a float
export function jitOpWordI(d: number, a0: number, a1: number, a2: number, a3: number, a4: number, f0: number, f1: number): number {
  return d + a0 + a1 + a2 + a3 + a4 + (f0 + f1 > 0 ? 1 : 0);
}
export function jitOpWordR(d: number, a0: number, a1: number, a2: number, a3: number, a4: number, f0: number, f1: number): number {
  return d + a0 + a1 + a2 + a3 + a4 + (f0 + f1 > 0 ? 2 : 0);
}
export function jitOpWordF(d: number, a0: number, a1: number, a2: number, a3: number, a4: number, f0: number, f1: number): number {
  return f0 * 0.5 + f1 + d + a0 + a1 + a2 + a3 + a4;
}
export function jitOpWordV(d: number, a0: number, a1: number, a2: number, a3: number, a4: number, f0: number, f1: number): void {
  if (d + a0 + a1 + a2 + a3 + a4 + f0 + f1 < 0) PENDING.exception = null;
}
dontLookInside(jitOpWordI);
dontLookInside(jitOpWordR);
dontLookInside(jitOpWordF);
dontLookInside(jitOpWordV);
dontLookInside(jitRefAddress);
dontLookInside(jitRefFromAddress);

/** The exception the interpreter's stack check raises. */
export function makeStackOverflowError(): Error {
  return new RangeError("Maximum call stack size exceeded");
}
/** makeStackOverflowError()'s error as a GcRef. */
export function dispatchStackOverflow(): Ref {
  return new GcRef();
}
// generated after the transforms that would inline these samples
dontLookInside(dispatchOpI);
dontLookInside(dispatchOpR);
dontLookInside(dispatchOpF);
dontLookInside(dispatchOpV);
dontLookInside(dispatchCallI);
dontLookInside(dispatchCallR);
dontLookInside(dispatchCallF);
dontLookInside(dispatchCallV);
dontLookInside(dispatchGetfieldI);
dontLookInside(dispatchGetfieldR);
dontLookInside(dispatchGetfieldF);
dontLookInside(dispatchSetfieldI);
dontLookInside(dispatchSetfieldR);
dontLookInside(dispatchSetfieldF);
dontLookInside(dispatchNew);
dontLookInside(dispatchStackOverflow);
dontLookInside(dispatchFatal);

export class TranslatedCpu extends Cpu {
  constructor(readonly descrs: DescrInfo[]) {
    super();
  }
  bhOpI(d: number, i: number[], r: Ref[], f: number[]): number {
    return dispatchOpI(d, i, r, f);
  }
  bhOpR(d: number, i: number[], r: Ref[], f: number[]): Ref {
    return dispatchOpR(d, i, r, f);
  }
  bhOpF(d: number, i: number[], r: Ref[], f: number[]): number {
    return dispatchOpF(d, i, r, f);
  }
  bhOpV(d: number, i: number[], r: Ref[], f: number[]): void {
    dispatchOpV(d, i, r, f);
  }
  bhCallI(d: number, i: number[], r: Ref[], f: number[]): number {
    return dispatchCallI(d, i, r, f);
  }
  bhCallR(d: number, i: number[], r: Ref[], f: number[]): Ref {
    return dispatchCallR(d, i, r, f);
  }
  bhCallF(d: number, i: number[], r: Ref[], f: number[]): number {
    return dispatchCallF(d, i, r, f);
  }
  bhCallV(d: number, i: number[], r: Ref[], f: number[]): void {
    dispatchCallV(d, i, r, f);
  }
  bhGetfieldI(obj: Ref, d: number): number {
    return dispatchGetfieldI(obj, d);
  }
  bhGetfieldR(obj: Ref, d: number): Ref {
    return dispatchGetfieldR(obj, d);
  }
  bhGetfieldF(obj: Ref, d: number): number {
    return dispatchGetfieldF(obj, d);
  }
  bhSetfieldI(obj: Ref, d: number, v: number): void {
    dispatchSetfieldI(obj, d, v);
  }
  bhSetfieldR(obj: Ref, d: number, v: Ref): void {
    dispatchSetfieldR(obj, d, v);
  }
  bhSetfieldF(obj: Ref, d: number, v: number): void {
    dispatchSetfieldF(obj, d, v);
  }
  bhNew(d: number): Ref {
    return dispatchNew(d);
  }
  bhFatal(d: number): void {
    dispatchFatal(d);
  }
  stackOverflow(): Ref {
    return dispatchStackOverflow();
  }
  callAddress(d: number): number {
    return jitCallAddress(d);
  }
  takeException(): Ref {
    const e = PENDING.exception;
    PENDING.exception = null;
    return e;
  }
}
