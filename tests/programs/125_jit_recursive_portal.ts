// A recursive bytecode interpreter: a call of an interpreted function runs
// the portal again (run() calls run()), the way interpreters written the
// simple way do.  With the JIT, the loop of a function called from compiled
// code is entered from inside that call (runs nest), recursion goes through
// the portal, and an error thrown inside nested runs unwinds through them.
// With function entries traced (functionThreshold), a hot function's entry
// gets a trace to where it returns: fib's, with its recursive calls residual.
// jit-summary: nested-runs > 0
// jit-summary: loops > 2
// jit-summary: entry-traces > 0
// jit-summary: entered-entries > 100
import { JitDriver } from "rts/jit";

const PUSH = 0;
const LOAD = 1;
const STORE = 2;
const ADD = 3;
const SUB = 4;
const LT = 5;
const JUMP_IF_FALSE = 6;
const JUMP = 7;
const CALL = 8;
const RET = 9;
const DIV = 10;

class Fn {
  constructor(
    readonly name: string,
    readonly code: number[],
    readonly nargs: number,
    readonly nlocals: number,
  ) {}
}

class Frame {
  readonly locals: number[] = [];
  readonly stack: number[] = [];
  constructor(n: number) {
    for (let i = 0; i < n; i++) this.locals.push(0);
  }
}

/** Assembles one function: ops with an argument each, labels patched in when they are placed. */
class Asm {
  readonly code: number[] = [];
  op(op: number, arg = 0): Asm {
    this.code.push(op, arg);
    return this;
  }
  /** A forward jump whose target is placed later: its position. */
  jumpForward(op: number): number {
    this.code.push(op, -1);
    return this.code.length - 1;
  }
  place(at: number): void {
    this.code[at] = this.code.length;
  }
  get here(): number {
    return this.code.length;
  }
}

const driver = new JitDriver({ greens: ["pc", "fn"], reds: ["frame"] });
const fns: Fn[] = [];

function run(fn: Fn, args: number[]): number {
  const frame = new Frame(fn.nlocals);
  for (let i = 0; i < args.length; i++) frame.locals[i] = args[i];
  let pc = 0;
  for (;;) {
    driver.jitMergePoint({ pc, fn, frame });
    const op = fn.code[pc];
    const arg = fn.code[pc + 1];
    pc += 2;
    const stack = frame.stack;
    if (op === PUSH) stack.push(arg);
    else if (op === LOAD) stack.push(frame.locals[arg]);
    else if (op === STORE) frame.locals[arg] = stack.pop()!;
    else if (op === ADD || op === SUB || op === LT || op === DIV) {
      const b = stack.pop()!;
      const a = stack.pop()!;
      if (op === ADD) stack.push(a + b);
      else if (op === SUB) stack.push(a - b);
      else if (op === LT) stack.push(a < b ? 1 : 0);
      else {
        if (b === 0) throw new RangeError("division by zero in " + fn.name);
        stack.push(Math.trunc(a / b));
      }
    } else if (op === JUMP_IF_FALSE) {
      if (stack.pop() === 0) pc = arg;
    } else if (op === JUMP) {
      const back = arg < pc;
      pc = arg;
      if (back) driver.canEnterJit({ pc, fn, frame });
    } else if (op === CALL) {
      const callee = fns[arg];
      const callArgs: number[] = [];
      for (let i = 0; i < callee.nargs; i++) callArgs.push(0);
      for (let i = callee.nargs - 1; i >= 0; i--) callArgs[i] = stack.pop()!;
      stack.push(run(callee, callArgs));
    } else if (op === RET) return stack.pop()!;
    else throw new Error("bad op " + op);
  }
}

/** while (local[i] < local[limit]) { body; local[i] += 1 }, with the body emitted by `body`. */
function countedLoop(a: Asm, i: number, limit: number, body: (a: Asm) => void): void {
  a.op(PUSH, 0).op(STORE, i);
  const top = a.here;
  a.op(LOAD, i).op(LOAD, limit).op(LT);
  const exit = a.jumpForward(JUMP_IF_FALSE);
  body(a);
  a.op(LOAD, i).op(PUSH, 1).op(ADD).op(STORE, i);
  a.op(JUMP, top);
  a.place(exit);
}

// f0 sumTo(n): the sum of 0 .. n-1 (a loop)
const sumTo = new Asm();
sumTo.op(PUSH, 0).op(STORE, 1);
countedLoop(sumTo, 2, 0, (a) => a.op(LOAD, 1).op(LOAD, 2).op(ADD).op(STORE, 1));
sumTo.op(LOAD, 1).op(RET);
fns.push(new Fn("sumTo", sumTo.code, 1, 3));

// f1 fib(n): recursion through the portal
const fib = new Asm();
fib.op(LOAD, 0).op(PUSH, 2).op(LT);
const big = fib.jumpForward(JUMP_IF_FALSE);
fib.op(LOAD, 0).op(RET);
fib.place(big);
fib.op(LOAD, 0).op(PUSH, 2).op(SUB).op(CALL, 1);
fib.op(LOAD, 0).op(PUSH, 1).op(SUB).op(CALL, 1);
fib.op(ADD).op(RET);
fns.push(new Fn("fib", fib.code, 1, 1));

// f2 ratio(a, b): a / b, an error when b is 0
fns.push(new Fn("ratio", new Asm().op(LOAD, 0).op(LOAD, 1).op(DIV).op(RET).code, 2, 2));

// f3 sums(n): the sum of sumTo(i) for i in 0 .. n-1 (a loop whose calls run loops)
const sums = new Asm();
sums.op(PUSH, 0).op(STORE, 1);
countedLoop(sums, 2, 0, (a) => a.op(LOAD, 1).op(LOAD, 2).op(CALL, 0).op(ADD).op(STORE, 1));
sums.op(LOAD, 1).op(RET);
fns.push(new Fn("sums", sums.code, 1, 3));

// f4 fibs(n): the sum of fib(i) for i in 0 .. n-1
const fibs = new Asm();
fibs.op(PUSH, 0).op(STORE, 1);
countedLoop(fibs, 2, 0, (a) => a.op(LOAD, 1).op(LOAD, 2).op(CALL, 1).op(ADD).op(STORE, 1));
fibs.op(LOAD, 1).op(RET);
fns.push(new Fn("fibs", fibs.code, 1, 3));

// f5 shares(n): the sum of 1000 / (n - 1 - i): fails at the last round, from inside ratio()
const shares = new Asm();
shares.op(PUSH, 0).op(STORE, 1);
countedLoop(shares, 2, 0, (a) =>
  a.op(LOAD, 1).op(PUSH, 1000).op(LOAD, 0).op(PUSH, 1).op(SUB).op(LOAD, 2).op(SUB).op(CALL, 2).op(ADD).op(STORE, 1),
);
shares.op(LOAD, 1).op(RET);
fns.push(new Fn("shares", shares.code, 1, 3));

export function main(argv: string[]): number {
  const n = argv.length > 1 ? Number(argv[1]) : 16;
  console.log("sumTo(50) = " + run(fns[0], [50]));
  console.log("sums(" + n + ") = " + run(fns[3], [n]));
  console.log("fib(9) = " + run(fns[1], [9]));
  console.log("fibs(10) = " + run(fns[4], [10]));
  for (let k = 0; k < 3; k++) {
    try {
      console.log("shares = " + run(fns[5], [8 + k]));
    } catch (e) {
      if (e instanceof RangeError) console.log("caught: " + e.message);
      else throw e;
    }
  }
  return 0;
}
