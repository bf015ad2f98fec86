// A register-based bytecode VM with a two-pass assembler (labels, comments, immediates).

enum Op {
  LoadI, Mov, Add, Sub, Mul, Div, Mod, AddI,
  Jmp, Jz, Jnz, Jlt, Call, Ret, Print, Halt, Push, Pop,
}

interface Instruction {
  op: Op;
  a: number;
  b: number;
  c: number;
}

class AssemblyError extends Error {
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

const operandKinds: Record<string, string> = {
  loadi: "ri", mov: "rr", add: "rrr", sub: "rrr", mul: "rrr", div: "rrr", mod: "rrr",
  addi: "rri", jmp: "l", jz: "rl", jnz: "rl", jlt: "rrl", call: "l", ret: "",
  print: "r", halt: "", push: "r", pop: "r",
};

const opByName: Record<string, Op> = {
  loadi: Op.LoadI, mov: Op.Mov, add: Op.Add, sub: Op.Sub, mul: Op.Mul, div: Op.Div,
  mod: Op.Mod, addi: Op.AddI, jmp: Op.Jmp, jz: Op.Jz, jnz: Op.Jnz, jlt: Op.Jlt,
  call: Op.Call, ret: Op.Ret, print: Op.Print, halt: Op.Halt, push: Op.Push, pop: Op.Pop,
};

function assemble(source: string): Instruction[] {
  const lines = source.split("\n").map((l) => l.replace(/;.*$/, "").trim());
  const labels = new Map<string, number>();
  const pending: Array<{ line: number; mnemonic: string; args: string[] }> = [];

  lines.forEach((text, idx) => {
    if (!text) return;
    let rest = text;
    const labelMatch = /^([a-z_][\w]*):\s*(.*)$/i.exec(rest);
    if (labelMatch) {
      const [, label, after] = labelMatch;
      if (labels.has(label)) throw new AssemblyError(idx + 1, `duplicate label ${label}`);
      labels.set(label, pending.length);
      rest = after;
      if (!rest) return;
    }
    const [mnemonic, ...args] = rest.split(/[\s,]+/);
    pending.push({ line: idx + 1, mnemonic: mnemonic.toLowerCase(), args });
  });

  return pending.map(({ line, mnemonic, args }) => {
    const kinds = operandKinds[mnemonic];
    if (kinds === undefined) throw new AssemblyError(line, `unknown mnemonic '${mnemonic}'`);
    if (args.length !== kinds.length) {
      throw new AssemblyError(line, `${mnemonic} expects ${kinds.length} operands, got ${args.length}`);
    }
    const values = [...kinds].map((kind, i) => {
      const arg = args[i];
      switch (kind) {
        case "r": {
          const m = /^r(\d+)$/.exec(arg);
          if (!m || Number(m[1]) > 7) throw new AssemblyError(line, `bad register '${arg}'`);
          return Number(m[1]);
        }
        case "i": {
          const n = Number(arg.startsWith("#") ? arg.slice(1) : arg);
          if (!Number.isInteger(n)) throw new AssemblyError(line, `bad immediate '${arg}'`);
          return n;
        }
        default: {
          const target = labels.get(arg);
          if (target === undefined) throw new AssemblyError(line, `undefined label '${arg}'`);
          return target;
        }
      }
    });
    const [a = 0, b = 0, c = 0] = values;
    return { op: opByName[mnemonic], a, b, c };
  });
}

interface RunResult {
  output: number[];
  steps: number;
  registers: readonly number[];
}

function run(program: Instruction[], maxSteps = 100_000): RunResult {
  const r = new Int32Array(8);
  const stack: number[] = [];
  const calls: number[] = [];
  const output: number[] = [];
  let pc = 0;
  let steps = 0;
  for (;;) {
    if (++steps > maxSteps) throw new Error("step limit exceeded");
    const ins = program[pc++];
    if (!ins) throw new Error(`pc out of range: ${pc - 1}`);
    const { a, b, c } = ins;
    switch (ins.op) {
      case Op.LoadI: r[a] = b; break;
      case Op.Mov: r[a] = r[b]; break;
      case Op.Add: r[a] = r[b] + r[c]; break;
      case Op.Sub: r[a] = r[b] - r[c]; break;
      case Op.Mul: r[a] = Math.imul(r[b], r[c]); break;
      case Op.Div:
        if (r[c] === 0) throw new Error(`division by zero at ${pc - 1}`);
        r[a] = (r[b] / r[c]) | 0;
        break;
      case Op.Mod: r[a] = r[b] % r[c]; break;
      case Op.AddI: r[a] = r[b] + c; break;
      case Op.Jmp: pc = a; break;
      case Op.Jz: if (r[a] === 0) pc = b; break;
      case Op.Jnz: if (r[a] !== 0) pc = b; break;
      case Op.Jlt: if (r[a] < r[b]) pc = c; break;
      case Op.Call: calls.push(pc); pc = a; break;
      case Op.Ret: {
        const back = calls.pop();
        if (back === undefined) throw new Error("return with empty call stack");
        pc = back;
        break;
      }
      case Op.Push: stack.push(r[a]); break;
      case Op.Pop: r[a] = stack.pop() ?? 0; break;
      case Op.Print: output.push(r[a]); break;
      case Op.Halt: return { output, steps, registers: Array.from(r) };
    }
  }
}

const programs: Record<string, string> = {
  factorial: `
      loadi r0, 1        ; acc
      loadi r1, 10       ; n
    loop: jz r1, done
      mul r0, r0, r1
      addi r1, r1, -1
      jmp loop
    done: print r0
      halt`,
  primes: `
      loadi r1, 2          ; candidate
      loadi r7, 40         ; limit
    next: jlt r7, r1, end
      loadi r2, 2          ; divisor
    test: mul r3, r2, r2
      jlt r1, r3, prime
      mod r4, r1, r2
      jz r4, skip
      addi r2, r2, 1
      jmp test
    prime: print r1
    skip: addi r1, r1, 1
      jmp next
    end: halt`,
  gcdCalls: `
      loadi r0, 1071
      loadi r1, 462
      call gcd
      print r0
      loadi r0, 270
      loadi r1, 192
      call gcd
      print r0
      halt
    gcd: jz r1, gcd_done   ; r0 = gcd(r0, r1)
      mod r2, r0, r1
      mov r0, r1
      mov r1, r2
      jmp gcd
    gcd_done: ret`,
  broken1: "loadi r0, 1\n  jmp nowhere",
  broken2: "loadi r9, 1",
  broken3: "add r0, r1",
  divzero: "loadi r0, 5\nloadi r1, 0\ndiv r2, r0, r1\nhalt",
};

export function main(argv: string[]): number {
  for (const [name, src] of Object.entries(programs)) {
    try {
      const code = assemble(src);
      const { output, steps, registers } = run(code);
      console.log(`${name}: ${code.length} instrs, ${steps} steps, output [${output.join(", ")}]`);
      console.log(`  regs: ${registers.map((v, i) => `r${i}=${v}`).join(" ")}`);
    } catch (e) {
      const tag = e instanceof AssemblyError ? "assembly error" : "runtime error";
      console.log(`${name}: ${tag}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return 0;
}
