// rts/jit: hints for the meta-tracing JIT.  Untranslated (and translated
// without --jit) they are no-ops; the JIT generator reads them.

export interface JitDriverSpec {
  greens: string[];
  reds: string[];
  /** The driver's variables whose object is a virtualizable: a frame whose virtualizable() fields live in trace values while jitted. */
  virtualizables?: string[];
  /**
   * The interpreted program's position a green key stands for, as text
   * (RPython's get_printable_location): called with the greens, in order,
   * when the JIT logs a trace (RTSLOG=jit-log-opt, jit-summary).
   */
  getPrintableLocation?: (...greens: never[]) => string;
}

export class JitDriver {
  readonly greens: string[];
  readonly reds: string[];
  readonly virtualizables: string[];
  readonly getPrintableLocation: ((...greens: never[]) => string) | null;
  constructor(spec: JitDriverSpec) {
    // checked where the driver is made (at translation time: a located init-time error)
    const names = [...spec.greens, ...spec.reds];
    if (spec.reds.length === 0) throw new Error("a JitDriver needs at least one red (a variable that changes from one iteration of the loop to the next)");
    for (const n of names) {
      if (!/^[A-Za-z_$][\w$]*$/.test(n)) throw new Error(`JitDriver: ${JSON.stringify(n)} is not a variable name`);
      if (names.indexOf(n) !== names.lastIndexOf(n)) throw new Error(`JitDriver: ${n} is named twice (a variable is either green or red)`);
    }
    const vables = spec.virtualizables ?? [];
    for (const v of vables) {
      if (!names.includes(v)) throw new Error(`JitDriver: the virtualizable ${JSON.stringify(v)} is not one of the driver's greens or reds`);
    }
    this.greens = spec.greens;
    this.reds = spec.reds;
    this.virtualizables = vables;
    if (spec.getPrintableLocation !== undefined && typeof spec.getPrintableLocation !== "function") throw new Error("JitDriver: getPrintableLocation must be a function of the greens");
    this.getPrintableLocation = spec.getPrintableLocation ?? null;
  }
  /** Marks the top of the interpreter's dispatch loop. */
  jitMergePoint(_vars: object): void {}
  /** Marks a backward jump of the interpreted program (a loop closing). */
  canEnterJit(_vars: object): void {}
  /**
   * In the portal function, right before the loop with its jitMergePoint
   * (nothing that may run the interpreter in between): this run is not an
   * interpreted function's entry (a generator resumed where it yielded), so
   * its first merge point is not counted or traced as one (see traces from a
   * function's entry in docs/jit.md).
   */
  notAnEntry(): void {}
}

/** Tells the JIT to treat x as a constant in the trace. */
export function promote<T>(x: T): T {
  return x;
}

/** True when running in JIT-compiled code (and while the JIT traces). */
export function weAreJitted(): boolean {
  return false;
}

/** True while tracing when x is a constant of the trace (a branch on it then costs nothing). */
export function isConstant<T>(_x: T): boolean {
  return false;
}

/**
 * Sets a parameter of the JIT (RPython's set_param) when the program runs
 * translated with --jit: "threshold" (loop iterations before tracing),
 * "functionThreshold" (calls of an interpreted function before its entry
 * is traced; by default 1619/1039 of the threshold, as RPython's), "traceEagerness" (guard failures before a bridge), "traceLimit"
 * (operations a trace may record), "inlining" (0: calls of the portal stay
 * call_assemblers, not inlined into the caller's trace), "inlineLimit" (operations
 * one inlined call may add to a trace before the trace is given up and that call
 * kept a call), "loopCut" (an inlined call stops being followed at one of its
 * loops once an iteration of it added this many operations: the rest of the
 * call is a call_assembler from the loop's merge point; -1, the default: never),
 * "enableOpts" (a bit per optimizer pass).
 * An RTS_JIT_* environment variable of the same parameter wins.  Untranslated,
 * and translated without the JIT, it does nothing.
 */
export function setParam(name: "threshold" | "functionThreshold" | "traceEagerness" | "traceLimit" | "inlining" | "inlineLimit" | "loopCut" | "enableOpts", value: number): void {
  if (name.length < 0) throw new Error(String(value));
}

// ---- marks on functions ------------------------------------------------------------
// Called at module level on a function or method of the program (they
// return it): `elidable(lookupMethod);`, `elidable(Shape.prototype.find);`.
// The translator reads the marks after running module-level code.

/** Each marked function, its marks and where the mark was made (for messages). */
export const MARKED_FUNCTIONS = new Map<unknown, { marks: string[]; where: string }>();

function mark<F>(fn: F, what: string): F {
  if (typeof fn !== "function") throw new Error(`${what}() takes a function or method of the program`);
  // the caller's line, for messages (the Load stage enables source maps)
  const where = (new Error().stack ?? "").split("\n")[3]?.replace(/^\s*at\s+/, "") ?? "";
  const known = MARKED_FUNCTIONS.get(fn);
  if (known) known.marks.push(what);
  else MARKED_FUNCTIONS.set(fn, { marks: [what], where });
  return fn;
}

/**
 * A pure function: no side effects the program can see, a result that
 * depends only on the arguments (it may read data that never changes).
 * The JIT calls it instead of tracing it, and a call whose arguments are
 * constants in the trace is replaced by its result.
 */
