// Integration: a tiny stack-machine interpreter with jumps, locals, opcodes from a lib module and VM errors.
import { intDiv } from "rts/rlib";
import { PUSH, ADD, SUB, MUL, DIV, DUP, SWAP, JZ, JMP, PRINT, LOAD, STORE, LT, HALT, POP, Instr, I } from "./lib/opcodes.ts";

class VMError extends Error {
  constructor(msg: string, public pc: number) {
    super(msg);
  }
}

class VM {
  stack: number[] = [];
  locals: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
  output: string[] = [];
  steps = 0;
  pop(pc: number): number {
    if (this.stack.length === 0) throw new VMError("stack underflow", pc);
    return this.stack.pop()!;
  }
  run(code: Instr[]): void {
    let pc = 0;
    while (pc < code.length) {
      const ins = code[pc];
      this.steps++;
      pc++;
      switch (ins.op) {
        case PUSH:
          this.stack.push(ins.arg);
          break;
        case ADD:
        case SUB:
        case MUL:
        case DIV:
        case LT: {
          const b = this.pop(pc - 1);
          const a = this.pop(pc - 1);
          if (ins.op === ADD) this.stack.push(a + b);
          else if (ins.op === SUB) this.stack.push(a - b);
          else if (ins.op === MUL) this.stack.push(a * b);
          else if (ins.op === LT) this.stack.push(a < b ? 1 : 0);
          else {
            if (b === 0) throw new VMError("division by zero", pc - 1);
            this.stack.push(intDiv(a, b));
          }
          break;
        }
        case DUP:
          this.stack.push(this.pop(pc - 1));
          this.stack.push(this.stack[this.stack.length - 1]);
          break;
        case SWAP: {
          const b = this.pop(pc - 1);
          const a = this.pop(pc - 1);
          this.stack.push(b);
          this.stack.push(a);
          break;
        }
        case POP:
          this.pop(pc - 1);
          break;
        case JZ:
          if (this.pop(pc - 1) === 0) pc = ins.arg;
          break;
        case JMP:
          pc = ins.arg;
          break;
        case PRINT:
          this.output.push("" + this.pop(pc - 1));
          break;
        case LOAD:
          this.stack.push(this.locals[ins.arg]);
          break;
        case STORE:
          this.locals[ins.arg] = this.pop(pc - 1);
          break;
        case HALT:
          return;
        default:
          throw new VMError("bad opcode " + ins.op, pc - 1);
      }
    }
  }
}

function runProgram(name: string, code: Instr[]): void {
  const vm = new VM();
  try {
    vm.run(code);
    console.log(name + ": " + vm.output.join(" ") + " (steps " + vm.steps + ")");
  } catch (e) {
    if (e instanceof VMError) console.log(name + ": error '" + e.message + "' at pc " + e.pc + " after " + vm.output.join(" "));
    else throw e;
  }
}

export function main(argv: string[]): number {
  runProgram("arith", [I(PUSH, 6), I(PUSH, 7), I(MUL, 0), I(DUP, 0), I(PRINT, 0), I(PUSH, 5), I(DIV, 0), I(PRINT, 0)]);
  // factorial of 10 with locals: n=local0, acc=local1
  runProgram("fact", [
    I(PUSH, 10), I(STORE, 0), I(PUSH, 1), I(STORE, 1), I(LOAD, 0), I(JZ, 16), I(LOAD, 1), I(LOAD, 0), I(MUL, 0),
    I(STORE, 1), I(LOAD, 0), I(PUSH, 1), I(SUB, 0), I(STORE, 0), I(JMP, 4), I(HALT, 0), I(LOAD, 1), I(PRINT, 0),
  ]);
  // count down printing every value below 5
  runProgram("loop", [
    I(PUSH, 8), I(STORE, 2), I(LOAD, 2), I(PUSH, 5), I(LT, 0), I(JZ, 8), I(LOAD, 2), I(PRINT, 0), I(LOAD, 2),
    I(PUSH, 1), I(SUB, 0), I(DUP, 0), I(STORE, 2), I(JZ, 15), I(JMP, 2), I(PUSH, -1), I(PRINT, 0),
  ]);
  runProgram("underflow", [I(PUSH, 1), I(PRINT, 0), I(ADD, 0)]);
  runProgram("divzero", [I(PUSH, 1), I(PUSH, 0), I(DIV, 0)]);
  runProgram("badop", [I(PUSH, 2), I(SWAP + 100, 0)]);
  runProgram("swap", [I(PUSH, 1), I(PUSH, 2), I(SWAP, 0), I(PRINT, 0), I(PRINT, 0), I(PUSH, 3), I(POP, 0), I(HALT, 0), I(PRINT, 0)]);
  // sum 1..100000 in a loop
  runProgram("sum", [
    I(PUSH, 0), I(STORE, 0), I(PUSH, 100000), I(STORE, 1), I(LOAD, 1), I(JZ, 15), I(LOAD, 0), I(LOAD, 1), I(ADD, 0),
    I(STORE, 0), I(LOAD, 1), I(PUSH, 1), I(SUB, 0), I(STORE, 1), I(JMP, 4), I(LOAD, 0), I(PRINT, 0),
  ]);
  return 0;
}
