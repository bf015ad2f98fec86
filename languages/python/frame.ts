// Frames and the interpreter's global state.  A frame holds what one run of
// a code object needs: its locals (then its cells and free variables) and
// value stack, in one list — the JIT's virtualizable: in a compiled loop
// they live in trace values — and, for module and class bodies, the
// namespace dict the NAME operations use.
import { immutableFields, virtualizable, weAreJitted } from "rts/jit";
import type { Code } from "./code.ts";
import { NONE, NO_VALUE, PyDict, type PyModule, type PyObject } from "./objects/model.ts";
import type { GenSink } from "./objects/gensink.ts";

export class Frame {
  pc = 0;
  /** The value stack's top: an index of `slots` (the stack starts at `base`). */
  sp: number;
  /**
   * The locals (NO_VALUE while unbound), then the cells and free variables
   * (PyCell objects), then the value stack (NO_VALUE above sp) — one list,
   * as CPython's localsplus: a call allocates one list for both.
   */
  readonly slots: PyObject[];
  /** Where the value stack starts in `slots` (the code's locals, cells and free variables before it). */
  readonly base: number;
  /** The exception to raise where a suspended generator resumes (generator.throw), or null. */
  pendingThrow: PyObject | null = null;
  /** The last RETURN_VALUE/YIELD_VALUE was a yield. */
  yielded = false;
  /** The frame is running (a generator cannot be resumed inside itself). */
  running = false;
  /** While a builtin consumes this generator whole (list(g), sum(g)...): what its yields are offered to first. */
  sink: GenSink | null = null;

  constructor(
    readonly code: Code,
    readonly globals: PyDict,
    /** The namespace of a module or class body (NAME operations), or null for a function. */
    readonly localsDict: PyDict | null,
  ) {
    this.base = code.varnames.length + code.cellvars.length + code.freevars.length;
    this.sp = this.base;
    // (one op of a length the code fixes: a constant in a trace, where a frame the trace makes — an inlined call's — stays virtual)
    this.slots = new Array<PyObject>(this.base + code.stackSize).fill(NO_VALUE);
  }

  /** Back to a fresh frame's state (calls.ts releaseFrame: the code's spare frame). */
  reset(): void {
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) slots[i] = NO_VALUE;
    this.pc = 0;
    this.sp = this.base;
    this.pendingThrow = null;
    this.yielded = false;
    this.running = false;
    this.sink = null;
  }

  push(v: PyObject): void {
    this.slots[this.sp++] = v;
  }

  pop(): PyObject {
    const v = this.slots[--this.sp];
    // (in a trace the emptied slot is a constant, so that the value popped need not live on in the virtualizable;
    // the interpreter leaves it: a store less per pop, and nothing reads the stack above sp)
    if (weAreJitted()) this.slots[this.sp] = NO_VALUE;
    return v;
  }

  top(): PyObject {
    return this.slots[this.sp - 1];
  }

  peek(k: number): PyObject {
    return this.slots[this.sp - 1 - k];
  }
}
virtualizable(Frame, "pc", "sp", "slots[*]");

/** The `data` of builtins that read the calling frame (globals(), locals(), vars() and dir() without arguments; exec and eval): interp.ts frameBuiltin answers them. */
export const FRAME_BUILTIN = -1;

/** The interpreter's global state: the exception being handled (sys.exc_info), the recursion depth and limit. */
export class State {
  excInfo: PyObject = NONE;
  depth = 0;
  recursionLimit = 1000;
  /** The text of each source file by name, for the lines tracebacks show. */
  readonly sources = new Map<string, string[]>();
  /** sys.modules, by name; and the same as the dict programs see (sys.modules). */
  readonly modules = new Map<string, PyModule>();
  readonly modulesDict = new PyDict();
  /** sys.path: where `import` looks for the user's modules ("" is the current directory). */
  path: string[] = [""];
}

// (sys.setrecursionlimit changes the limit seldom: every call's depth check compares with a constant in traces)
immutableFields(State, "recursionLimit?");

export const state = new State();
