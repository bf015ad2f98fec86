// A small stack VM with a JitDriver, exercising what the meta-tracing JIT
// must get right when it traces through an interpreter: nested interpreted
// loops, int and float arithmetic on boxed values, strings, objects with
// fields allocated in the loop, a method looked up by name (elidable) on a
// promoted class, a residual call of a function with a loop, and an error
// raised inside the interpreted program and caught by the VM's handler.
// setParam sets the JIT's parameters.  Untranslated the hints do nothing; translated with --jit it must print
// exactly the same at any threshold.
import { JitDriver, elidable, promote, setParam } from "rts/jit";

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
class Flt extends Val {
  constructor(readonly v: number) {
    super();
  }
  show(): string {
    return this.v.toFixed(3);
  }
}
class Str extends Val {
  constructor(readonly s: string) {
    super();
  }
  show(): string {
    return "\"" + this.s + "\"";
  }
}
class Klass {
  constructor(
    readonly name: string,
    readonly methods: Map<string, number>,
  ) {}
  lookup(name: string): number {
    return this.methods.get(name) ?? -1;
  }
}
elidable(Klass.prototype.lookup);
class Obj extends Val {
  count = 0;
  total: Val = new Int(0);
  constructor(readonly klass: Klass) {
    super();
  }
  show(): string {
    return this.klass.name + "(" + String(this.count) + ", " + this.total.show() + ")";
  }
}
class VMError extends Error {}

// opcodes
const PUSH = 0; // arg: constant index
const ADD = 1;
const MUL = 2;
const LT = 3;
const JUMP_IF_FALSE = 4; // arg: target
const JUMP = 5; // arg: target (backward: a loop)
const LOAD = 6; // arg: local
const STORE = 7; // arg: local
const NEW = 8; // a new Obj of the constant class on the stack
const SEND = 9; // arg: constant (method name): obj.method(top)
const CONCAT = 10;
const CHECK = 11; // fails when the top is negative
const PRINT = 12;
const SUMTO = 13; // a residual call: sum of 0..n-1
const POP = 14;
const HALT = 15;

class Code {
  constructor(
    readonly ops: Int32Array,
    readonly consts: Val[],
    readonly nlocals: number,
  ) {}
}

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["sp", "stack", "locals", "out"] });

function sumTo(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}

function arith(op: number, a: Val, b: Val): Val {
  if (a instanceof Int && b instanceof Int) {
    if (op === ADD) return new Int(a.v + b.v);
    if (op === MUL) return new Int(a.v * b.v);
    return new Int(a.v < b.v ? 1 : 0);
  }
  const x = a instanceof Int ? a.v : a instanceof Flt ? a.v : NaN;
  const y = b instanceof Int ? b.v : b instanceof Flt ? b.v : NaN;
  if (Number.isNaN(x) || Number.isNaN(y)) throw new VMError("bad operands");
  if (op === ADD) return new Flt(x + y);
  if (op === MUL) return new Flt(x * y);
  return new Int(x < y ? 1 : 0);
}

function truthy(v: Val): boolean {
  return v instanceof Int ? v.v !== 0 : true;
}

function send(o: Val, name: string, arg: Val): Val {
  if (!(o instanceof Obj)) throw new VMError("not an object: " + o.show());
  const k = promote(o.klass);
  const m = k.lookup(name);
  if (m === 0) {
    o.count++;
    o.total = arith(ADD, o.total, arg);
  } else if (m === 1) {
    o.count = 0;
  } else throw new VMError(k.name + " has no method " + name);
  return o;
}

function run(code: Code, out: string[]): string {
  const stack: Val[] = [];
  for (let i = 0; i < 64; i++) stack.push(new Int(0));
  const locals: Val[] = [];
  for (let i = 0; i < code.nlocals; i++) locals.push(new Int(0));
  let sp = 0;
  let pc = 0;
  try {
    while (true) {
      driver.jitMergePoint({ pc, code, sp, stack, locals, out });
      const op = code.ops[pc];
      const arg = code.ops[pc + 1];
      pc += 2;
      if (op === PUSH) {
        stack[sp++] = code.consts[arg];
      } else if (op === ADD || op === MUL || op === LT) {
        const b = stack[--sp];
        const a = stack[--sp];
        stack[sp++] = arith(op, a, b);
      } else if (op === JUMP_IF_FALSE) {
        if (!truthy(stack[--sp])) pc = arg;
      } else if (op === JUMP) {
        pc = arg;
        driver.canEnterJit({ pc, code, sp, stack, locals, out });
      } else if (op === LOAD) {
        stack[sp++] = locals[arg];
      } else if (op === STORE) {
        locals[arg] = stack[--sp];
      } else if (op === NEW) {
        const k = stack[--sp];
        if (!(k instanceof Str)) throw new VMError("NEW needs a class name");
        stack[sp++] = new Obj(CLASSES.get(k.s)!);
      } else if (op === SEND) {
        const a = stack[--sp];
        const o = stack[--sp];
        const name = code.consts[arg];
        stack[sp++] = send(o, name instanceof Str ? name.s : "?", a);
      } else if (op === CONCAT) {
        const b = stack[--sp];
        const a = stack[--sp];
        stack[sp++] = new Str((a instanceof Str ? a.s : a.show()) + (b instanceof Str ? b.s : b.show()));
      } else if (op === CHECK) {
        const v = stack[sp - 1];
        if (v instanceof Int && v.v < 0) throw new VMError("negative: " + v.show());
      } else if (op === PRINT) {
        out.push(stack[--sp].show());
      } else if (op === SUMTO) {
        const n = stack[--sp];
        stack[sp++] = new Int(n instanceof Int ? sumTo(n.v) : -1);
      } else if (op === POP) {
        sp--;
      } else {
        return "halt";
      }
    }
  } catch (e) {
    if (e instanceof VMError) return "error: " + e.message;
    throw e;
  }
}

