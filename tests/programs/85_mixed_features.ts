// A tiny stack VM combining enums, tuples, generics, interfaces, closures, static members, getters, default params and optional chaining.
enum Op {
  Push,
  Pop,
  Add,
  Sub,
  Mul,
  Dup,
  Swap,
  Over,
  Rot,
  Jz,
  Jmp,
  Out,
  Call,
  Halt,
}

const enum Status {
  Ok = 0,
  Failed = 10,
  Limit = 20,
}

const OP_NAMES = ["push", "pop", "add", "sub", "mul", "dup", "swap", "over", "rot", "jz", "jmp", "out", "call", "halt"];

function opFromName(name: string): Op {
  const i = OP_NAMES.indexOf(name);
  if (i < 0) throw new AsmError("unknown instruction " + name);
  return i;
}

class AsmError extends Error {
  constructor(msg: string) {
    super(msg);
  }
}

class VMError extends Error {
  constructor(
    msg: string,
    public pc: number,
  ) {
    super(msg);
  }
}

class Instr {
  static created = 0;
  constructor(
    public op: Op,
    public arg: number = 0,
  ) {
    Instr.created++;
  }
  get name(): string {
    return OP_NAMES[this.op];
  }
  get hasArg(): boolean {
    return this.op === Op.Push || this.op === Op.Jz || this.op === Op.Jmp || this.op === Op.Call;
  }
  str(): string {
    return this.hasArg ? this.name + " " + this.arg : this.name;
  }
}

class Stack<T> {
  private items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  pop(pc: number): T {
    if (this.items.length === 0) throw new VMError("stack underflow", pc);
    return this.items.pop()!;
  }
  get size(): number {
    return this.items.length;
  }
  contents(show: (x: T) => string): string {
    return "[" + this.items.map(show).join(" ") + "]";
  }
}

interface Device {
  readonly name: string;
  write(v: number): void;
  report(): string;
}

class LineDevice implements Device {
  readonly name = "lines";
  lines: string[] = [];
  write(v: number): void {
    this.lines.push("out: " + v);
  }
  report(): string {
    return this.lines.length + " lines";
  }
}

class StatsDevice implements Device {
  readonly name = "stats";
  private n = 0;
  private total = 0;
  private best = 0;
  write(v: number): void {
    this.n++;
    this.total += v;
    if (this.n === 1 || v > this.best) this.best = v;
  }
  report(): string {
    return "n=" + this.n + " sum=" + this.total + " max=" + this.best;
  }
}

type Builtin = [string, (a: number, b: number) => number];

// a module-level table of closures (a prebuilt constant)
const BUILTINS: Builtin[] = [
  ["gcd", (a: number, b: number): number => gcd(a, b)],
  ["max", (a: number, b: number): number => Math.max(a, b)],
  ["pow", ipow],
];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function ipow(a: number, b: number): number {
  let r = 1;
  for (let i = 0; i < b; i++) r *= a;
  return r;
}

function assemble(src: string[]): [Instr[], Map<string, number>] {
  const labels = new Map<string, number>();
  let addr = 0;
  for (const raw of src) {
    const line = raw.trim();
    if (line.endsWith(":")) labels.set(line.slice(0, line.length - 1), addr);
    else if (line.length > 0) addr++;
  }
  const code: Instr[] = [];
  for (const raw of src) {
    const line = raw.trim();
    if (line.length === 0 || line.endsWith(":")) continue;
    const sp = line.indexOf(" ");
    const [mnemonic, operand] = sp < 0 ? [line, ""] : [line.slice(0, sp), line.slice(sp + 1)];
    const op = opFromName(mnemonic);
    let arg = 0;
    if (operand.length > 0) {
      const c = operand.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        for (let k = 0; k < operand.length; k++) arg = arg * 10 + (operand.charCodeAt(k) - 48);
      } else {
        if (!labels.has(operand)) throw new AsmError("unknown label " + operand);
        arg = labels.get(operand)!;
      }
    }
    code.push(new Instr(op, arg));
  }
  return [code, labels];
}

