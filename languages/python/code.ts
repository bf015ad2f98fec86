// Code objects: the bytecode the compiler makes for a module, function,
// class body or comprehension, and the interpreter runs.  Each instruction is
// two words (opcode, argument); exceptions are handled through a table of
// protected ranges as in CPython 3.11 (no block stack at run time), so the
// interpreter's frame holds only locals, the value stack and a pc.
import type { AttrSite, GlobalSite } from "./attrcache.ts";
import type { Frame } from "./frame.ts";
import { immutableFields } from "rts/jit";
import type { PyObject, PyTuple } from "./objects/model.ts";
import { stringHash } from "./objects/strhash.ts";

export const enum Op {
  NOP,
  POP_TOP,
  ROT_TWO,
  ROT_THREE,
  ROT_FOUR,
  DUP_TOP,
  DUP_TOP_TWO,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE,
  LOAD_CLASSDEREF,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  CALL_METHOD,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BINARY_OP, // arg: a BinaryOp
  INPLACE_OP, // arg: a BinaryOp
  UNARY_POSITIVE,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  COMPARE_OP, // arg: a CompareOp
  IS_OP, // arg 1: is not
  CONTAINS_OP, // arg 1: not in
  JUMP,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  JUMP_BACKWARD, // a loop's back edge: where the JIT may enter
  GET_ITER,
  FOR_ITER, // arg: the target when the iterator is exhausted
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  BUILD_SLICE,
  LIST_APPEND, // arg: depth of the list below TOS
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX, // arg: before | after << 8
  CALL, // arg: positional count
  CALL_KW, // arg: positional+keyword count; TOS: a tuple of the keyword names
  CALL_EX, // arg 1: with a mapping of keywords
  MAKE_FUNCTION, // arg: flags (1 defaults, 2 kwdefaults, 8 closure)
  RETURN_VALUE,
  YIELD_VALUE,
  YIELD_FROM, // TOS: value to send, TOS1: the iterator; arg: the YIELD_FROM's own pc to resume at
  GET_YIELD_FROM_ITER,
  RAISE_VARARGS, // arg: 0 re-raise, 1 raise exc, 2 raise exc from cause
  RERAISE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  BEFORE_WITH,
  WITH_EXCEPT_START,
  LOAD_BUILD_CLASS,
  IMPORT_NAME, // arg: name index; TOS: fromlist, TOS1: level
  IMPORT_FROM,
  IMPORT_STAR,
  FORMAT_VALUE, // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec is on the stack
  LOAD_ASSERTION_ERROR,
  SETUP_ANNOTATIONS,
  PRINT_EXPR,
  COPY_FREE_VARS,
  MAKE_CELL,
  GET_LEN, // push len(TOS)
  MATCH_SEQUENCE, // push whether TOS is a sequence a pattern may match
  MATCH_MAPPING, // push whether TOS is a mapping
  MATCH_KEYS, // TOS: keys tuple, TOS1: subject; push a tuple of their values, or None
  MATCH_CLASS, // arg: positional count; TOS: keyword names, TOS1: class, TOS2: subject -> the attributes tuple, or None
  COPY_DICT_WITHOUT_KEYS, // TOS: keys tuple, TOS1: subject: TOS becomes a dict of the other items
}

export const OP_NAMES = [
  "NOP", "POP_TOP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "DUP_TOP", "DUP_TOP_TWO", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
  "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME",
  "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "CALL_METHOD", "BINARY_SUBSCR", "STORE_SUBSCR",
  "DELETE_SUBSCR", "BINARY_OP", "INPLACE_OP", "UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_NOT", "UNARY_INVERT", "COMPARE_OP", "IS_OP",
  "CONTAINS_OP", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "JUMP_BACKWARD",
  "GET_ITER", "FOR_ITER", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "BUILD_SLICE",
  "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "UNPACK_SEQUENCE",
  "UNPACK_EX", "CALL", "CALL_KW", "CALL_EX", "MAKE_FUNCTION", "RETURN_VALUE", "YIELD_VALUE", "YIELD_FROM", "GET_YIELD_FROM_ITER",
  "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "BEFORE_WITH", "WITH_EXCEPT_START", "LOAD_BUILD_CLASS",
  "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "FORMAT_VALUE", "LOAD_ASSERTION_ERROR", "SETUP_ANNOTATIONS", "PRINT_EXPR", "COPY_FREE_VARS",
  "MAKE_CELL", "GET_LEN", "MATCH_SEQUENCE", "MATCH_MAPPING", "MATCH_KEYS", "MATCH_CLASS", "COPY_DICT_WITHOUT_KEYS",
];

