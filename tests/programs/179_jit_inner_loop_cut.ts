// Loops of inlined calls: with setParam("loopCut", 0) a trace that follows
// a call of the portal into a callee stops at the callee's loop header once
// the loop went round one iteration, and the rest of the call is a call of
// the portal from the loop's merge point (a call_assembler of the loop's
// key, which runs its compiled loop) — RPython's way with the loops of
// recursive portal calls; by default (-1) the loops are unrolled into the
// caller's trace.  Covered: a callee's loop cut and its result used; a
// callee's loop that returns from inside; one that raises from inside (the
// error goes out through the call and the caller's compiled code); a
// callee's loop whose body calls a function with a loop of its own; the
// callee's loop count changing from call to call.  Untranslated the hints
// do nothing: the output is the same.
// jit-summary: loop-cuts > 0
// jit-summary: assembler-calls > 50
import { JitDriver, immutableFields, promote, setParam } from "rts/jit";

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

immutableFields(Fn, "code[*]");

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
      const callee = promote(fns[arg]);
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

/** NAME(n): the sum of fns[callee](i) for i in 0 .. n-1 (a loop whose calls go through the portal). */
function sumOfCalls(name: string, callee: number): Fn {
  const a = new Asm();
  a.op(PUSH, 0).op(STORE, 1);
  countedLoop(a, 2, 0, (b) => b.op(LOAD, 1).op(LOAD, 2).op(CALL, callee).op(ADD).op(STORE, 1));
  a.op(LOAD, 1).op(RET);
  return new Fn(name, a.code, 1, 3);
}

// f1 sums(n): the sum of sumTo(i) for i in 0 .. n-1
fns.push(sumOfCalls("sums", 0));

// f2 firstSquareOver(n): the first i whose square is over n (returns from inside its loop)
const over = new Asm();
over.op(PUSH, 0).op(STORE, 1);
const top = over.here;
over.op(LOAD, 0).op(LOAD, 1).op(LOAD, 1).op(CALL, 3).op(LT);
const found = over.jumpForward(JUMP_IF_FALSE);
over.op(LOAD, 1).op(RET);
over.place(found);
over.op(LOAD, 1).op(PUSH, 1).op(ADD).op(STORE, 1).op(JUMP, top);
fns.push(new Fn("firstSquareOver", over.code, 1, 2));

// f3 times(a, b): a * b by a loop of additions
const times = new Asm();
times.op(PUSH, 0).op(STORE, 2);
countedLoop(times, 3, 1, (a) => a.op(LOAD, 2).op(LOAD, 0).op(ADD).op(STORE, 2));
times.op(LOAD, 2).op(RET);
fns.push(new Fn("times", times.code, 2, 4));

// f4 overs(n): the sum of firstSquareOver(i) for i in 0 .. n-1 (a loop, calling a loop, calling a loop)
fns.push(sumOfCalls("overs", 2));

// f5 shares(n, k): the sum of 1000 / (k - i) for i in 0 .. n-1 — divides by 0 in round k when n > k
const shares = new Asm();
shares.op(PUSH, 0).op(STORE, 2);
countedLoop(shares, 3, 0, (a) => a.op(LOAD, 2).op(PUSH, 1000).op(LOAD, 1).op(LOAD, 3).op(SUB).op(DIV).op(ADD).op(STORE, 2));
shares.op(LOAD, 2).op(RET);
fns.push(new Fn("shares", shares.code, 2, 4));

// f6 sharesOf(n): the sum of shares(i, 25) for i in 0 .. n-1 — fails from inside shares' loop when n > 26
const sharesOf = new Asm();
sharesOf.op(PUSH, 0).op(STORE, 1);
countedLoop(sharesOf, 2, 0, (a) => a.op(LOAD, 1).op(LOAD, 2).op(PUSH, 25).op(CALL, 5).op(ADD).op(STORE, 1));
sharesOf.op(LOAD, 1).op(RET);
fns.push(new Fn("sharesOf", sharesOf.code, 1, 3));

export function main(argv: string[]): number {
  setParam("loopCut", 0);
  const n = argv.length > 1 ? Number(argv[1]) : 40;
  console.log("sumTo(50) = " + run(fns[0], [50]));
  for (let k = 0; k < 4; k++) console.log("sums(" + (n + k * 7) + ") = " + run(fns[1], [n + k * 7]));
  console.log("firstSquareOver(1000) = " + run(fns[2], [1000]));
  for (let k = 0; k < 3; k++) console.log("overs(" + (n + k * 11) + ") = " + run(fns[4], [n + k * 11]));
  for (const m of [20, 26, 24, 30, 9]) {
    try {
      console.log("sharesOf(" + m + ") = " + run(fns[6], [m]));
    } catch (e) {
      if (e instanceof RangeError) console.log("caught: " + e.message);
      else throw e;
    }
  }
  console.log("sums(" + n + ") again = " + run(fns[1], [n]));
  return 0;
}
