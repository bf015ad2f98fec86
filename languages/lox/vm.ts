// The Lox virtual machine: a value stack, call frames, and one dispatch loop
// over the bytecode, with clox's runtime errors and stack traces.
//
// The loop carries the JIT hints of a meta-tracing interpreter: the position
// in the program (chunk, pc) is green, the frame state red; a backward jump
// (LOOP) is where a hot loop can be entered.
import { JitDriver, dontLookInside, elidable, promote, virtualizable, weAreJitted } from "rts/jit";
import { write } from "rts/rlib/os";
import { Chunk, ChunkBuilder, OP_NAMES, Op } from "./chunk.ts";
import { Compiler, type Interner } from "./compiler.ts";
import { ClockNative } from "./natives.ts";
import { Shape } from "./shape.ts";
import {
  FALSE, NIL, NumberValue, ObjBoundMethod, ObjClass, ObjClosure, ObjFunction, ObjInstance, ObjNative, ObjString, TRUE, Upvalue,
  bool, isFalsey, valuesEqual, type Value,
} from "./value.ts";

export const FRAMES_MAX = 64;
const STACK_MAX = FRAMES_MAX * 256;

export const INTERPRET_OK = 0;
export const INTERPRET_COMPILE_ERROR = 65;
export const INTERPRET_RUNTIME_ERROR = 70;

// (the VM is green too: there is one, so in a trace it is a constant, and so are the lists in its
// readonly fields — the stack, the globals — which the optimizer then knows are different lists)
// the VM is the virtualizable: its stack and stack pointer live in trace values while a loop runs compiled
const driver = new JitDriver({ greens: ["pc", "chunk", "vm"], reds: ["frame", "base"], virtualizables: ["vm"], getPrintableLocation: printableLocation });

/** Where a green key is in the Lox program, for the JIT's logs: `pc 12 GET_LOCAL (line 3)`. */
function printableLocation(pc: number, chunk: Chunk, _vm: VM): string {
  return "pc " + String(pc) + " " + (pc < chunk.code.length ? OP_NAMES[chunk.code[pc]] : "end") + " (line " + String(chunk.lines[pc] ?? 0) + ")";
}

/** Method `sym` of a class, or null.  A class's methods are all set by its declaration, before it is used: the JIT may fold the lookup. */
function findMethod(klass: ObjClass, sym: number): ObjClosure | null {
  return klass.methods.get(sym) ?? null;
}
elidable(findMethod);
// shapes never change once made, and a shape's transition by a symbol is always the same shape (shape.ts)
elidable(Shape.prototype.lookup);
elidable(Shape.prototype.withField);

/**
 * A call's frame.  Frames link to their caller (a RETURN goes on in
 * frame.caller); the interpreter reuses one preallocated frame per depth,
 * while in a trace each call makes a new one — which the JIT's optimizer
 * then never allocates: it lives only in the trace, its fields as values,
 * and the caller it returns to is the very frame the trace holds.
 */
class CallFrame {
  pc = 0;
  base = 0;
  caller: CallFrame | null = null;
  constructor(public closure: ObjClosure) {}
}

/** A Lox runtime error; the VM reports it with a stack trace. */
class LoxError extends Error {}

export class VM implements Interner {
  private readonly stack: Value[] = [];
  private sp = 0;
  /** The interpreter's frames, one per depth, reused; frameCount: the depth. */
  private readonly frames: CallFrame[] = [];
  private frameCount = 0;
  /** Global variables by symbol id; null = not defined. */
  private readonly globals: (Value | null)[] = [];
  private readonly symbols = new Map<string, ObjString>();
  private readonly symbolNames: ObjString[] = [];
  private openUpvalues: Upvalue | null = null;
  private readonly rootShape = Shape.root();
  private readonly initSymbol: number;