export function elidable<F>(fn: F): F {
  return mark(fn, "elidable");
}

/** The JIT may trace through this function although it contains a loop (the loop is short and its trip count constant in a trace). */
export function unrollSafe<F>(fn: F): F {
  return mark(fn, "unrollSafe");
}

/** The JIT calls this function instead of tracing through it. */
export function dontLookInside<F>(fn: F): F {
  return mark(fn, "dontLookInside");
}

/** Each function given to lookInsideIff and its predicate. */
export const LOOK_INSIDE_IFF = new Map<unknown, { predicate: unknown; where: string }>();

/**
 * The JIT traces through `fn` (its loops unrolled) at a call whose
 * arguments make `predicate` true, and calls it otherwise (RPython's
 * look_inside_iff).  `fn` is a function declared at the top level or a
 * method (`Row.prototype.sumFirst`); the predicate is a function declared
 * at the top level that takes fn's parameters (a method's receiver first)
 * and returns a boolean; the JIT traces it at
 * each call of fn, so it is typically made of isConstant() tests:
 * `function constantSmall(x: number, n: number): boolean { return isConstant(n) && n < 8; }`
 * then `lookInsideIff(power, constantSmall);` at module level.  Outside
 * traces nothing changes: fn runs as written, the predicate is not called.
 */
export function lookInsideIff<A extends unknown[], R>(fn: (...args: A) => R, predicate: ((...args: A) => boolean) | ((receiver: never, ...args: A) => boolean)): (...args: A) => R {
  if (typeof predicate !== "function") throw new Error("lookInsideIff() takes the function and a predicate function of its arguments");
  // (this function, then its caller)
  const where = (new Error().stack ?? "").split("\n")[2]?.replace(/^\s*at\s+/, "") ?? "";
  if (LOOK_INSIDE_IFF.has(fn)) throw new Error("lookInsideIff(): the function already has a predicate");
  LOOK_INSIDE_IFF.set(fn, { predicate, where });
  return mark(fn, "lookInsideIff");
}

// ---- marks on fields -----------------------------------------------------------------
/** Each class given to immutableFields, its field specs and where the mark was made. */
export const MARKED_FIELDS = new Map<unknown, { fields: string[]; where: string }>();

/**
 * Fields of `cls`'s instances the JIT may treat as constants once it has
 * seen them (RPython's `_immutable_fields_`): `"name"` — the field does not
 * change after the object is set up; `"name[*]"` — neither does the field
 * nor any item of the array it holds; `"name?"` — the field is
 * quasi-immutable (RPython's `"name?"`): it may change, but seldom.  A read
 * of such a field of an object the trace knows (a green, a promoted value)
 * then costs nothing, and so does a read of such an array at a known
 * index.  The program promises the first two (the translator rejects a
 * write it sees outside the constructor); a write to a quasi-immutable
 * field invalidates the compiled code that folded its old value, which
 * then leaves to the interpreter and is traced again later — a field
 * written often makes that costly, not wrong.  Called at module level,
 * after the class: `immutableFields(Chunk, "code[*]", "constants[*]");`.
 */
export function immutableFields(cls: abstract new (...args: never[]) => unknown, ...fields: string[]): void {
  markFields(MARKED_FIELDS, "immutableFields", cls, fields);
}

/** Records `fields` of class `cls` in `marks`, with the line that called `what` (for messages). */
function markFields(marks: Map<unknown, { fields: string[]; where: string }>, what: string, cls: unknown, fields: string[]): void {
  if (typeof cls !== "function") throw new Error(`${what}() takes a class of the program`);
  for (const f of fields) {
    const spec = what === "immutableFields" ? /^[A-Za-z_$][\w$]*(\[\*\]|\?)?$/ : /^[A-Za-z_$][\w$]*(\[\*\])?$/;
    if (!spec.test(f)) throw new Error(`${what}: ${JSON.stringify(f)} is not a field name (or name[*]${what === "immutableFields" ? ", name?" : ""})`);
  }
  // (this function, the mark's, then its caller)
  const where = (new Error().stack ?? "").split("\n")[3]?.replace(/^\s*at\s+/, "") ?? "";
  const known = marks.get(cls);
  if (known) known.fields.push(...fields);
  else marks.set(cls, { fields: [...fields], where });
}


// ---- virtualizables ----------------------------------------------------------------
/** Each class given to virtualizable, its field specs and where the mark was made. */
export const VIRTUALIZABLE_FIELDS = new Map<unknown, { fields: string[]; where: string }>();

/**
 * Declares the fields of `cls`'s instances that live in the JIT's trace
 * values while a driver naming such an object in `virtualizables` runs
 * compiled code (RPython's `_virtualizable_`): `"sp"` — a field;
 * `"stack[*]"` — the items of the array the field holds.  Their writes
 * are done when compiled code leaves the loop (or calls code that may read
 * them), not once per iteration.  The arrays are the frame's own: each is
 * made by an array literal and stored in one such field of one object,
 * and is used only through it (read, written, pushed, popped, its length)
 * — the translator checks this, so the JIT may take them to be no other
 * list.  Called at module level, after the class:
 * `virtualizable(Frame, "sp", "locals[*]", "stack[*]");`.
 */
export function virtualizable(cls: abstract new (...args: never[]) => unknown, ...fields: string[]): void {
  markFields(VIRTUALIZABLE_FIELDS, "virtualizable", cls, fields);
}