/** The binary operators, in the order of their dunder names (ops.ts BINARY_NAMES). */
export const enum BinaryOp {
  ADD, SUB, MUL, MATMUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, XOR, OR,
}

export const enum CompareOp {
  LT, LE, EQ, NE, GT, GE,
}

/** The operators' dunder stems (`__add__`, `__radd__`, `__iadd__`), by BinaryOp (a leaf module: module-level code of every type module reads it). */
export const BINARY_NAMES = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"];
/** The comparison dunders, by CompareOp. */
export const COMPARE_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

export const CO_GENERATOR = 1;
export const CO_VARARGS = 2;
export const CO_VARKEYWORDS = 4;
export const CO_NEWLOCALS = 8;

/** The last argument layout computed for a code (a call site calls the same way each time): arguments.ts layoutOf's memo. */
export class BindingMemo {
  constructor(
    readonly names: PyTuple,
    readonly nargs: number,
    readonly ndefaults: number,
    readonly layout: number[] | null,
  ) {}
}

/**
 * A compiled unit.  Locals are numbered: parameters first (positional, then
 * keyword-only, then *args, then **kwargs), then the other locals; the
 * cells (`cellvars`, variables captured by nested functions) and the free
 * variables (`freevars`, captured from enclosing functions) follow them in
 * the frame's local slots, as in CPython.
 */
export class Code {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstLine: number,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    readonly flags: number,
    readonly varnames: string[],
    readonly cellvars: string[],
    readonly freevars: string[],
    /** For each cell, the parameter it starts as (its index in varnames), or -1. */
    readonly cellArgs: number[],
    readonly names: string[],
    readonly consts: PyObject[],
    readonly code: Int32Array,
    /** The source line of each instruction (indexed by pc / 2). */
    readonly lines: number[],
    /** Protected ranges: start, end (pc, exclusive), handler pc, stack depth at the handler, 1 to push the pc (unused: 0); five words each. */
    readonly exceptionTable: number[],
    readonly stackSize: number,
  ) {
    this.nameHashes = names.map((n) => stringHash(n));
    for (let i = 0; i < names.length; i++) {
      this.globalSites.push(null);
      this.moduleSites.push(null);
    }
    for (let i = 0; i < code.length; i += 2) this.attrSites.push(null);
  }

  /** The attribute instructions' inline caches, by pc / 2 (attrcache.ts; the interpreter's, not the JIT's). */
  readonly attrSites: (AttrSite | null)[] = [];

  /** A returned call's frame, cleared, for the next call (calls.ts newFrame; the interpreter's). */
  spareFrame: Frame | null = null;

  /** LOAD_GLOBAL's caches, by name index (attrcache.ts; the interpreter's). */
  readonly globalSites: (GlobalSite | null)[] = [];

  /** The caches of module attributes (LOAD_ATTR, LOAD_METHOD of `module.name`), by name index (attrcache.ts; the interpreter's). */
  readonly moduleSites: (GlobalSite | null)[] = [];

  /** The dict hash of each name (globals and NAME lookups hash nothing at run time). */
  readonly nameHashes: number[];

  /** The last call's argument layout (arguments.ts layoutOf: the interpreter's memo; a trace folds the layout). */
  bindingMemo: BindingMemo | null = null;

  get nlocals(): number {
    return this.varnames.length;
  }

  isGenerator(): boolean {
    return (this.flags & CO_GENERATOR) !== 0;
  }

  lineAt(pc: number): number {
    const i = pc >> 1;
    return i < this.lines.length ? this.lines[i] : this.firstLine;
  }

  /** The handler of the innermost protected range around pc, as [handler, depth], or null. */
  handlerAt(pc: number): number {
    const t = this.exceptionTable;
    for (let i = 0; i < t.length; i += 5) if (pc >= t[i] && pc < t[i + 1]) return i;
    return -1;
  }
}
immutableFields(Code, "code[*]", "consts[*]", "names[*]", "nameHashes[*]", "lines[*]", "exceptionTable[*]", "varnames[*]", "cellvars[*]", "freevars[*]", "cellArgs[*]");
