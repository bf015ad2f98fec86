// A Brainfuck interpreter written in RTS.  Usage: bf PROGRAM.b  (input from stdin)
//
// The source is compiled to a compact instruction list first: runs of
// + - < > become one instruction with a count, `[-]` becomes "set to zero",
// and every bracket knows the index of its partner (the bracket table).
// Cells are 8-bit and wrap; the tape has 65536 cells; at end of input `,`
// leaves the cell unchanged.  The JIT hints (a JitDriver with the program
// counter and the program as greens) are in place for the meta-tracing JIT.
import { JitDriver, immutableFields } from "rts/jit";
import { flush, readByte, readFile, write, writeByte } from "rts/rlib/os";

const TAPE_SIZE = 65536;

// instruction kinds
const ADD = 0; // cell += arg (mod 256)
const MOVE = 1; // ptr += arg
const OUT = 2;
const IN = 3;
const JZ = 4; // jump to arg when the cell is zero ('[')
const JNZ = 5; // jump to arg when the cell is not zero (']')
const CLEAR = 6; // cell = 0 ('[-]')

const driver = new JitDriver({ greens: ["pc", "program"], reds: ["tape", "ptr"], getPrintableLocation: printableLocation });

/** Where a green key is in the BF program, for the JIT's logs: `#3 add -1`. */
function printableLocation(pc: number, program: Program): string {
  if (pc >= program.ops.length) return "#" + String(pc) + " end";
  const kinds = ["add", "move", "out", "in", "jz", "jnz", "clear"];
  return "#" + String(pc) + " " + kinds[program.ops[pc]] + " " + String(program.args[pc]);
}

class CompileError extends Error {}

class Program {
  constructor(
    readonly ops: Int32Array,
    readonly args: Int32Array,
  ) {}
}
// the program is a green: the JIT reads its instructions as constants
immutableFields(Program, "ops[*]", "args[*]");

function isCommand(c: number): boolean {
  // + , - . < > [ ]
  return c === 43 || c === 44 || c === 45 || c === 46 || c === 60 || c === 62 || c === 91 || c === 93;
}

export function compile(src: string): Program {
  const code: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (isCommand(c)) code.push(c);
  }
  const ops: number[] = [];
  const args: number[] = [];
  const open: number[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === 43 || c === 45 || c === 60 || c === 62) {
      // fold a run of + - (or < >) into one instruction
      const isMove = c === 60 || c === 62;
      let n = 0;
      while (i < code.length) {
        const d = code[i];
        if (!isMove && d === 43) n++;
        else if (!isMove && d === 45) n--;
        else if (isMove && d === 62) n++;
        else if (isMove && d === 60) n--;
        else break;
        i++;
      }
      ops.push(isMove ? MOVE : ADD);
      args.push(n);
      continue;
    }
    if (c === 91 && i + 2 < code.length && code[i + 1] === 45 && code[i + 2] === 93) {
      ops.push(CLEAR);
      args.push(0);
      i += 3;
      continue;
    }
    if (c === 91) {
      open.push(ops.length);
      ops.push(JZ);
      args.push(-1);
    } else if (c === 93) {
      if (open.length === 0) throw new CompileError("unmatched ']'");
      const start = open.pop()!;
      args[start] = ops.length + 1;
      ops.push(JNZ);
      args.push(start + 1);
    } else if (c === 46) {
      ops.push(OUT);
      args.push(0);
    } else {
      ops.push(IN);
      args.push(0);
    }
    i++;
  }
  if (open.length > 0) throw new CompileError("unmatched '['");
  const opArr = new Int32Array(ops.length);
  const argArr = new Int32Array(args.length);
  for (let k = 0; k < ops.length; k++) {
    opArr[k] = ops[k];
    argArr[k] = args[k];
  }
  return new Program(opArr, argArr);
}

export function execute(program: Program, tape: Uint8Array): void {
  let pc = 0;
  let ptr = 0;
  while (pc < program.ops.length) {
    driver.jitMergePoint({ pc, program, tape, ptr });
    const op = program.ops[pc];
    const arg = program.args[pc];
    pc++;
    if (op === ADD) {
      tape[ptr] = tape[ptr] + arg;
    } else if (op === MOVE) {
      ptr += arg;
      if (ptr < 0 || ptr >= TAPE_SIZE) throw new RangeError("tape pointer out of range: " + ptr);
    } else if (op === JZ) {
      if (tape[ptr] === 0) pc = arg;
    } else if (op === JNZ) {
      if (tape[ptr] !== 0) {
        pc = arg;
        driver.canEnterJit({ pc, program, tape, ptr });
      }
    } else if (op === CLEAR) {
      tape[ptr] = 0;
    } else if (op === OUT) {
      writeByte(1, tape[ptr]);
    } else {
      const b = readByte(0);
      if (b >= 0) tape[ptr] = b;
    }
  }
}

export function main(argv: string[]): number {
  if (argv.length !== 2) {
    write(2, "usage: bf PROGRAM.b\n");
    return 2;
  }
  const src = readFile(argv[1]);
  if (src === null) {
    write(2, "bf: cannot read " + argv[1] + "\n");
    return 1;
  }
  let program: Program;
  try {
    program = compile(src);
  } catch (e) {
    if (e instanceof CompileError) {
      write(2, "bf: " + e.message + "\n");
      return 1;
    }
    throw e;
  }
  execute(program, new Uint8Array(TAPE_SIZE));
  flush();
  return 0;
}
