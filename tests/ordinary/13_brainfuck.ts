// Brainfuck interpreter with bracket precomputation, run-length folding of + - < >,
// an input buffer, a step limit and simple statistics.

class BrainfuckError extends Error {
  constructor(message: string, readonly position?: number) {
    super(position === undefined ? message : `${message} at ${position}`);
  }
}

const enum Kind { Add, Move, Out, In, JumpIfZero, JumpIfNonZero, Clear }

interface Op {
  kind: Kind;
  arg: number;
}

function compile(source: string): Op[] {
  const code = [...source].filter((c) => "+-<>.,[]".includes(c)).join("");
  const ops: Op[] = [];
  const open: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    switch (c) {
      case "+": case "-": case "<": case ">": {
        let run = 1;
        while (code[i + run] === c) run++;
        i += run - 1;
        const isAdd = c === "+" || c === "-";
        const sign = c === "+" || c === ">" ? 1 : -1;
        ops.push({ kind: isAdd ? Kind.Add : Kind.Move, arg: sign * run });
        break;
      }
      case ".": ops.push({ kind: Kind.Out, arg: 0 }); break;
      case ",": ops.push({ kind: Kind.In, arg: 0 }); break;
      case "[":
        if (code.startsWith("[-]", i)) {
          ops.push({ kind: Kind.Clear, arg: 0 });
          i += 2;
        } else {
          open.push(ops.length);
          ops.push({ kind: Kind.JumpIfZero, arg: -1 });
        }
        break;
      case "]": {
        const start = open.pop();
        if (start === undefined) throw new BrainfuckError("unmatched ']'", i);
        ops[start].arg = ops.length;
        ops.push({ kind: Kind.JumpIfNonZero, arg: start });
        break;
      }
    }
  }
  if (open.length) throw new BrainfuckError(`${open.length} unmatched '['`);
  return ops;
}

interface RunStats {
  output: string;
  steps: number;
  opCount: number;
  cellsTouched: number;
}

function run(source: string, input = "", maxSteps = 5_000_000): RunStats {
  const ops = compile(source);
  const tape = new Uint8Array(30000);
  let ptr = 0;
  let maxPtr = 0;
  let inPos = 0;
  let steps = 0;
  const out: string[] = [];
  for (let pc = 0; pc < ops.length; pc++) {
    if (++steps > maxSteps) throw new BrainfuckError(`step limit ${maxSteps} exceeded`);
    const { kind, arg } = ops[pc];
    switch (kind) {
      case Kind.Add: tape[ptr] = (tape[ptr] + arg) & 255; break;
      case Kind.Move:
        ptr += arg;
        if (ptr < 0 || ptr >= tape.length) throw new BrainfuckError("tape pointer out of range", pc);
        maxPtr = Math.max(maxPtr, ptr);
        break;
      case Kind.Out: out.push(String.fromCharCode(tape[ptr])); break;
      case Kind.In: tape[ptr] = inPos < input.length ? input.charCodeAt(inPos++) : 0; break;
      case Kind.Clear: tape[ptr] = 0; break;
      case Kind.JumpIfZero: if (tape[ptr] === 0) pc = arg; break;
      case Kind.JumpIfNonZero: if (tape[ptr] !== 0) pc = arg; break;
    }
  }
  return { output: out.join(""), steps, opCount: ops.length, cellsTouched: maxPtr + 1 };
}

const HELLO =
  "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";

const REVERSE = ">,[>,]<[.<]";

const ADD_DIGITS = ",>,[<+>-]<------------------------------------------------.";

// Prints the squares 0..10000 (a classic program by Daniel B. Cristofani).
const SQUARES =
  "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]" +
  "<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]";

const LETTERS = "++++++++[>++++++++<-]>+.+.+.[-]++++++++++.";

export function main(argv: string[]): number {
  const programs: Array<[string, string, string?]> = [
    ["hello", HELLO],
    ["reverse", REVERSE, "stressed"],
    ["add digits", ADD_DIGITS, "34"],
    ["letters", LETTERS],
    ["unbalanced", "+[>+"],
    ["extra close", "+]"],
    ["infinite", "+[]"],
    ["off tape", "<"],
  ];
  for (const [name, src, input] of programs) {
    try {
      const { output, steps, opCount, cellsTouched } = run(src, input, 1_000_000);
      console.log(`${name}: ${JSON.stringify(output)} (${opCount} ops, ${steps} steps, ${cellsTouched} cells)`);
    } catch (e) {
      if (!(e instanceof BrainfuckError)) throw e;
      console.log(`${name}: error: ${e.message}`);
    }
  }
  const squares = run(SQUARES).output.trim().split("\n");
  console.log(`squares: ${squares.length} lines, first ${squares.slice(0, 6).join(" ")}, last ${squares.at(-1)}`);
  const ops = compile(HELLO);
  const histogram = new Map<Kind, number>();
  for (const op of ops) histogram.set(op.kind, (histogram.get(op.kind) ?? 0) + 1);
  const names = ["Add", "Move", "Out", "In", "JumpIfZero", "JumpIfNonZero", "Clear"];
  console.log("hello op histogram:", [...histogram].map(([k, n]) => `${names[k]}=${n}`).join(" "));
  return 0;
}
