// A recursive bytecode interpreter: a call of an interpreted function runs
// the portal again (run() calls run()), the way interpreters written the
// simple way do.  With the JIT, the loop of a function called from compiled
// code is entered from inside that call (runs nest), recursion goes through
// the portal, and an error thrown inside nested runs unwinds through them.
// A hot function's entry gets a trace to where it returns (functionThreshold),
// and the hints that make its calls of itself call_assemblers are here: the
// functions' code is immutable and the callee promoted, so a traced CALL
// reaches the portal function with constant greens, and once the callee's
// entry has a trace the compiled caller runs it straight from the reds
// (RPython's call_assembler); CALL_DYN reads its callee from a table the
// trace cannot fold, and stays a call of the portal function.  Covered too:
// a callee that raises through compiled callers; recursion deeper than the
// JIT nests compiled calls; runaway recursion that ends in RangeError (and
// leaves nothing behind: a run after it must not see the aborted calls'
// arguments); a callee whose entry trace leaves by a guard.
// jit-summary: nested-runs > 0
// jit-summary: loops > 2
// jit-summary: entry-traces > 1
// jit-summary: entered-entries > 100
// jit-summary: assembler-calls > 100
import { JitDriver, immutableFields, promote } from "rts/jit";

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
const CALL_DYN = 11;

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
/** CALL_DYN's callees (a list the program may change: the trace reads it). */
const table: Fn[] = [];

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
    } else if (op === CALL || op === CALL_DYN) {
      const callee = op === CALL ? promote(fns[arg]) : table[arg];
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

/** NAME(n): the sum of fns[callee](i) for i in 0 .. n-1 (a loop whose calls go through the portal). */
function sumOfCalls(name: string, callee: number): Fn {
  const a = new Asm();
  a.op(PUSH, 0).op(STORE, 1);
  countedLoop(a, 2, 0, (b) => b.op(LOAD, 1).op(LOAD, 2).op(CALL, callee).op(ADD).op(STORE, 1));
  a.op(LOAD, 1).op(RET);
  return new Fn(name, a.code, 1, 3);
}

// f3 sums(n): the sum of sumTo(i) for i in 0 .. n-1 (a loop whose calls run loops)
fns.push(sumOfCalls("sums", 0));

// f4 fibs(n): the sum of fib(i) for i in 0 .. n-1
fns.push(sumOfCalls("fibs", 1));

// f5 shares(n): the sum of 1000 / (n - 1 - i): fails at the last round, from inside ratio()
const shares = new Asm();
shares.op(PUSH, 0).op(STORE, 1);
countedLoop(shares, 2, 0, (a) =>
  a.op(LOAD, 1).op(PUSH, 1000).op(LOAD, 0).op(PUSH, 1).op(SUB).op(LOAD, 2).op(SUB).op(CALL, 2).op(ADD).op(STORE, 1),
);
shares.op(LOAD, 1).op(RET);
fns.push(new Fn("shares", shares.code, 1, 3));

// f6 depth(n): n == 0 ? 0 : 1 + depth(n - 1) (deep recursion)
const depth = new Asm();
depth.op(PUSH, 0).op(LOAD, 0).op(LT);
const more = depth.jumpForward(JUMP_IF_FALSE);
depth.op(PUSH, 1).op(LOAD, 0).op(PUSH, 1).op(SUB).op(CALL, 6).op(ADD).op(RET);
depth.place(more);
depth.op(PUSH, 0).op(RET);
fns.push(new Fn("depth", depth.code, 1, 1));

// f7 forever(n): forever(n + 1) (runaway recursion)
fns.push(new Fn("forever", new Asm().op(LOAD, 0).op(PUSH, 1).op(ADD).op(CALL, 7).op(RET).code, 1, 1));

// f8 pick(n): n < 500 ? n * 2 : 7 (its entry trace has the first path; the other leaves by a guard)
const pick = new Asm();
pick.op(LOAD, 0).op(PUSH, 500).op(LT);
const other = pick.jumpForward(JUMP_IF_FALSE);
pick.op(LOAD, 0).op(LOAD, 0).op(ADD).op(RET);
pick.place(other);
pick.op(PUSH, 7).op(RET);
fns.push(new Fn("pick", pick.code, 1, 1));

// f9 picks(n): the sum of pick(i) for i in 0 .. n-1
fns.push(sumOfCalls("picks", 8));

// f10 fibTwice(n): fib(n) + fib(n - 1), its calls from a function that is no loop
fns.push(new Fn("fibTwice", new Asm().op(LOAD, 0).op(CALL, 1).op(LOAD, 0).op(PUSH, 1).op(SUB).op(CALL, 1).op(ADD).op(RET).code, 1, 1));

// f11 viaTable(n): fib(n) through CALL_DYN
fns.push(new Fn("viaTable", new Asm().op(LOAD, 0).op(CALL_DYN, 0).op(RET).code, 1, 1));
table.push(fns[1]);

export function main(argv: string[]): number {
  const n = argv.length > 1 ? Number(argv[1]) : 16;
  console.log("sumTo(50) = " + run(fns[0], [50]));
  console.log("sums(" + n + ") = " + run(fns[3], [n]));
  console.log("fib(15) = " + run(fns[1], [15]));
  console.log("fibs(14) = " + run(fns[4], [14]));
  let t = 0;
  for (let k = 0; k < 30; k++) t += run(fns[10], [k % 12 + 2]);
  console.log("fibTwice total = " + t);
  console.log("picks(1200) = " + run(fns[9], [1200]));
  let v = 0;
  for (let k = 0; k < 40; k++) v += run(fns[11], [k % 9]);
  console.log("viaTable total = " + v);
  for (let k = 0; k < 3; k++) {
    try {
      console.log("shares = " + run(fns[5], [8 + k]));
    } catch (e) {
      if (e instanceof RangeError) console.log("caught: " + e.message);
      else throw e;
    }
  }
  console.log("depth(600) = " + run(fns[6], [600]));
  try {
    console.log("forever = " + run(fns[7], [0]));
  } catch (e) {
    if (e instanceof RangeError) console.log("caught: RangeError");
    else throw e;
  }
  console.log("depth(40) = " + run(fns[6], [40]));
  return 0;
}
