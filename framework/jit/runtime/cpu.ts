// The CPU interface (RPython's backend/model.py AbstractCPU): everything the
// JIT runtime needs from a backend.  This part serves the blackhole
// interpreter — the `bh` operations run one instruction's work on real
// values; the descr number tells the backend which field, op or function.
// The llgraph backend (framework/jit/llgraph) implements it on the
// llinterp's objects; machine-code backends on memory, with the layouts.
//
// Argument lists are the instruction's register lists, one per kind, in
// order; the backend puts them back in the callee's parameter order.
// An exception raised by an op or call is not thrown: the backend keeps it,
// and the caller asks with pendingException().
import type { GcRef } from "./jitdata.ts";

export abstract class Cpu {
  abstract bhOpI(descr: number, ints: number[], refs: (GcRef | null)[], floats: number[]): number;
  abstract bhOpR(descr: number, ints: number[], refs: (GcRef | null)[], floats: number[]): GcRef | null;
  abstract bhOpF(descr: number, ints: number[], refs: (GcRef | null)[], floats: number[]): number;
  abstract bhOpV(descr: number, ints: number[], refs: (GcRef | null)[], floats: number[]): void;
  abstract bhCallI(descr: number, ints: number[], refs: (GcRef | null)[], floats: number[]): number;
  abstract bhCallR(descr: number, ints: number[], refs: (GcRef | null)[], floats: number[]): GcRef | null;
  abstract bhCallF(descr: number, ints: number[], refs: (GcRef | null)[], floats: number[]): number;
  abstract bhCallV(descr: number, ints: number[], refs: (GcRef | null)[], floats: number[]): void;
  abstract bhGetfieldI(obj: GcRef | null, descr: number): number;
  abstract bhGetfieldR(obj: GcRef | null, descr: number): GcRef | null;
  abstract bhGetfieldF(obj: GcRef | null, descr: number): number;
  abstract bhSetfieldI(obj: GcRef | null, descr: number, v: number): void;
  abstract bhSetfieldR(obj: GcRef | null, descr: number, v: GcRef | null): void;
  abstract bhSetfieldF(obj: GcRef | null, descr: number, v: number): void;
  abstract bhNew(descr: number): GcRef | null;
  /** Stops the program with the descr's message (fatal_unless). */
  abstract bhFatal(descr: number): void;
  /** The exception a call raises when the interpreter's recursion is too deep (RangeError). */
  abstract stackOverflow(): GcRef | null;
  /** The code address of call descr d's function (what a closure's code pointer holds: an indirect call's callee). */
  abstract callAddress(descr: number): number;
  /** The exception the last op or call raised, or null; taking it clears it. */
  abstract takeException(): GcRef | null;
}
