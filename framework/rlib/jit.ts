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
    // checked where the driver is made (at translation time: a located init-time error)
    const names = [...spec.greens, ...spec.reds];
    if (spec.reds.length === 0) throw new Error("a JitDriver needs at least one red (a variable that changes from one iteration of the loop to the next)");
    for (const n of names) {
      if (!/^[A-Za-z_$][\w$]*$/.test(n)) throw new Error(`JitDriver: ${JSON.stringify(n)} is not a variable name`);
      if (names.indexOf(n) !== names.lastIndexOf(n)) throw new Error(`JitDriver: ${n} is named twice (a variable is either green or red)`);
    }
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
