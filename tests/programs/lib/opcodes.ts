// Opcodes and instruction records for the stack-machine test program (no main).
export const PUSH = 0;
export const ADD = 1;
export const SUB = 2;
export const MUL = 3;
export const DIV = 4;
export const DUP = 5;
export const SWAP = 6;
export const JZ = 7;
export const JMP = 8;
export const PRINT = 9;
export const LOAD = 10;
export const STORE = 11;
export const LT = 12;
export const HALT = 13;
export const POP = 14;

export class Instr {
  constructor(public op: number, public arg: number) {}
}

export function I(op: number, arg: number): Instr {
  return new Instr(op, arg);
}
