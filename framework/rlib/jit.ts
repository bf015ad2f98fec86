// rts/jit: hints for the meta-tracing JIT.  Untranslated (and translated
// without --jit) they are no-ops; the JIT generator reads them.

export interface JitDriverSpec {
  greens: string[];
  reds: string[];
}

export class JitDriver {
  readonly greens: string[];
  readonly reds: string[];
  constructor(spec: JitDriverSpec) {
    this.greens = spec.greens;
    this.reds = spec.reds;
  }
  /** Marks the top of the interpreter's dispatch loop. */
  jitMergePoint(_vars: object): void {}
  /** Marks a backward jump of the interpreted program (a loop closing). */
  canEnterJit(_vars: object): void {}
}

/** Tells the JIT to treat x as a constant in the trace. */
export function promote<T>(x: T): T {
  return x;
}

/** True when running in JIT-compiled code. */
export function weAreJitted(): boolean {
  return false;
}
