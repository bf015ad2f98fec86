// Integration: a brainfuck interpreter (precomputed jumps, Uint8Array tape, output via StringBuilder).
import { StringBuilder } from "rts/rlib";

class BFError extends Error {
  constructor(msg: string) {
    super(msg);
  }
}

function matchBrackets(code: string): Int32Array {
  const jumps = new Int32Array(code.length);
  const stack: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "[") stack.push(i);
    else if (c === "]") {
      if (stack.length === 0) throw new BFError("unmatched ] at " + i);
      const j = stack.pop()!;
      jumps[i] = j;
      jumps[j] = i;
    }
  }
  if (stack.length > 0) throw new BFError("unmatched [ at " + stack[stack.length - 1]);
  return jumps;
}

function run(code: string, input: string): string {
  const jumps = matchBrackets(code);
  const tape = new Uint8Array(30000);
  const out = new StringBuilder();
  let ptr = 0;
  let pc = 0;
  let inPos = 0;
  let steps = 0;
  while (pc < code.length) {
    const c = code.charCodeAt(pc);
    steps++;
    switch (c) {
      case 43: // +
        tape[ptr]++;
        break;
      case 45: // -
        tape[ptr]--;
        break;
      case 62: // >
        ptr++;
        break;
      case 60: // <
        ptr--;
        break;
      case 46: // .
        out.appendChar(tape[ptr]);
        break;
      case 44: // ,
        tape[ptr] = inPos < input.length ? input.charCodeAt(inPos++) : 0;
        break;
      case 91: // [
        if (tape[ptr] === 0) pc = jumps[pc];
        break;
      case 93: // ]
        if (tape[ptr] !== 0) pc = jumps[pc];
        break;
    }
    pc++;
  }
  return out.build() + "|steps=" + steps;
}

export function main(argv: string[]): number {
  const hello =
    "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.";
  console.log(run(hello, ""));
  // reverse the input
  console.log(run(">,[>,]<[.<]", "stressed"));
  // uppercase input by subtracting 32
  console.log(run(",[--------------------------------.,]", "shout"));
  // wrapping cells: 0 - 1 = 255, printed as the count of a loop
  console.log(run("-[>+<-]>[>+<-]>.", "").length);
  // add two digits: reads '3' and '4' and prints '7'
  console.log(run(",>,[<+>-]<------------------------------------------------.", "34"));
  try {
    run("[[]", "");
  } catch (e) {
    if (e instanceof BFError) console.log("error: " + e.message);
    else throw e;
  }
  try {
    run("+]", "");
  } catch (e) {
    if (e instanceof BFError) console.log("error: " + e.message);
    else throw e;
  }
  // squares of 0..10 style counting: nested loops multiply 7*9 = 63 = '?'
  console.log(run("+++++++[>+++++++++<-]>.", ""));
  return 0;
}