  constructor() {
    for (let i = 0; i < STACK_MAX; i++) this.stack.push(NIL);
    const none = new ObjClosure(new ObjFunction(null, 0, 0, new Chunk(new ChunkBuilder())));
    for (let i = 0; i < FRAMES_MAX; i++) this.frames.push(new CallFrame(none));
    this.initSymbol = this.intern("init").id;
    this.defineNative("clock", new ClockNative());
  }

  intern(text: string): ObjString {
    const known = this.symbols.get(text);
    if (known) return known;
    const s = new ObjString(text, this.symbolNames.length);
    this.symbols.set(text, s);
    this.symbolNames.push(s);
    this.globals.push(null);
    return s;
  }

  private defineNative(name: string, fn: ObjNative): void {
    this.globals[this.intern(name).id] = fn;
  }

  /** Compiles and runs one script (or REPL line); returns 0, 65 or 70 as clox exits. */
  interpret(source: string): number {
    let fn: ObjFunction | null = null;
    try {
      fn = new Compiler(source, this).compile();
    } catch (e) {
      // the recursive-descent compiler ran out of native stack (clox would crash)
      if (!(e instanceof RangeError)) throw e;
      write(2, "Error: the program is nested too deeply to compile.\n");
      return INTERPRET_COMPILE_ERROR;
    }
    if (fn === null) return INTERPRET_COMPILE_ERROR;
    const closure = new ObjClosure(fn);
    this.push(closure);
    return this.run(this.callClosure(closure, 0, null));
  }

  // ---- the stack ------------------------------------------------------------

  private push(v: Value): void {
    this.stack[this.sp++] = v;
  }

  private pop(): Value {
    return this.stack[--this.sp];
  }

  private peek(distance: number): Value {
    return this.stack[this.sp - 1 - distance];
  }

  private resetStack(): void {
    this.sp = 0;
    this.frameCount = 0;
    this.openUpvalues = null;
  }

  private fail(message: string): LoxError {
    return new LoxError(message);
  }

  private name(sym: number): string {
    return this.symbolNames[sym].chars;
  }

  /** Prints a runtime error and the call stack (from `top`) as clox does, then unwinds everything. */
  private report(message: string, top: CallFrame): void {
    write(2, message + "\n");
    for (let frame: CallFrame | null = top; frame !== null; frame = frame.caller) {
      const fn = frame.closure.fn;
      const line = fn.chunk.lines[frame.pc - 1];
      write(2, "[line " + String(line) + "] in " + (fn.name === null ? "script" : fn.name + "()") + "\n");
    }
    this.resetStack();
  }

  // ---- calls ------------------------------------------------------------------

  /** Calls `closure` from frame `caller`: the callee's frame, where the dispatch loop goes on. */
  private callClosure(closure: ObjClosure, argCount: number, caller: CallFrame | null): CallFrame {
    const arity = closure.fn.arity;
    if (argCount !== arity) throw this.fail("Expected " + String(arity) + " arguments but got " + String(argCount) + ".");
    if (this.frameCount === FRAMES_MAX) throw this.fail("Stack overflow.");
    const frame = this.pushFrame(closure, argCount, caller);
    frame.pc = 0;
    return frame;
  }

  /** The frame for a call of `closure` whose callee and arguments are on top of the stack. */
  private pushFrame(closure: ObjClosure, argCount: number, caller: CallFrame | null): CallFrame {
    const frame = weAreJitted() ? new CallFrame(closure) : this.frames[this.frameCount];
    this.frameCount++;
    frame.closure = closure;
    frame.base = this.sp - argCount - 1;
    frame.caller = caller;
    return frame;
  }

  /** Calls native `callee` with the arguments on top of the stack (a copy: the stack is the VM's own) and leaves its result there. */
  callNative(callee: ObjNative, argCount: number): void {
    const args: Value[] = [];
    for (let i = this.sp - argCount; i < this.sp; i++) args.push(this.stack[i]);
    const result = callee.call(args);
    this.sp -= argCount + 1;
    this.push(result);
  }

