// Stores the metainterp leaves out of a trace: a stack VM whose pop clears
// the slot it pops (so a push and the pop after it are two stores each to
// the frame's sp and to one slot, which nothing reads in between), next to
// stores it must keep: through two registers of one list type that are the
// same list in some runs (a store through one may be the place the other
// wrote), a slot read back before it is written again, and a value written
// back over a store through the other register.  Values of another type in
// some rounds make compiled code leave in the middle of a loop: the
// interpreter must find the frame as the stores left it.  Untranslated the
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
class Str extends Val {
  constructor(readonly s: string) {
    super();
  }
  show(): string {
    return "'" + this.s + "'";
  }
}
const NIL = new Str("nil");

class Frame {
  readonly stack: Val[];
  sp = 0;
  constructor(depth: number) {
    const stack: Val[] = [];
    for (let i = 0; i < depth; i++) stack.push(NIL);
    this.stack = stack;
  }
  push(v: Val): void {
    this.stack[this.sp++] = v;
  }
  /** Pops the top and clears its slot (the interpreter keeps no dead value alive). */
  pop(): Val {
    const v = this.stack[--this.sp];
    this.stack[this.sp] = NIL;
    return v;
  }
  dump(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.stack.length; i++) parts.push(this.stack[i].show());
    return "sp=" + String(this.sp) + " [" + parts.join(" ") + "]";
  }
}
virtualizable(Frame, "sp", "stack[*]");

/** Two registers holding lists: the same list in some runs. */
class Regs {
  constructor(
    readonly left: Val[],
    readonly right: Val[],
  ) {}
}

const PUSH = 0, LOAD = 1, STORE = 2, ADD = 3, LT = 4, JUMP_IF_FALSE = 5, JUMP = 6, PRINT = 7, HALT = 8;
const POKE = 9, POKE_BACK = 10, PEEK_RIGHT = 11, PEEK_LEFT = 12, DUP_SWAP = 13, MOD_STR = 14;

class Code {
  constructor(
    readonly ops: Int32Array,
    readonly consts: Val[],
  ) {}
}
immutableFields(Code, "ops[*]", "consts[*]");

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["frame", "regs", "out"], virtualizables: ["frame"] });

function intOf(v: Val): number {
  if (!(v instanceof Int)) throw new VMError("not a number: " + v.show());
  return v.v;
}

/** a + b for ints; a string counts as a thousand times its length (an int again after one addition). */
function add(a: Val, b: Val): Val {
  if (a instanceof Int && b instanceof Int) return new Int(a.v + b.v);
  return new Int(tally(a) + tally(b));
}

function tally(v: Val): number {
  return v instanceof Int ? v.v : v instanceof Str ? v.s.length * 1000 : 0;
}