const CLASSES = new Map<string, Klass>();
CLASSES.set("Counter", new Klass("Counter", new Map([["add", 0], ["reset", 1]])));

/** Instructions with symbolic jump targets (labels), resolved to code offsets. */
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
  code(consts: Val[], nlocals: number): Code {
    for (const [at, name] of this.fixups) this.ops[at] = this.labels.get(name)!;
    const ops = new Int32Array(this.ops.length);
    for (let i = 0; i < this.ops.length; i++) ops[i] = this.ops[i];
    return new Code(ops, consts, nlocals);
  }
}

// i = 0; o = new Counter; s = ""; f = 0.5
// while (i < n) { j = 0; while (j < 3) { o.add(j * i); f = f * 1.5 + j; j = j + 1 } s = s + i; i = i + 1 }
// print o; print s; print f; print sumTo(i * 10); print check(i - 100): an error when i < 100
function program(n: number): Code {
  const k: Val[] = [new Int(0), new Int(n), new Str("Counter"), new Str("add"), new Int(3), new Int(1), new Str(""), new Flt(0.5), new Flt(1.5), new Int(10), new Int(-100)];
  const I = 0, O = 1, S = 2, F = 3, J = 4; // locals
  const a = new Assembler();
  a.emit(PUSH, 0); a.emit(STORE, I);
  a.emit(PUSH, 2); a.emit(NEW); a.emit(STORE, O);
  a.emit(PUSH, 6); a.emit(STORE, S);
  a.emit(PUSH, 7); a.emit(STORE, F);
  a.label("outer");
  a.emit(LOAD, I); a.emit(PUSH, 1); a.emit(LT); a.jump(JUMP_IF_FALSE, "done");
  a.emit(PUSH, 0); a.emit(STORE, J);
  a.label("inner");
  a.emit(LOAD, J); a.emit(PUSH, 4); a.emit(LT); a.jump(JUMP_IF_FALSE, "innerDone");
  a.emit(LOAD, O); a.emit(LOAD, J); a.emit(LOAD, I); a.emit(MUL); a.emit(SEND, 3); a.emit(POP);
  a.emit(LOAD, F); a.emit(PUSH, 8); a.emit(MUL); a.emit(LOAD, J); a.emit(ADD); a.emit(STORE, F);
  a.emit(LOAD, J); a.emit(PUSH, 5); a.emit(ADD); a.emit(STORE, J);
  a.jump(JUMP, "inner");
  a.label("innerDone");
  a.emit(LOAD, S); a.emit(LOAD, I); a.emit(CONCAT); a.emit(STORE, S);
  a.emit(LOAD, I); a.emit(PUSH, 5); a.emit(ADD); a.emit(STORE, I);
  a.jump(JUMP, "outer");
  a.label("done");
  a.emit(LOAD, O); a.emit(PRINT); a.emit(LOAD, S); a.emit(PRINT); a.emit(LOAD, F); a.emit(PRINT);
  a.emit(LOAD, I); a.emit(PUSH, 9); a.emit(MUL); a.emit(SUMTO); a.emit(PRINT);
  a.emit(LOAD, I); a.emit(PUSH, 10); a.emit(ADD); a.emit(CHECK); a.emit(PRINT);
  a.emit(HALT);
  return a.code(k, 5);
}

export function main(argv: string[]): number {
  // (an RTS_JIT_* variable of the same parameter wins)
  setParam("threshold", 7);
  setParam("traceEagerness", 2);
  for (const n of [0, 5, 40, 110]) {
    const out: string[] = [];
    const how = run(program(n), out);
    console.log("n=" + String(n) + ": " + out.join(" | ") + " -> " + how);
  }
  return 0;
}