  /** Calls `callee` from `frame`: the frame the dispatch loop goes on in (the callee's, or the same one after a native or a class without init). */
  private callValue(callee: Value, argCount: number, frame: CallFrame): CallFrame {
    if (callee instanceof ObjClosure) return this.callClosure(callee, argCount, frame);
    if (callee instanceof ObjBoundMethod) {
      this.stack[this.sp - argCount - 1] = callee.receiver;
      return this.callClosure(callee.method, argCount, frame);
    }
    if (callee instanceof ObjClass) {
      this.stack[this.sp - argCount - 1] = new ObjInstance(callee, this.rootShape);
      const init = callee.init;
      if (init !== null) return this.callClosure(init, argCount, frame);
      if (argCount !== 0) throw this.fail("Expected 0 arguments but got " + String(argCount) + ".");
      return frame;
    }
    if (callee instanceof ObjNative) {
      this.callNative(callee, argCount);
      return frame;
    }
    throw this.fail("Can only call functions and classes.");
  }

  // ---- properties, through the inline caches of the instruction at `at` ------

  /** The index of field `sym` in instances of `shape` (-1: none). */
  private fieldIndex(chunk: Chunk, at: number, shape: Shape, sym: number): number {
    // in a trace the shape is a constant (a guard on it) and the lookup folds away
    if (weAreJitted()) return promote(shape).lookup(sym);
    if (chunk.cacheShape[at] === shape) return chunk.cacheIndex[at];
    const index = shape.lookup(sym);
    chunk.cacheShape[at] = shape;
    chunk.cacheIndex[at] = index;
    chunk.cacheNext[at] = null;
    return index;
  }

  /** Method `sym` of `klass`; a runtime error when there is none. */
  private methodOf(chunk: Chunk, at: number, klass: ObjClass, sym: number): ObjClosure {
    if (weAreJitted()) {
      // in a trace the class is a constant and the lookup folds away
      const found = findMethod(promote(klass), sym);
      if (found === null) throw this.fail("Undefined property '" + this.name(sym) + "'.");
      return found;
    }
    if (chunk.cacheClass[at] === klass) return chunk.cacheMethod[at]!;
    const method = findMethod(klass, sym);
    if (!method) throw this.fail("Undefined property '" + this.name(sym) + "'.");
    chunk.cacheClass[at] = klass;
    chunk.cacheMethod[at] = method;
    return method;
  }

  private invoke(chunk: Chunk, at: number, sym: number, argCount: number, frame: CallFrame): CallFrame {
    const receiver = this.peek(argCount);
    if (!(receiver instanceof ObjInstance)) throw this.fail("Only instances have methods.");
    const index = this.fieldIndex(chunk, at, receiver.shape, sym);
    if (index >= 0) {
      // a field holding something callable shadows the method
      const value = receiver.fields[index];
      this.stack[this.sp - argCount - 1] = value;
      return this.callValue(value, argCount, frame);
    }
    return this.callClosure(this.methodOf(chunk, at, receiver.klass, sym), argCount, frame);
  }

  private setField(chunk: Chunk, at: number, inst: ObjInstance, sym: number, value: Value): void {
    // (in a trace the shape is a constant behind a guard: the lookup and the transition fold)
    const shape = weAreJitted() ? promote(inst.shape) : inst.shape;
    const index = this.fieldIndex(chunk, at, shape, sym);
    if (index >= 0) {
      inst.fields[index] = value;
      return;
    }
    // a new field: the instance moves to the next shape
    let next = weAreJitted() ? shape.withField(sym) : chunk.cacheNext[at];
    if (next === null) {
      next = shape.withField(sym);
      chunk.cacheNext[at] = next;
    }
    inst.shape = next;
    inst.fields.push(value);
  }

  // ---- upvalues -------------------------------------------------------------

