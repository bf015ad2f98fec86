// A frame-based VM whose frame is a virtualizable (rts/jit virtualizable):
// its locals, value stack and stack pointer live in the JIT's trace values
// while a loop runs compiled, and are written back when it leaves.  The
// interpreted program builds a list (writes into a Val[] that is not the
// frame's), calls a residual sort that writes list items, and fails with
// an index out of range: none of it may see a stale frame.  Untranslated the
// hints do nothing; translated with --jit it must print exactly the same.
import { JitDriver, immutableFields, virtualizable } from "rts/jit";

class VMError extends Error {}

abstract class Val {
  abstract show(): string;
}
class Int extends Val {
  constructor(readonly v: number) {
    super();
  }
  show(): string {
    return String(this.v);
  }
}
class List extends Val {
  readonly items: Val[] = [];
  show(): string {
    const parts: string[] = [];
    for (const x of this.items) parts.push(x.show());
    return "[" + parts.join(", ") + "]";
  }
}
const NONE = new Int(0);

/** A call's frame: the JIT keeps its locals, stack and sp in trace values. */
class Frame {
  readonly locals: Val[];
  readonly stack: Val[];
  sp = 0;
  constructor(nlocals: number, depth: number) {
    const locals: Val[] = [];
    for (let i = 0; i < nlocals; i++) locals.push(NONE);
    this.locals = locals;
    const stack: Val[] = [];
    for (let i = 0; i < depth; i++) stack.push(NONE);
    this.stack = stack;
  }
  push(v: Val): void {
    this.stack[this.sp++] = v;
  }
  pop(): Val {
    return this.stack[--this.sp];
  }
  /** The stack as the interpreted program left it (read after the loop: what the JIT wrote back). */
  dump(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.sp; i++) parts.push(this.stack[i].show());
    return "<" + parts.join(" ") + ">";
  }
}
virtualizable(Frame, "sp", "locals[*]", "stack[*]");

const PUSH = 0, LOAD = 1, STORE = 2, ADD = 3, MUL = 4, MOD = 5, LT = 6, JUMP_IF_FALSE = 7, JUMP = 8;
const NEWLIST = 9, APPEND = 10, GETI = 11, LEN = 12, SORT = 13, PRINT = 14, HALT = 15;

class Code {
  constructor(
    readonly ops: Int32Array,
    readonly consts: Val[],
  ) {}
}
immutableFields(Code, "ops[*]", "consts[*]");

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["frame", "out"], virtualizables: ["frame"] });

function intOf(v: Val): number {
  if (!(v instanceof Int)) throw new VMError("not a number: " + v.show());
  return v.v;
}

function listOf(v: Val): List {
  if (!(v instanceof List)) throw new VMError("not a list: " + v.show());
  return v;
}

/** Sorts a list's items in place (insertion sort: a loop, so a residual call that writes list items). */
function sortItems(items: Val[]): void {
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    let j = i - 1;
    while (j >= 0 && intOf(items[j]) > intOf(x)) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = x;
  }
}

function run(code: Code, frame: Frame, out: string[]): string {
  let pc = 0;
  try {
    for (;;) {
      driver.jitMergePoint({ pc, code, frame, out });
      const op = code.ops[pc];
      const arg = code.ops[pc + 1];
      pc += 2;
      if (op === PUSH) frame.push(code.consts[arg]);
      else if (op === LOAD) frame.push(frame.locals[arg]);
      else if (op === STORE) frame.locals[arg] = frame.pop();
      else if (op === ADD || op === MUL || op === MOD || op === LT) {
        const b = intOf(frame.pop());
        const a = intOf(frame.pop());
        frame.push(new Int(op === ADD ? a + b : op === MUL ? a * b : op === MOD ? a % b : a < b ? 1 : 0));
      } else if (op === JUMP_IF_FALSE) {
        if (intOf(frame.pop()) === 0) pc = arg;
      } else if (op === JUMP) {
        pc = arg;
        driver.canEnterJit({ pc, code, frame, out });
      } else if (op === NEWLIST) frame.push(new List());
      else if (op === APPEND) {
        const v = frame.pop();
        listOf(frame.stack[frame.sp - 1]).items.push(v);
      } else if (op === GETI) {
        const i = intOf(frame.pop());
        const l = listOf(frame.pop());
        if (i < 0 || i >= l.items.length) throw new VMError("index " + String(i) + " out of range");
        frame.push(l.items[i]);
      } else if (op === LEN) frame.push(new Int(listOf(frame.pop()).items.length));
      else if (op === SORT) sortItems(listOf(frame.stack[frame.sp - 1]).items);
      else if (op === PRINT) out.push(frame.pop().show());
      else if (op === HALT) return "halt " + frame.dump();
      else throw new VMError("bad op " + String(op));
    }
  } catch (e) {
    if (e instanceof VMError) return "error: " + e.message + " " + frame.dump();
    throw e;
  }
}

