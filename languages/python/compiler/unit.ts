// One code object under construction: the instruction words with their
// lines, labels patched when bound, the constant and name tables, the value
// stack's depth as each instruction leaves it (for the frame's size and the
// handlers' depths), and the protected ranges of the exception table.
import { Code, Op } from "../code.ts";
import type { PyObject } from "../objects/model.ts";
import type { Scope } from "./symtable.ts";
import { internName } from "../objects/strhash.ts";

export class Label {
  pc = -1;
  /** The stack depth where jumps arrive, or -1 before the first jump. */
  depth = -1;
  readonly uses: number[] = [];
}

/** A protected range being emitted: its handler and the depth to unwind to; `start` is -1 while suspended. */
export class Protection {
  start = -1;
  constructor(
    readonly handler: Label,
    readonly depth: number,
  ) {}
}

/** The stack effect of each opcode that has a fixed one (others are computed in `effect`). */
function effect(op: Op, arg: number): number {
  switch (op) {
    case Op.NOP: case Op.ROT_TWO: case Op.ROT_THREE: case Op.ROT_FOUR: case Op.JUMP: case Op.JUMP_BACKWARD:
    case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: case Op.LOAD_ATTR:
    case Op.GET_ITER: case Op.LIST_TO_TUPLE: case Op.FORMAT_VALUE: case Op.DELETE_FAST: case Op.DELETE_DEREF:
    case Op.DELETE_GLOBAL: case Op.DELETE_NAME: case Op.GET_YIELD_FROM_ITER: case Op.YIELD_VALUE: case Op.SETUP_ANNOTATIONS:
    case Op.COPY_FREE_VARS: case Op.MAKE_CELL: case Op.IMPORT_FROM:
      return op === Op.IMPORT_FROM ? 1 : 0;
    case Op.POP_TOP: case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_GLOBAL: case Op.STORE_NAME: case Op.DELETE_ATTR:
    case Op.BINARY_SUBSCR: case Op.BINARY_OP: case Op.INPLACE_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND:
    case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.RETURN_VALUE: case Op.RERAISE: case Op.POP_EXCEPT:
    case Op.CHECK_EXC_MATCH: case Op.IMPORT_NAME: case Op.IMPORT_STAR: case Op.PRINT_EXPR: case Op.YIELD_FROM:
      return op === Op.CHECK_EXC_MATCH ? 0 : -1;
    case Op.DUP_TOP: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE: case Op.LOAD_CLASSDEREF:
    case Op.LOAD_GLOBAL: case Op.LOAD_NAME: case Op.LOAD_BUILD_CLASS: case Op.LOAD_ASSERTION_ERROR: case Op.PUSH_EXC_INFO:
    case Op.BEFORE_WITH: case Op.LOAD_METHOD: case Op.WITH_EXCEPT_START:
      return 1;
    case Op.DUP_TOP_TWO:
      return 2;
    case Op.GET_LEN: case Op.MATCH_SEQUENCE: case Op.MATCH_MAPPING: case Op.MATCH_KEYS:
      return 1;
    case Op.MATCH_CLASS:
      return -2;
    case Op.COPY_DICT_WITHOUT_KEYS:
      return 0;
    case Op.STORE_ATTR: case Op.MAP_ADD:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.DELETE_SUBSCR:
      return -2;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return -1; // the fall-through path; the jump keeps the value (label depth set by the emitter)
    case Op.FOR_ITER:
      return 1; // the loop path; exhaustion pops the iterator (label depth set by the emitter)
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP:
      return 0 - arg;
    case Op.BUILD_SLICE:
      return 1 - arg;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.CALL:
      return 0 - arg;
    case Op.CALL_METHOD:
      return 0 - arg - 1;
    case Op.CALL_KW:
      return 0 - arg - 1;
    case Op.CALL_EX:
      return 0 - 1 - (arg & 1);
    case Op.MAKE_FUNCTION:
      return 0 - ((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case Op.RAISE_VARARGS:
      return 0 - arg;
  }
  return 0;
}

export class Unit {
  readonly code: number[] = [];
  readonly lines: number[] = [];
  readonly consts: PyObject[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];
  readonly varnames: string[] = [];
  readonly exceptionTable: number[] = [];
  private readonly protections: Protection[] = [];
  depth = 0;
  maxDepth = 0;
  line: number;

  constructor(
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    firstLine: number,
  ) {
    this.line = firstLine;
    for (const p of scope.params) this.varnames.push(p);
    if (scope.kind === "function") for (const [n, k] of scope.symbols) if (k === "local" && !this.varnames.includes(n)) this.varnames.push(n);
  }

  get pc(): number {
    return this.code.length;
  }

  emit(op: Op, arg = 0): void {
    this.code.push(op, arg);
    this.lines.push(this.line);
    this.depth += effect(op, arg);
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  /** Emits a jump to `label` (patched when it is bound); the depth at the target is the depth after the jump pops (or `targetDepth`). */
  jump(op: Op, label: Label, targetDepth = -1): void {
    this.emit(op, 0);
    label.uses.push(this.code.length - 1);
    if (label.pc >= 0) this.code[this.code.length - 1] = label.pc;
    const d = targetDepth >= 0 ? targetDepth : op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP ? this.depth + 1 : op === Op.FOR_ITER ? this.depth - 2 : this.depth;
    if (label.depth < 0) label.depth = d;
  }

  bind(label: Label): void {
    label.pc = this.code.length;
    for (const at of label.uses) this.code[at] = label.pc;
    if (label.depth >= 0) this.depth = label.depth;
  }

  constIndex(key: string, make: () => PyObject): number {
    const known = this.constKeys.get(key);
    if (known !== undefined) return known;
    this.consts.push(make());
    this.constKeys.set(key, this.consts.length - 1);
    return this.consts.length - 1;
  }

  /** A constant that is never shared with an equal one (code objects). */
  uniqueConst(value: PyObject): number {
    this.consts.push(value);
    return this.consts.length - 1;
  }

  nameIndex(name: string): number {
    const i = this.names.indexOf(name);
    if (i >= 0) return i;
    this.names.push(internName(name));
    return this.names.length - 1;
  }

  varIndex(name: string): number {
    const i = this.varnames.indexOf(name);
    if (i >= 0) return i;
    this.varnames.push(name);
    return this.varnames.length - 1;
  }

  /** The slot of a cell or free variable: after the locals, cells then frees. */
  derefIndex(name: string): number {
    const c = this.scope.cellvars.indexOf(name);
    if (c >= 0) return this.varnames.length + c;
    const f = this.scope.freevars.indexOf(name);
    if (f < 0) throw new Error(`no cell or free variable ${name} in ${this.name}`);
    return this.varnames.length + this.scope.cellvars.length + f;
  }

  // ---- the exception table ------------------------------------------------------------------------

  /** Starts a protected range here, handled at `handler` with the stack unwound to the current depth (plus `extra`). */
  protect(handler: Label, extra = 0): Protection {
    const p = new Protection(handler, this.depth + extra);
    p.start = this.pc;
    this.protections.push(p);
    return p;
  }

  /** Ends the innermost protected range (which must be `p`). */
  unprotect(p: Protection): void {
    const top = this.protections.pop();
    if (top !== p) throw new Error("protected ranges out of order");
    this.closeSegment(p);
  }

  /** Suspends the protections above `depth` entries (while a `finally` body is copied for a return or break) and returns them for `resume`. */
  suspend(downTo: number): Protection[] {
    const out: Protection[] = [];
    for (let i = this.protections.length - 1; i >= downTo; i--) {
      this.closeSegment(this.protections[i]);
      out.push(this.protections[i]);
    }
    return out;
  }

  resume(ps: Protection[]): void {
    for (const p of ps) p.start = this.pc;
  }

  get protectionCount(): number {
    return this.protections.length;
  }

  private closeSegment(p: Protection): void {
    if (p.start >= 0 && p.start < this.pc) {
      this.exceptionTable.push(p.start, this.pc, 0, p.depth, 0);
      this.handlerUses.push([this.exceptionTable.length - 3, p.handler]);
    }
    p.start = -1;
  }

  private readonly handlerUses: [number, Label][] = [];

  finish(filename: string, argcount: number, posonly: number, kwonly: number, flags: number): Code {
    for (const [at, label] of this.handlerUses) this.exceptionTable[at] = label.pc;
    const cellArgs = this.scope.cellvars.map((c) => this.scope.params.indexOf(c));
    // a parameter that is a cell keeps its varnames slot for argument passing; its value moves into the cell at entry
    return new Code(
      this.name, this.qualname, filename, this.scope.line, argcount, posonly, kwonly, flags,
      this.varnames, this.scope.cellvars, this.scope.freevars, cellArgs, this.names, this.consts,
      Int32Array.from(this.code), this.lines, this.exceptionTable, this.maxDepth + 2,
    );
  }
}
