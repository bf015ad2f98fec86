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

/** A chunk as the compiler fills it; `new Chunk(builder)` freezes it. */
export class ChunkBuilder {
  readonly code: number[] = [];
  readonly lines: number[] = [];
  readonly constants: Value[] = [];

  write(slot: number, line: number): void {
    this.code.push(slot);
    this.lines.push(line);
  }

  get count(): number {
    return this.code.length;
  }

  addConstant(value: Value): number {
    this.constants.push(value);
    return this.constants.length - 1;
  }
}

/** A compiled function's code: fixed once made (the JIT reads it as constants). */
export class Chunk {
  readonly code: Int32Array;
  readonly lines: number[];
  readonly constants: Value[];
  /**
   * Inline caches of the property instructions, indexed by the pc of their
   * operand: the last receiver shape seen there and the field index it had
   * (-1: no such field), and for INVOKE the receiver's class and its method.
   */
  cacheShape: (Shape | null)[] = [];
  cacheIndex: Int32Array;
  /** For SET_PROPERTY adding a field: the shape after the addition. */
  cacheNext: (Shape | null)[] = [];
  cacheClass: (ObjClass | null)[] = [];
  cacheMethod: (ObjClosure | null)[] = [];

  constructor(b: ChunkBuilder) {
    const code = new Int32Array(b.code.length);
    for (let i = 0; i < b.code.length; i++) code[i] = b.code[i];
    this.code = code;
    this.lines = b.lines;
    this.constants = b.constants;
    this.cacheIndex = new Int32Array(code.length);
    for (let i = 0; i < code.length; i++) {
      this.cacheShape.push(null);
      this.cacheNext.push(null);
      this.cacheClass.push(null);
      this.cacheMethod.push(null);
    }
  }
}
// A function's code and constants do not change once it is compiled (the
// compiler fills a ChunkBuilder): with the chunk a green, the JIT reads its
// instructions and constants as constants.
immutableFields(Chunk, "code[*]", "constants[*]");
