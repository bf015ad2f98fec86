// Bytecode: the instruction set and the chunk a function compiles to.
//
// The layout mirrors clox byte for byte (one slot per clox byte: an opcode, a
// one-byte operand, a two-byte jump offset), so code sizes, jump distances and
// the compiler's limits are exactly clox's.  A slot is an int, though, so an
// operand that names a variable or property holds its symbol id directly
// (the name still takes a constant slot, as in clox), and a jump's two bytes
// hold the whole offset in the first slot.
import { immutableFields } from "rts/jit";
import type { Shape } from "./shape.ts";
import type { ObjClass, ObjClosure, Value } from "./value.ts";

export enum Op {
  CONSTANT,
  NIL,
  TRUE,
  FALSE,
  POP,
  GET_LOCAL,
  SET_LOCAL,
  GET_GLOBAL,
  DEFINE_GLOBAL,
  SET_GLOBAL,
  GET_UPVALUE,
  SET_UPVALUE,
  GET_PROPERTY,
  SET_PROPERTY,
  GET_SUPER,
  EQUAL,
  GREATER,
  LESS,
  ADD,
  SUBTRACT,
  MULTIPLY,
  DIVIDE,
  NOT,
  NEGATE,
  PRINT,
  JUMP,
  JUMP_IF_FALSE,
  LOOP,
  CALL,
  INVOKE,
  SUPER_INVOKE,
  CLOSURE,
  CLOSE_UPVALUE,
  RETURN,
  CLASS,
  INHERIT,
  METHOD,
}

/** Each instruction's name, by its number (for the JIT's logs). */
export const OP_NAMES: string[] = ["CONSTANT", "NIL", "TRUE", "FALSE", "POP", "GET_LOCAL", "SET_LOCAL", "GET_GLOBAL", "DEFINE_GLOBAL", "SET_GLOBAL", "GET_UPVALUE", "SET_UPVALUE", "GET_PROPERTY", "SET_PROPERTY", "GET_SUPER", "EQUAL", "GREATER", "LESS", "ADD", "SUBTRACT", "MULTIPLY", "DIVIDE", "NOT", "NEGATE", "PRINT", "JUMP", "JUMP_IF_FALSE", "LOOP", "CALL", "INVOKE", "SUPER_INVOKE", "CLOSURE", "CLOSE_UPVALUE", "RETURN", "CLASS", "INHERIT", "METHOD"];

export class Chunk {
  /** Filled by the compiler; frozen into `code` when the function is done. */
  building: number[] = [];
  code: Int32Array = new Int32Array(0);
  lines: number[] = [];
  constants: Value[] = [];
  /**
   * Inline caches of the property instructions, indexed by the pc of their
   * operand: the last receiver shape seen there and the field index it had
   * (-1: no such field), and for INVOKE the receiver's class and its method.
   */
  cacheShape: (Shape | null)[] = [];
  cacheIndex: Int32Array = new Int32Array(0);
  /** For SET_PROPERTY adding a field: the shape after the addition. */
  cacheNext: (Shape | null)[] = [];
  cacheClass: (ObjClass | null)[] = [];
  cacheMethod: (ObjClosure | null)[] = [];

  write(slot: number, line: number): void {
    this.building.push(slot);
    this.lines.push(line);
  }

  get count(): number {
    return this.building.length;
  }

  addConstant(value: Value): number {
    this.constants.push(value);
    return this.constants.length - 1;
  }

  freeze(): void {
    const code = new Int32Array(this.building.length);
    for (let i = 0; i < this.building.length; i++) code[i] = this.building[i];
    this.code = code;
    this.building = [];
    this.cacheIndex = new Int32Array(code.length);
    for (let i = 0; i < code.length; i++) {
      this.cacheShape.push(null);
      this.cacheNext.push(null);
      this.cacheClass.push(null);
      this.cacheMethod.push(null);
    }
  }
}
// A function's code and constants do not change once it is compiled (the JIT
// runs only compiled functions): with the chunk a green, the JIT reads its
// instructions and constants as constants.
immutableFields(Chunk, "code[*]", "constants[*]");
