// Machine-code backends (RPython's backend/x86, backend/aarch64): a backend
// compiles what it can of a trace to the machine's code, and the trace
// runner (tracerunner.ts) runs that code whenever it enters the trace, then
// goes on interpreting from the operation where the code stopped — a
// failing guard (the runner fails it again and takes its bridge or leaves)
// or an operation the code leaves to the runner (a case it does not
// handle inline, an operation that would fail).  So every trace runs, and
// each backend compiles more over time.  Backends are RTS code translated
// with the program; a backend's plugin adds its module, which registers an
// instance here at init time.  RTS code.
import type { GcRef } from "./jitdata.ts";
import type { CompiledTrace } from "./resoperation.ts";
import type { JitData } from "./jitdata.ts";

export abstract class NativeCode {
  /** The machine its code runs on (rts/ll codeArch). */
  abstract readonly arch: number;
  /** Compiles `t` (sets t.nativeCode) if it can; what it cannot compile runs on the trace runner. */
  abstract compile(t: CompiledTrace, data: JitData): void;
  /**
   * Runs t's code from the trace's start, its inputs in the slots of vi, vr
   * and vf; the values the code computed go back into the slots; returns the
   * index of the operation the trace runner goes on with.
   */
  abstract execute(t: CompiledTrace, vi: number[], vr: (GcRef | null)[], vf: number[]): number;
}

/** No machine code (untranslated, or a machine without a backend). */
export class NoNativeCode extends NativeCode {
  readonly arch = 0;
  compile(_t: CompiledTrace, _data: JitData): void {}
  execute(_t: CompiledTrace, _vi: number[], _vr: (GcRef | null)[], _vf: number[]): number {
    return 0;
  }
}

/** The backends of the program (each backend's module adds one at init time). */
export const NATIVE_BACKENDS: NativeCode[] = [new NoNativeCode()];

/** The backend for this machine, or null. */
export function nativeBackendFor(arch: number): NativeCode | null {
  for (const b of NATIVE_BACKENDS) if (b.arch === arch && arch !== 0) return b;
  return null;
}