function run(code: Code, frame: Frame, regs: Regs, out: string[]): string {
  let pc = 0;
  try {
    for (;;) {
      driver.jitMergePoint({ pc, code, frame, regs, out });
      const op = code.ops[pc];
      const arg = code.ops[pc + 1];
      pc += 2;
      if (op === PUSH) frame.push(code.consts[arg]);
      else if (op === LOAD) frame.push(frame.stack[arg]);
      else if (op === STORE) frame.stack[arg] = frame.pop();
      else if (op === ADD) {
        const b = frame.pop();
        const a = frame.pop();
        frame.push(add(a, b));
      } else if (op === LT) {
        const b = intOf(frame.pop());
        const a = intOf(frame.pop());
        frame.push(new Int(a < b ? 1 : 0));
      } else if (op === JUMP_IF_FALSE) {
        if (intOf(frame.pop()) === 0) pc = arg;
      } else if (op === JUMP) {
        pc = arg;
        driver.canEnterJit({ pc, code, frame, regs, out });
      } else if (op === POKE) {
        // left[arg] twice around a store through right: the first is dead only where right is another list
        const v = frame.pop();
        regs.left[arg] = v;
        regs.right[arg] = NIL;
        regs.left[arg] = v;
      } else if (op === POKE_BACK) {
        // what left[arg] held is written back over a store through right: where they are one list, that is what it holds
        const v = frame.pop();
        const old = regs.left[arg];
        regs.left[arg] = v;
        regs.right[arg] = v;
        regs.left[arg] = old;
      } else if (op === PEEK_RIGHT) frame.push(regs.right[arg]);
      else if (op === PEEK_LEFT) frame.push(regs.left[arg]);
      else if (op === DUP_SWAP) {
        // a slot written, read back, written again
        const a = frame.pop();
        frame.push(a);
        const again = frame.stack[frame.sp - 1];
        frame.push(again);
        const b = frame.pop();
        const c = frame.pop();
        frame.push(b);
        frame.push(c);
        frame.pop();
      } else if (op === MOD_STR) {
        // every arg-th value a string: compiled code leaves where its type test fails
        const v = frame.pop();
        frame.push((intOf(v) + 1) % arg === 0 ? new Str("s" + v.show()) : v);
      } else if (op === PRINT) out.push(frame.pop().show());
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
  readonly targets = new Map<string, number>();
  readonly holes: [number, string][] = [];
  emit(op: number, arg = 0): void {
    this.ops.push(op, arg);
  }
  jump(op: number, target: string): void {
    this.holes.push([this.ops.length + 1, target]);
    this.emit(op, 0);
  }
  here(name: string): void {
    this.targets.set(name, this.ops.length);
  }
  code(consts: Val[]): Code {
    for (const [at, name] of this.holes) this.ops[at] = this.targets.get(name)!;
    const ops = new Int32Array(this.ops.length);
    for (let i = 0; i < this.ops.length; i++) ops[i] = this.ops[i];
    return new Code(ops, consts);
  }
}

// slots: 0 i, 1 s, 2 t;  while (i < n) { x = i mod-str every; poke(x); s = s + peek_right; poke_back(i); t = t + peek_left + peek_right; i = i + 1 }
function program(n: number, every: number): Code {
  const k: Val[] = [new Int(0), new Int(n), new Int(1)];
  const a = new Assembler();
  a.emit(PUSH, 0); a.emit(PUSH, 0); a.emit(PUSH, 0);
  a.here("loop");
  a.emit(LOAD, 0); a.emit(PUSH, 1); a.emit(LT); a.jump(JUMP_IF_FALSE, "done");
  a.emit(LOAD, 0); a.emit(MOD_STR, every); a.emit(DUP_SWAP); a.emit(POKE, 1);
  a.emit(LOAD, 1); a.emit(PEEK_RIGHT, 1); a.emit(ADD); a.emit(STORE, 1);
  a.emit(LOAD, 0); a.emit(POKE_BACK, 2);
  a.emit(LOAD, 2); a.emit(PEEK_LEFT, 2); a.emit(ADD); a.emit(PEEK_RIGHT, 2); a.emit(ADD); a.emit(STORE, 2);
  a.emit(LOAD, 0); a.emit(PUSH, 2); a.emit(ADD); a.emit(STORE, 0);
  a.jump(JUMP, "loop");
  a.here("done");
  a.emit(LOAD, 1); a.emit(PRINT);
  a.emit(LOAD, 2); a.emit(PRINT);
  a.emit(HALT);
  return a.code(k);
}

function cells(): Val[] {
  return [new Int(100), new Int(200), new Int(300)];
}

function show(xs: Val[]): string {
  const parts: string[] = [];
  for (const x of xs) parts.push(x.show());
  return "[" + parts.join(", ") + "]";
}

export function main(argv: string[]): number {
  for (const [n, every, aliased] of [[5, 1000, 0], [300, 1000, 0], [300, 1000, 1], [300, 97, 0], [300, 89, 1], [40, 3, 1]]) {
    const out: string[] = [];
    const shared = cells();
    const regs = aliased === 1 ? new Regs(shared, shared) : new Regs(cells(), cells());
    const how = run(program(n, every), new Frame(8), regs, out);
    const s = out.join(" | ");
    console.log("n=" + String(n) + " every=" + String(every) + (aliased === 1 ? " aliased" : "") + ": " + s + " -> " + how + " left " + show(regs.left) + " right " + show(regs.right));
  }
  return 0;
}