class Assembler {
  readonly ops: number[] = [];
  readonly labels = new Map<string, number>();
  readonly fixups: [number, string][] = [];
  emit(op: number, arg = 0): void {
    this.ops.push(op, arg);
  }
  jump(op: number, label: string): void {
    this.fixups.push([this.ops.length + 1, label]);
    this.emit(op, 0);
  }
  label(name: string): void {
    this.labels.set(name, this.ops.length);
  }
  code(consts: Val[]): Code {
    for (const [at, name] of this.fixups) this.ops[at] = this.labels.get(name)!;
    const ops = new Int32Array(this.ops.length);
    for (let i = 0; i < this.ops.length; i++) ops[i] = this.ops[i];
    return new Code(ops, consts);
  }
}

// (1 stays on the stack throughout)  l = []; i = 0; while (i < n) { l.append(i * 7 % 13); i = i + 1 }
// sort(l); s = 0; i = 0; while (i < len(l)) { s = s + l[i] * i; i = i + 1 }
// print s; print l; print l[at]   (an error when at is out of range)
function program(n: number, at: number): Code {
  const k: Val[] = [new Int(0), new Int(n), new Int(7), new Int(13), new Int(1), new Int(at)];
  const I = 0, S = 1, L = 2;
  const a = new Assembler();
  a.emit(PUSH, 4);
  a.emit(NEWLIST);
  a.emit(PUSH, 0); a.emit(STORE, I);
  a.label("fill");
  a.emit(LOAD, I); a.emit(PUSH, 1); a.emit(LT); a.jump(JUMP_IF_FALSE, "filled");
  a.emit(LOAD, I); a.emit(PUSH, 2); a.emit(MUL); a.emit(PUSH, 3); a.emit(MOD); a.emit(APPEND);
  a.emit(LOAD, I); a.emit(PUSH, 4); a.emit(ADD); a.emit(STORE, I);
  a.jump(JUMP, "fill");
  a.label("filled");
  a.emit(SORT); a.emit(STORE, L);
  a.emit(PUSH, 0); a.emit(STORE, S); a.emit(PUSH, 0); a.emit(STORE, I);
  a.label("sum");
  a.emit(LOAD, I); a.emit(LOAD, L); a.emit(LEN); a.emit(LT); a.jump(JUMP_IF_FALSE, "summed");
  a.emit(LOAD, S); a.emit(LOAD, L); a.emit(LOAD, I); a.emit(GETI); a.emit(LOAD, I); a.emit(MUL); a.emit(ADD); a.emit(STORE, S);
  a.emit(LOAD, I); a.emit(PUSH, 4); a.emit(ADD); a.emit(STORE, I);
  a.jump(JUMP, "sum");
  a.label("summed");
  a.emit(LOAD, S); a.emit(PRINT);
  a.emit(LOAD, L); a.emit(PRINT);
  a.emit(LOAD, S); a.emit(LOAD, L); a.emit(PUSH, 5); a.emit(GETI); a.emit(PRINT);
  a.emit(HALT);
  return a.code(k);
}

export function main(argv: string[]): number {
  for (const [n, at] of [[0, 0], [6, 2], [40, 39], [150, 150]]) {
    const out: string[] = [];
    const how = run(program(n, at), new Frame(4, 8), out);
    console.log("n=" + String(n) + ": " + out.join(" | ") + " -> " + how);
  }
  return 0;
}