class VM {
  static instances = 0;
  static readonly MAX_STEPS = 500;
  stack = new Stack<number>();
  pc = 0;
  steps = 0;
  dropped = 0;
  private stopped = false;
  lastError: VMError | null = null;
  onStep: ((i: Instr) => void) | null = null;
  private handlers = new Map<Op, (arg: number) => void>();
  constructor(
    public program: Instr[],
    public device: Device | null = null,
  ) {
    VM.instances++;
    const bin = (f: (a: number, b: number) => number) => (arg: number): void => {
      const b = this.stack.pop(this.pc);
      const a = this.stack.pop(this.pc);
      this.stack.push(f(a, b));
    };
    this.handlers.set(Op.Push, (arg: number) => this.stack.push(arg));
    this.handlers.set(Op.Pop, (arg: number) => {
      this.stack.pop(this.pc);
    });
    this.handlers.set(Op.Add, bin((a: number, b: number) => a + b));
    this.handlers.set(Op.Sub, bin((a: number, b: number) => a - b));
    this.handlers.set(Op.Mul, bin((a: number, b: number) => a * b));
    this.handlers.set(Op.Dup, (arg: number) => {
      const v = this.stack.pop(this.pc);
      this.stack.push(v);
      this.stack.push(v);
    });
    this.handlers.set(Op.Swap, (arg: number) => {
      const b = this.stack.pop(this.pc);
      const a = this.stack.pop(this.pc);
      this.stack.push(b);
      this.stack.push(a);
    });
    this.handlers.set(Op.Over, (arg: number) => {
      const b = this.stack.pop(this.pc);
      const a = this.stack.pop(this.pc);
      this.stack.push(a);
      this.stack.push(b);
      this.stack.push(a);
    });
    this.handlers.set(Op.Rot, (arg: number) => {
      const c = this.stack.pop(this.pc);
      const b = this.stack.pop(this.pc);
      const a = this.stack.pop(this.pc);
      this.stack.push(b);
      this.stack.push(c);
      this.stack.push(a);
    });
    this.handlers.set(Op.Jz, (arg: number) => {
      if (this.stack.pop(this.pc) === 0) this.pc = arg - 1;
    });
    this.handlers.set(Op.Jmp, (arg: number) => {
      this.pc = arg - 1;
    });
    this.handlers.set(Op.Out, (arg: number) => {
      const v = this.stack.pop(this.pc);
      if (this.device === null) this.dropped++;
      this.device?.write(v);
    });
    this.handlers.set(Op.Call, (arg: number) => {
      const [name, f] = BUILTINS[arg];
      if (name.length === 0) throw new VMError("bad builtin", this.pc);
      bin(f)(arg);
    });
    this.handlers.set(Op.Halt, (arg: number) => {
      this.stopped = true;
    });
  }
  get halted(): boolean {
    return this.stopped || this.pc >= this.program.length;
  }
  run(limit: number = VM.MAX_STEPS): [Status, number] {
    try {
      while (!this.halted) {
        if (this.steps >= limit) return [Status.Limit, this.steps];
        const ins = this.program[this.pc];
        this.onStep?.(ins);
        this.handlers.get(ins.op)!(ins.arg);
        this.pc++;
        this.steps++;
      }
      return [Status.Ok, this.steps];
    } catch (e) {
      if (e instanceof VMError) {
        this.lastError = e;
        return [Status.Failed, this.steps];
      }
      throw e;
    }
  }
}

function statusText(s: Status): string {
  switch (s) {
    case Status.Ok:
      return "ok";
    case Status.Failed:
      return "failed";
    default:
      return "step limit";
  }
}

function runProgram(title: string, src: string[], device: Device | null, limit?: number): VM | null {
  let code: Instr[];
  let labels: Map<string, number>;
  try {
    [code, labels] = assemble(src);
  } catch (e) {
    if (e instanceof AsmError) {
      console.log(title + ": assembly failed: " + e.message);
      return null;
    }
    throw e;
  }
  const vm = new VM(code, device);
  const [status, steps] = vm.run(limit);
  console.log(title + ": " + statusText(status) + " (" + status + ") after " + steps + " steps, labels=" + labels.size + ", stack=" + vm.stack.contents((x: number) => String(x)));
  console.log("  device " + (vm.device?.name ?? "none") + ": " + (vm.device?.report() ?? "-") + ", dropped " + vm.dropped);
  const err = vm.lastError;
  if (err !== null) console.log("  error at pc " + err.pc + ": " + err.message);
  return vm;
}

const FACT = ["push 1", "push 6", "loop:", "dup", "jz end", "over", "over", "mul", "swap", "push 1", "sub", "rot", "pop", "jmp loop", "end:", "pop", "out", "halt"];
const COUNTDOWN = ["push 4", "top:", "dup", "out", "push 1", "sub", "dup", "jz done", "jmp top", "done:", "pop"];

export function main(argv: string[]): number {
  const lines = new LineDevice();
  const vm1 = runProgram("fact", FACT, lines);
  for (const l of lines.lines) console.log("  " + l);
  console.log("  code: " + (vm1?.program.slice(0, 5).map((i: Instr) => i.str()).join("; ") ?? ""));

  const stats = new StatsDevice();
  runProgram("countdown", COUNTDOWN, stats);
  runProgram("countdown-silent", COUNTDOWN, null);
  runProgram("builtins", ["push 84", "push 36", "call 0", "out", "push 3", "push 9", "call 1", "out", "push 2", "push 10", "call 2", "out"], lines);
  console.log("  last: " + lines.lines[lines.lines.length - 1]);
  runProgram("underflow", ["push 1", "add", "out"], lines);
  runProgram("badlabel", ["jmp nowhere"], lines);
  runProgram("badop", ["push 1", "frob"], lines);
  runProgram("spin", ["l:", "jmp l"], null);
  runProgram("spin-short", ["push 0", "l:", "push 1", "add", "jmp l"], null, 7);

  // tracing with a closure and an enum-keyed histogram
  const [code] = assemble(FACT);
  const traced = new VM(code, new StatsDevice());
  const hist = new Map<Op, number>();
  let lastOp = Op.Halt;
  traced.onStep = (i: Instr) => {
    hist.set(i.op, (hist.get(i.op) ?? 0) + 1);
    lastOp = i.op;
  };
  const [st, n] = traced.run();
  const parts: string[] = [];
  for (const [op, count] of hist) parts.push(OP_NAMES[op] + "=" + count);
  console.log("trace " + statusText(st) + " " + n + ": " + parts.join(" "));
  console.log("last op " + OP_NAMES[lastOp] + " (" + lastOp + "), halted " + traced.halted + ", device " + traced.device?.report());
  console.log("VM instances " + VM.instances + ", instructions " + Instr.created + ", limit " + VM.MAX_STEPS);
  return 0;
}