  private captureUpvalue(slot: number): Upvalue {
    // the open upvalues form a list sorted by slot, highest first
    let prev: Upvalue | null = null;
    let uv = this.openUpvalues;
    while (uv !== null && uv.slot > slot) {
      prev = uv;
      uv = uv.next;
    }
    if (uv !== null && uv.slot === slot) return uv;
    const created = new Upvalue(slot);
    created.next = uv;
    if (prev === null) this.openUpvalues = created;
    else prev.next = created;
    return created;
  }

  /** Closes every open upvalue at stack slot `last` or above. */
  private closeUpvalues(last: number): void {
    let uv = this.openUpvalues;
    while (uv !== null && uv.slot >= last) {
      uv.closed = this.stack[uv.slot];
      uv.slot = -1;
      uv = uv.next;
    }
    this.openUpvalues = uv;
  }

  // ---- the dispatch loop ---------------------------------------------------------

  private run(entry: CallFrame): number {
    let frame = entry;
    let chunk: Chunk = frame.closure.fn.chunk;
    let base = frame.base;
    let pc = frame.pc;
    try {
      for (;;) {
        driver.jitMergePoint({ pc, chunk, frame, base, vm: this });
        // the stack's depth above the frame at a merge point is the same every time (what the code in scope
        // pushed): promoted, every stack index in a trace is the frame's base plus a constant
        if (weAreJitted()) this.sp = base + promote(this.sp - base);
        // read here, not carried as a red: in a trace it is then the very box push and pop
        // read this.stack into, so the optimizer sees their items are the same
        const stack = this.stack;
        const op = chunk.code[pc++];
        switch (op) {
          case Op.CONSTANT:
            this.push(chunk.constants[chunk.code[pc++]]);
            break;
          case Op.NIL:
            this.push(NIL);
            break;
          case Op.TRUE:
            this.push(TRUE);
            break;
          case Op.FALSE:
            this.push(FALSE);
            break;
          case Op.POP:
            this.sp--;
            break;
          case Op.GET_LOCAL:
            this.push(stack[base + chunk.code[pc++]]);
            break;
          case Op.SET_LOCAL:
            stack[base + chunk.code[pc++]] = this.peek(0);
            break;
          case Op.GET_GLOBAL: {
            const sym = chunk.code[pc++];
            const value = this.globals[sym];
            if (value === null) throw this.fail("Undefined variable '" + this.name(sym) + "'.");
            this.push(value);
            break;
          }
          case Op.DEFINE_GLOBAL:
            this.globals[chunk.code[pc++]] = this.pop();
            break;
          case Op.SET_GLOBAL: {
            const sym = chunk.code[pc++];
            if (this.globals[sym] === null) throw this.fail("Undefined variable '" + this.name(sym) + "'.");
            this.globals[sym] = this.peek(0);
            break;
          }
          case Op.GET_UPVALUE: {
            const uv = frame.closure.upvalues[chunk.code[pc++]];
            this.push(uv.slot >= 0 ? stack[uv.slot] : uv.closed);
            break;
          }
          case Op.SET_UPVALUE: {
            const uv = frame.closure.upvalues[chunk.code[pc++]];
            if (uv.slot >= 0) stack[uv.slot] = this.peek(0);
            else uv.closed = this.peek(0);
            break;
          }
          case Op.GET_PROPERTY: {
            const receiver = this.peek(0);
            if (!(receiver instanceof ObjInstance)) throw this.fail("Only instances have properties.");
            const at = pc++;
            const sym = chunk.code[at];
            const index = this.fieldIndex(chunk, at, receiver.shape, sym);
            if (index >= 0) stack[this.sp - 1] = receiver.fields[index];
            else stack[this.sp - 1] = new ObjBoundMethod(receiver, this.methodOf(chunk, at, receiver.klass, sym));
            break;
          }
          case Op.SET_PROPERTY: {
            const target = this.peek(1);
            if (!(target instanceof ObjInstance)) throw this.fail("Only instances have fields.");
            const value = this.pop();
            const at = pc++;
            this.setField(chunk, at, target, chunk.code[at], value);
            stack[this.sp - 1] = value;
            break;
          }
          case Op.GET_SUPER: {
            const superclass = this.pop() as ObjClass;
            const at = pc++;
            stack[this.sp - 1] = new ObjBoundMethod(this.peek(0), this.methodOf(chunk, at, superclass, chunk.code[at]));
            break;
          }
          case Op.EQUAL: {
            const b = this.pop();
            stack[this.sp - 1] = bool(valuesEqual(this.peek(0), b));
            break;
          }
          case Op.GREATER:
          case Op.LESS:
          case Op.SUBTRACT:
          case Op.MULTIPLY:
          case Op.DIVIDE: {
            const b = this.peek(0);
            const a = this.peek(1);
            if (!(a instanceof NumberValue) || !(b instanceof NumberValue)) throw this.fail("Operands must be numbers.");
            this.sp--;
            stack[this.sp - 1] = arithmetic(op, a.value, b.value);
            break;
          }
          case Op.ADD: {
            const b = this.peek(0);
            const a = this.peek(1);
            let result: Value;
            if (a instanceof NumberValue && b instanceof NumberValue) result = new NumberValue(a.value + b.value);
            else if (a instanceof ObjString && b instanceof ObjString) result = new ObjString(a.chars + b.chars, -1);
            else throw this.fail("Operands must be two numbers or two strings.");
            this.sp--;
            stack[this.sp - 1] = result;
            break;
          }
          case Op.NOT:
            stack[this.sp - 1] = bool(isFalsey(this.peek(0)));
            break;
          case Op.NEGATE: {
            const v = this.peek(0);
            if (!(v instanceof NumberValue)) throw this.fail("Operand must be a number.");
            stack[this.sp - 1] = new NumberValue(-v.value);
            break;
          }
          case Op.PRINT:
            write(1, this.pop().show() + "\n");
            break;
          case Op.JUMP:
            pc += 2 + chunk.code[pc];
            break;
          case Op.JUMP_IF_FALSE: {
            const offset = chunk.code[pc];
            pc += 2;
            if (isFalsey(this.peek(0))) pc += offset;
            break;
          }
          case Op.LOOP:
            pc = pc + 2 - chunk.code[pc];
            driver.canEnterJit({ pc, chunk, frame, base, vm: this });
            break;
          case Op.CALL: {
            const argCount = chunk.code[pc++];
            frame.pc = pc;
            const callee = this.peek(argCount);
            if (callee instanceof ObjClosure) {
              // the common case, a closure called with the right arity: enter it here (in a trace its function is
              // a constant behind a guard — closures made afresh share it — so the callee's code folds)
              const fn = weAreJitted() ? promote(callee.fn) : callee.fn;
              if (fn.arity === argCount && this.frameCount < FRAMES_MAX) {
                frame = this.pushFrame(callee, argCount, frame);
                chunk = fn.chunk;
                base = frame.base;
                pc = 0;
                break;
              }
            }
            frame = this.callValue(callee, argCount, frame);
            // the callee's frame, or this one again (a native, a class without init): in a trace, constants behind a guard
            chunk = promote(frame.closure).fn.chunk;
            base = frame.base;
            pc = promote(frame.pc);
            break;
          }
          case Op.INVOKE: {
            const at = pc;
            const argCount = chunk.code[pc + 1];
            pc += 2;
            frame.pc = pc;
            const receiver = stack[this.sp - 1 - argCount];
            // the common case: the cache knows this shape has no such field and this class's method
            // (in a trace, invoke's promoted lookups fold instead)
            if (
              !weAreJitted() &&
              receiver instanceof ObjInstance &&
              chunk.cacheShape[at] === receiver.shape &&
              chunk.cacheIndex[at] < 0 &&
              chunk.cacheClass[at] === receiver.klass
            ) {
              const method = chunk.cacheMethod[at]!;
              if (method.fn.arity === argCount && this.frameCount < FRAMES_MAX) {
                frame = this.pushFrame(method, argCount, frame);
                chunk = method.fn.chunk;
                base = frame.base;
                pc = 0;
                break;
              }
            }
            frame = this.invoke(chunk, at, chunk.code[at], argCount, frame);
            chunk = promote(frame.closure).fn.chunk;
            base = frame.base;
            pc = promote(frame.pc);
            break;
          }
          case Op.SUPER_INVOKE: {
            const at = pc;
            const sym = chunk.code[pc++];
            const argCount = chunk.code[pc++];
            frame.pc = pc;
            const superclass = this.pop() as ObjClass;
            const method = this.methodOf(chunk, at, superclass, sym);
            if (method.fn.arity === argCount && this.frameCount < FRAMES_MAX) {
              frame = this.pushFrame(method, argCount, frame);
              chunk = method.fn.chunk;
              base = frame.base;
              pc = 0;
              break;
            }
            frame = this.callClosure(method, argCount, frame);
            chunk = promote(frame.closure).fn.chunk;
            base = frame.base;
            pc = promote(frame.pc);
            break;
          }
          case Op.CLOSURE: {
            const fn = chunk.constants[chunk.code[pc++]] as ObjFunction;
            const closure = new ObjClosure(fn);
            this.push(closure);
            for (let i = 0; i < fn.upvalueCount; i++) {
              const isLocal = chunk.code[pc++];
              const index = chunk.code[pc++];
              closure.upvalues.push(isLocal === 1 ? this.captureUpvalue(base + index) : frame.closure.upvalues[index]);
            }
            break;
          }
          case Op.CLOSE_UPVALUE:
            this.closeUpvalues(this.sp - 1);
            this.sp--;
            break;
          case Op.RETURN: {
            const result = stack[this.sp - 1];
            if (this.openUpvalues !== null) this.closeUpvalues(base);
            this.frameCount--;
            if (this.frameCount === 0) {
              this.sp = 0;
              return INTERPRET_OK;
            }
            stack[base] = result;
            this.sp = base + 1;
            // back in the caller: in a trace, its code and position are constants behind a guard (the callee returns to few places)
            frame = frame.caller!;
            chunk = promote(frame.closure).fn.chunk;
            base = frame.base;
            pc = promote(frame.pc);
            break;
          }
          case Op.CLASS:
            this.push(new ObjClass(this.symbolNames[chunk.code[pc++]]));
            break;
          case Op.INHERIT: {
            const superclass = this.peek(1);
            if (!(superclass instanceof ObjClass)) throw this.fail("Superclass must be a class.");
            const subclass = this.peek(0) as ObjClass;
            for (const [sym, method] of superclass.methods) subclass.methods.set(sym, method);
            subclass.init = superclass.init;
            this.sp--;
            break;
          }
          case Op.METHOD: {
            const sym = chunk.code[pc++];
            const method = this.peek(0) as ObjClosure;
            const klass = this.peek(1) as ObjClass;
            klass.methods.set(sym, method);
            if (sym === this.initSymbol) klass.init = method;
            this.sp--;
            break;
          }
          default:
            throw this.fail("Unknown opcode " + String(op) + ".");
        }
      }
    } catch (e) {
      if (!(e instanceof LoxError)) throw e;
      frame.pc = pc;
      this.report(e.message, frame);
      return INTERPRET_RUNTIME_ERROR;
    }
  }
}
// the value stack is the VM's own (used only through this.stack): the JIT keeps its items and sp in trace values
virtualizable(VM, "sp", "stack[*]");
// (a call in traces, not inlined into callValue: its loop would make callValue a call too)
dontLookInside(VM.prototype.callNative);

/** The numeric binary operators other than +. */
function arithmetic(op: number, a: number, b: number): Value {
  switch (op) {
    case Op.GREATER:
      return bool(a > b);
    case Op.LESS:
      return bool(a < b);
    case Op.SUBTRACT:
      return new NumberValue(a - b);
    case Op.MULTIPLY:
      return new NumberValue(a * b);
  }
  return new NumberValue(a / b);
}
