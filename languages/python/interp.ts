// The interpreter loop: runs a frame's bytecode until it returns or yields.
// Exceptions are RTS exceptions (PyError) thrown by the operations; the loop
// catches them, adds the frame's traceback entry, and goes on at the
// handler of the innermost protected range around the instruction (the
// code's exception table), or lets them leave the frame.  A Python call is
// an RTS call of `execute` (PyPy's way: the JIT's portal is re-entered).
//
// JIT hints: the green key is (pc, code) and the frame the red; the frame is
// the virtualizable; a backward jump is where the JIT may enter.
import { JitDriver, promote, unrollSafe, weAreJitted } from "rts/jit";
import { METHOD, cachedAttr, cachedMethod, cachedStore, fillAttrSite, fillStoreSite } from "./attrcache.ts";
import { BinaryOp, CO_VARARGS, CO_VARKEYWORDS, CompareOp, Op, type Code } from "./code.ts";
import { FRAME_BUILTIN, Frame, state } from "./frame.ts";
import { bindArguments } from "./arguments.ts";
import {
  KwArgs, NONE, NO_VALUE, PyBool, PyBaseException, PyBuiltin, PyCell, PyDict, PyError, PyFunction, PyInstance, PyInt, PyList, PyObject, PyStr,
  PyTuple, TracebackEntry, FALSE, TRUE, pyBool, pyInt, pyStr, pyTuple, PySlice, PyType, PyModule,
} from "./objects/model.ts";
import {
  bindDescriptor, call, callMethod, callMethodWithSelf, delAttr, exceptionFrom, functionDescription, getAttr, instanceAttr, len, setAttr, truthy, typeName,
} from "./objects/ops.ts";
import { binaryOp, inplaceOp, compareOp, negate, positive, invert } from "./objects/numbers.ts";
import { getItem, setItem, delItem, contains, getIter, iterate, nextOrNull, unpackIterable, listIteratorNext, rangeIteratorNext, PyListIterator, PyRangeIterator } from "./objects/items.ts";
import { dictGetStr, dictKeys, dictSetStr, dictDelStr, dictSet, namespaceGet, newDict } from "./objects/dict.ts";
import { AssertionError, NameError, RecursionError, RuntimeError, SystemError, UnboundLocalError, pyError, typeError } from "./objects/exceptions.ts";
import { PyCodeObject } from "./objects/constants.ts";
import { BUILD_CLASS, builtinsDict, displayValue, formatValue, importFrom, importName, importStar } from "./runtime.ts";
import { dictWithoutKeys, isMatchMapping, isMatchSequence, matchClass, matchKeys } from "./objects/matching.ts";
import { newSet, setAdd, setUpdate, type PySet } from "./objects/set.ts";
import { PyGenerator, throwIntoSubIterator, yieldFrom } from "./objects/generators.ts";
import { listAppend, listExtend } from "./objects/lists.ts";
import { dictMerge, dictUpdate } from "./objects/dicts.ts";

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["frame"], virtualizables: ["frame"], getPrintableLocation: printableLocation });

function printableLocation(pc: number, code: Code): string {
  return code.name + " pc " + String(pc) + " (line " + String(code.lineAt(pc)) + ")";
}


/** Runs a Python function: a frame for it, its arguments bound, then its code (or a generator for a generator's code). */
export function callFunction(func: PyFunction, args: PyObject[], kw: KwArgs | null): PyObject {
  // (in a trace: the code a constant, so the frame's size, the cells and the argument copying are known)
  const code = promote(func.code);
  const frame = new Frame(code, func.globals, null);
  bindArguments(func, frame, args, kw);
  return startFrame(func, code, frame);
}
// (its loops run over the code's cells and free variables: unrolled in a trace, which goes on into the portal call)
unrollSafe(callFunction);

/** Whether a call with `n` positional arguments and no keywords binds them one to one to the code's parameters. */
function takesExactly(code: Code, n: number): boolean {
  return n === code.argcount && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0;
}

/**
 * A call of `func` with the `n` values on top of the caller's stack as its
 * positional arguments, which its parameters take one to one (CPython's
 * vectorcall): the callee's frame takes them from the caller's slots,
 * without an argument list; `pops` values leave the caller's stack (the
 * arguments, the callable and what LOAD_METHOD pushed).
 */
function callFromStack(func: PyFunction, caller: Frame, n: number, pops: number): PyObject {
  const code = promote(func.code);
  const frame = new Frame(code, func.globals, null);
  const from = caller.sp - n;
  for (let i = 0; i < n; i++) frame.slots[i] = caller.slots[from + i];
  for (let i = 0; i < pops; i++) caller.pop();
  return startFrame(func, code, frame);
}
// (n and pops are the instruction's: the loops unroll in a trace)
unrollSafe(callFromStack);

/** A function's frame, its arguments bound: its cells and free variables set, then run (or a generator made of it). */
function startFrame(func: PyFunction, code: Code, frame: Frame): PyObject {
  const nlocals = code.varnames.length;
  for (let i = 0; i < code.cellvars.length; i++) {
    const from = code.cellArgs[i];
    const initial = from >= 0 ? frame.slots[from] : NO_VALUE;
    frame.slots[nlocals + i] = new PyCell(initial === NO_VALUE ? null : initial);
  }
  const nfree = code.freevars.length;
  for (let i = 0; i < nfree; i++) frame.slots[nlocals + code.cellvars.length + i] = func.closure[i];
  if (code.isGenerator()) return new PyGenerator(frame, func.name, func.qualname);
  return runFrame(frame);
}
unrollSafe(startFrame);

/** Runs a frame to its return, counting the recursion depth. */
export function runFrame(frame: Frame): PyObject {
  if (state.depth >= state.recursionLimit) throw pyError(RecursionError, "maximum recursion depth exceeded");
  state.depth++;
  try {
    return execute(frame);
  } finally {
    state.depth--;
  }
}

/** Runs a module's or class body's code with `ns` as its namespace. */
export function runCode(code: Code, globals: PyDict, ns: PyDict, closure: PyCell[]): PyObject {
  const frame = new Frame(code, globals, ns);
  const base = code.varnames.length + code.cellvars.length;
  for (let i = 0; i < code.cellvars.length; i++) frame.slots[code.varnames.length + i] = new PyCell(null);
  for (let i = 0; i < closure.length; i++) frame.slots[base + i] = closure[i];
  return runFrame(frame);
}

function unboundLocal(code: Code, i: number): PyError {
  return pyError(UnboundLocalError, `cannot access local variable '${code.varnames[i]}' where it is not associated with a value`);
}

function freeUnbound(code: Code, i: number): PyError {
  const n = i - code.varnames.length;
  if (n < code.cellvars.length) return pyError(UnboundLocalError, `cannot access local variable '${code.cellvars[n]}' where it is not associated with a value`);
  return pyError(NameError, `cannot access free variable '${code.freevars[n - code.cellvars.length]}' where it is not associated with a value in enclosing scope`);
}

function nameError(name: string): PyError {
  return pyError(NameError, `name '${name}' is not defined`);
}

function loadGlobal(frame: Frame, name: string, hash: number): PyObject {
  const v = namespaceGet(frame.globals, name, hash);
  if (v !== null) return v;
  const b = namespaceGet(builtinsDict(), name, hash);
  if (b !== null) return b;
  throw nameError(name);
}

/** The arguments of a call popped off the stack (the last `n` values, in order). */
function popArgs(frame: Frame, n: number): PyObject[] {
  const args: PyObject[] = [];
  const base = frame.sp - n;
  for (let i = 0; i < n; i++) args.push(frame.slots[base + i]);
  for (let i = 0; i < n; i++) frame.slots[base + i] = NO_VALUE;
  frame.sp = base;
  return args;
}
// (n is the instruction's argument, a constant in a trace: the loops unroll, and the frame does not escape)
unrollSafe(popArgs);

/** Makes the exception `e` stand for the failure of an RTS operation (a stack overflow is a RecursionError). */
function asPyError(e: unknown): PyError {
  if (e instanceof PyError) return e;
  if (e instanceof RangeError) return pyError(RecursionError, "maximum recursion depth exceeded");
  throw e;
}

/** Runs `frame` from its pc until it returns (or, for a generator, yields: `frame.yielded`). */
export function execute(frame: Frame): PyObject {
  const code = frame.code;
  let pc = frame.pc;
  if (frame.pendingThrow !== null) {
    // generator.throw(): the exception is raised where the generator stands
    const thrown = frame.pendingThrow;
    frame.pendingThrow = null;
    let err: PyError | null = null;
    try {
      if (code.code[pc] === Op.YIELD_FROM) {
        // in `yield from`: the sub-iterator (on the stack) gets it first
        const r = throwIntoSubIterator(frame.top(), thrown);
        if (!r.done) {
          frame.yielded = true;
          return r.value;
        }
        frame.pop();
        frame.push(r.value);
        pc += 2;
      } else err = new PyError(exceptionFrom(thrown));
    } catch (e) {
      err = asPyError(e);
    }
    if (err !== null) pc = unwindTo(frame, code, pc, err, false);
  }
  for (;;) {
    driver.jitMergePoint({ pc, code, frame });
    // (the stack's depth is the same at every run of an instruction: a constant in a trace, so every slot a trace
    // reads or writes has a constant index, and the optimizer tells the stack's slots from the locals')
    if (weAreJitted()) frame.sp = promote(frame.sp);
    const at = pc;
    // set by the instructions that raise an exception already raised (RERAISE, bare raise): no new traceback entry
    let reraise = false;
    try {
      const op = code.code[pc];
      const arg = code.code[pc + 1];
      pc += 2;
      switch (op) {
        case Op.NOP:
          break;
        case Op.POP_TOP:
          frame.pop();
          break;
        case Op.ROT_TWO: {
          const a = frame.pop();
          const b = frame.pop();
          frame.push(a);
          frame.push(b);
          break;
        }
        case Op.ROT_THREE: {
          const a = frame.pop();
          const b = frame.pop();
          const c = frame.pop();
          frame.push(a);
          frame.push(c);
          frame.push(b);
          break;
        }
        case Op.ROT_FOUR: {
          const a = frame.pop();
          const b = frame.pop();
          const c = frame.pop();
          const d = frame.pop();
          frame.push(a);
          frame.push(d);
          frame.push(c);
          frame.push(b);
          break;
        }
        case Op.DUP_TOP:
          frame.push(frame.top());
          break;
        case Op.DUP_TOP_TWO: {
          const a = frame.peek(1);
          const b = frame.peek(0);
          frame.push(a);
          frame.push(b);
          break;
        }
        case Op.LOAD_CONST:
          frame.push(code.consts[arg]);
          break;
        case Op.LOAD_FAST: {
          const v = frame.slots[arg];
          if (v === NO_VALUE) throw unboundLocal(code, arg);
          frame.push(v);
          break;
        }
        case Op.STORE_FAST:
          frame.slots[arg] = frame.pop();
          break;
        case Op.DELETE_FAST: {
          const v = frame.slots[arg];
          if (v === NO_VALUE) throw unboundLocal(code, arg);
          frame.slots[arg] = NO_VALUE;
          break;
        }
        case Op.LOAD_DEREF: {
          const v = (frame.slots[arg] as PyCell).value;
          if (v === null) throw freeUnbound(code, arg);
          frame.push(v);
          break;
        }
        case Op.LOAD_CLASSDEREF: {
          const n = arg - code.varnames.length - code.cellvars.length;
          const name = n >= 0 ? code.freevars[n] : code.cellvars[arg - code.varnames.length];
          const own = frame.localsDict === null ? null : dictGetStr(frame.localsDict, name);
          if (own !== null) frame.push(own);
          else {
            const v = (frame.slots[arg] as PyCell).value;
            if (v === null) throw freeUnbound(code, arg);
            frame.push(v);
          }
          break;
        }
        case Op.STORE_DEREF:
          (frame.slots[arg] as PyCell).value = frame.pop();
          break;
        case Op.DELETE_DEREF: {
          const cell = frame.slots[arg] as PyCell;
          if (cell.value === null) throw freeUnbound(code, arg);
          cell.value = null;
          break;
        }
        case Op.LOAD_CLOSURE:
          frame.push(frame.slots[arg]);
          break;
        case Op.LOAD_GLOBAL:
          frame.push(loadGlobal(frame, code.names[arg], code.nameHashes[arg]));
          break;
        case Op.STORE_GLOBAL:
          dictSetStr(frame.globals, code.names[arg], frame.pop());
          break;
        case Op.DELETE_GLOBAL:
          if (!dictDelStr(frame.globals, code.names[arg])) throw nameError(code.names[arg]);
          break;
        case Op.LOAD_NAME: {
          const name = code.names[arg];
          const v = frame.localsDict === null ? null : namespaceGet(frame.localsDict, name, code.nameHashes[arg]);
          frame.push(v !== null ? v : loadGlobal(frame, name, code.nameHashes[arg]));
          break;
        }
        case Op.STORE_NAME:
          dictSetStr(frame.localsDict ?? frame.globals, code.names[arg], frame.pop());
          break;
        case Op.DELETE_NAME:
          if (!dictDelStr(frame.localsDict ?? frame.globals, code.names[arg])) throw nameError(code.names[arg]);
          break;
        case Op.LOAD_ATTR: {
          const obj = frame.pop();
          // (the interpreter's inline cache; a trace folds the lookup itself)
          if (!weAreJitted() && obj instanceof PyInstance) {
            const cached = cachedAttr(code, at, obj);
            if (cached !== null) {
              frame.push(cached);
              break;
            }
            const v = getAttr(obj, code.names[arg]);
            fillAttrSite(code, at, obj, code.names[arg], false);
            frame.push(v);
            break;
          }
          frame.push(getAttr(obj, code.names[arg]));
          break;
        }
        case Op.STORE_ATTR: {
          const obj = frame.pop();
          const v = frame.pop();
          if (!weAreJitted() && obj instanceof PyInstance) {
            if (cachedStore(code, at, obj, v)) break;
            const before = obj.map;
            setAttr(obj, code.names[arg], v);
            fillStoreSite(code, at, obj, code.names[arg], before);
            break;
          }
          setAttr(obj, code.names[arg], v);
          break;
        }
        case Op.DELETE_ATTR:
          delAttr(frame.pop(), code.names[arg]);
          break;
        case Op.LOAD_METHOD: {
          const obj = frame.pop();
          const name = code.names[arg];
          if (!weAreJitted() && obj instanceof PyInstance) {
            const site = cachedMethod(code, at, obj);
            if (site !== null) {
              if (site.slot === METHOD) {
                frame.push(site.value!);
                frame.push(obj);
              } else {
                frame.push(NO_VALUE);
                frame.push(obj.storage[site.slot]);
              }
              break;
            }
            pushMethod(frame, obj, name);
            fillAttrSite(code, at, obj, name, true);
            break;
          }
          pushMethod(frame, obj, name);
          break;
        }
        case Op.CALL_METHOD: {
          // [m, self, args...] or [NO_VALUE, callable, args...]
          const m = frame.slots[frame.sp - arg - 2];
          if (m instanceof PyFunction && takesExactly(promote(m.code), arg + 1)) {
            frame.push(callFromStack(m, frame, arg + 1, arg + 2));
            break;
          }
          if (m === NO_VALUE) {
            const args = popArgs(frame, arg);
            const f = frame.pop();
            frame.pop();
            frame.push(call(f, args, null));
          } else {
            const selfAndArgs = popArgs(frame, arg + 1);
            frame.pop();
            frame.push(callMethodWithSelf(m, selfAndArgs, null));
          }
          break;
        }
        case Op.CALL: {
          const callee = frame.slots[frame.sp - arg - 1];
          if (callee instanceof PyFunction && takesExactly(promote(callee.code), arg)) {
            frame.push(callFromStack(callee, frame, arg, arg + 1));
            break;
          }
          const args = popArgs(frame, arg);
          const f = frame.pop();
          if (f instanceof PyBuiltin && f.data === FRAME_BUILTIN) frame.push(frameBuiltin(f, frame, args));
          else frame.push(call(f, args, null));
          break;
        }
        case Op.CALL_KW: {
          const names = frame.pop() as PyTuple;
          const all = popArgs(frame, arg);
          const f = frame.pop();
          const nkw = names.items.length;
          const kwNames: string[] = [];
          for (const n of names.items) kwNames.push((n as PyStr).value);
          frame.push(call(f, all.slice(0, arg - nkw), new KwArgs(kwNames, all.slice(arg - nkw))));
          break;
        }
        case Op.CALL_EX: {
          const kwDict = arg & 1 ? (frame.pop() as PyDict) : null;
          const argsObj = frame.pop();
          const f = frame.pop();
          frame.push(call(f, arg & 2 ? starArgs(f, argsObj) : (argsObj as PyTuple).items, kwDict === null ? null : kwArgsOf(f, kwDict)));
          break;
        }
        case Op.BINARY_SUBSCR: {
          const key = frame.pop();
          const obj = frame.pop();
          frame.push(getItem(obj, key));
          break;
        }
        case Op.STORE_SUBSCR: {
          const key = frame.pop();
          const obj = frame.pop();
          const v = frame.pop();
          setItem(obj, key, v);
          break;
        }
        case Op.DELETE_SUBSCR: {
          const key = frame.pop();
          delItem(frame.pop(), key);
          break;
        }
        case Op.BINARY_OP: {
          const b = frame.pop();
          const a = frame.pop();
          frame.push(binaryOp(a, b, arg as BinaryOp));
          break;
        }
        case Op.INPLACE_OP: {
          const b = frame.pop();
          const a = frame.pop();
          frame.push(inplaceOp(a, b, arg as BinaryOp));
          break;
        }
        case Op.UNARY_POSITIVE:
          frame.push(positive(frame.pop()));
          break;
        case Op.UNARY_NEGATIVE:
          frame.push(negate(frame.pop()));
          break;
        case Op.UNARY_INVERT:
          frame.push(invert(frame.pop()));
          break;
        case Op.UNARY_NOT:
          frame.push(pyBool(!truthy(frame.pop())));
          break;
        case Op.COMPARE_OP: {
          const b = frame.pop();
          const a = frame.pop();
          frame.push(compareOp(a, b, arg as CompareOp));
          break;
        }
        case Op.IS_OP: {
          const b = frame.pop();
          const a = frame.pop();
          frame.push(pyBool(isSame(a, b) !== (arg === 1)));
          break;
        }
        case Op.CONTAINS_OP: {
          const container = frame.pop();
          const item = frame.pop();
          frame.push(pyBool(contains(container, item) !== (arg === 1)));
          break;
        }
        case Op.JUMP:
          pc = arg;
          break;
        case Op.JUMP_BACKWARD:
          pc = arg;
          driver.canEnterJit({ pc, code, frame });
          break;
        case Op.POP_JUMP_IF_FALSE: {
          const v = frame.pop();
          if (v === FALSE || (v !== TRUE && !truthy(v))) pc = arg;
          break;
        }
        case Op.POP_JUMP_IF_TRUE: {
          const v = frame.pop();
          if (v === TRUE || (v !== FALSE && truthy(v))) pc = arg;
          break;
        }
        case Op.JUMP_IF_FALSE_OR_POP:
          if (!truthy(frame.top())) pc = arg;
          else frame.pop();
          break;
        case Op.JUMP_IF_TRUE_OR_POP:
          if (truthy(frame.top())) pc = arg;
          else frame.pop();
          break;
        case Op.GET_ITER:
          frame.push(getIter(frame.pop()));
          break;
        case Op.FOR_ITER: {
          // ranges and lists inline (the common loops; and the JIT then traces them), the rest through nextOrNull
          const it = frame.top();
          const v = it instanceof PyRangeIterator ? rangeIteratorNext(it) : it instanceof PyListIterator ? listIteratorNext(it) : nextOrNull(it);
          if (v !== null) frame.push(v);
          else {
            frame.pop();
            pc = arg;
          }
          break;
        }
        case Op.BUILD_TUPLE:
          frame.push(pyTuple(popArgs(frame, arg)));
          break;
        case Op.BUILD_LIST:
          frame.push(new PyList(popArgs(frame, arg)));
          break;
        case Op.BUILD_SET: {
          const s = newSet(false);
          for (const x of popArgs(frame, arg)) setAdd(s, x);
          frame.push(s);
          break;
        }
        case Op.BUILD_MAP: {
          const items = popArgs(frame, 2 * arg);
          const d = newDict();
          for (let i = 0; i < items.length; i += 2) dictSet(d, items[i], items[i + 1]);
          frame.push(d);
          break;
        }
        case Op.BUILD_STRING: {
          let s = "";
          for (const x of popArgs(frame, arg)) s += (x as PyStr).value;
          frame.push(pyStr(s));
          break;
        }
        case Op.BUILD_SLICE: {
          const step = arg === 3 ? frame.pop() : NONE;
          const stop = frame.pop();
          frame.push(new PySlice(frame.pop(), stop, step));
          break;
        }
        case Op.LIST_APPEND: {
          const v = frame.pop();
          listAppend(frame.slots[frame.sp - arg] as PyList, v);
          break;
        }
        case Op.SET_ADD: {
          const v = frame.pop();
          setAdd(frame.slots[frame.sp - arg] as PySet, v);
          break;
        }
        case Op.MAP_ADD: {
          const v = frame.pop();
          const k = frame.pop();
          dictSet(frame.slots[frame.sp - arg] as PyDict, k, v);
          break;
        }
        case Op.LIST_EXTEND: {
          const v = frame.pop();
          listExtend(frame.slots[frame.sp - arg] as PyList, v);
          break;
        }
        case Op.SET_UPDATE: {
          const v = frame.pop();
          setUpdate(frame.slots[frame.sp - arg] as PySet, v);
          break;
        }
        case Op.DICT_UPDATE: {
          const v = frame.pop();
          dictUpdate(frame.slots[frame.sp - arg] as PyDict, v);
          break;
        }
        case Op.DICT_MERGE: {
          const v = frame.pop();
          dictMerge(frame.slots[frame.sp - arg] as PyDict, v, frame.slots[frame.sp - arg - 2]);
          break;
        }
        case Op.LIST_TO_TUPLE:
          frame.push(pyTuple((frame.pop() as PyList).items.slice()));
          break;
        case Op.UNPACK_SEQUENCE: {
          const seq = frame.pop();
          // (a tuple or list of the right length: its items, without a list made or a call; the two loops
          // apart, as the annotator would make one list type of tuples' and lists' items)
          if (seq instanceof PyTuple && seq.items.length === arg) {
            for (let i = arg - 1; i >= 0; i--) frame.push(seq.items[i]);
          } else if (seq instanceof PyList && seq.items.length === arg) {
            for (let i = arg - 1; i >= 0; i--) frame.push(seq.items[i]);
          } else {
            const items = unpackIterable(seq, arg, -1);
            for (let i = arg - 1; i >= 0; i--) frame.push(items[i]);
          }
          break;
        }
        case Op.UNPACK_EX: {
          const before = arg & 0xff;
          const after = arg >> 8;
          const items = unpackIterable(frame.pop(), before, after);
          for (let i = items.length - 1; i >= 0; i--) frame.push(items[i]);
          break;
        }
        case Op.MAKE_FUNCTION: {
          const codeObj = (frame.pop() as PyCodeObject).code;
          const closure: PyCell[] = [];
          if (arg & 8) for (const c of (frame.pop() as PyTuple).items) closure.push(c as PyCell);
          const annotations = arg & 4 ? (frame.pop() as PyDict) : null;
          const kwDefaults = arg & 2 ? (frame.pop() as PyDict) : null;
          const defaults = arg & 1 ? (frame.pop() as PyTuple).items : [];
          const f = new PyFunction(codeObj, frame.globals, defaults, kwDefaults, closure);
          f.annotations = annotations;
          if (codeObj.flags & 16) f.doc = codeObj.consts[0];
          const mod = dictGetStr(frame.globals, "__name__");
          if (mod !== null) f.module = mod;
          frame.push(f);
          break;
        }
        case Op.RETURN_VALUE:
          frame.yielded = false;
          frame.pc = pc;
          return frame.pop();
        case Op.YIELD_VALUE:
          frame.yielded = true;
          frame.pc = pc;
          return frame.pop();
        case Op.GET_YIELD_FROM_ITER: {
          const it = frame.pop();
          frame.push(it instanceof PyGenerator ? it : getIter(it));
          break;
        }
        case Op.YIELD_FROM: {
          const v = frame.pop();
          const r = yieldFrom(frame.top(), v);
          if (r.done) {
            frame.pop();
            frame.push(r.value);
          } else {
            // yield the sub-iterator's value; resuming sends the next value into this same instruction
            frame.yielded = true;
            frame.pc = at;
            return r.value;
          }
          break;
        }
        case Op.RAISE_VARARGS: {
          if (arg === 0) {
            if (state.excInfo === NONE) throw pyError(RuntimeError, "No active exception to reraise");
            reraise = true;
            throw new PyError(state.excInfo as PyBaseException);
          }
          const cause = arg === 2 ? frame.pop() : null;
          const exc = exceptionFrom(frame.pop());
          if (cause !== null) {
            if (cause === NONE) exc.cause = null;
            else if (cause instanceof PyBaseException || (cause instanceof PyType && cause.isException)) exc.cause = exceptionFrom(cause);
            else throw typeError("exception causes must derive from BaseException");
            exc.suppressContext = true;
          }
          throw new PyError(exc);
        }
        case Op.RERAISE:
          reraise = true;
          throw new PyError(frame.pop() as PyBaseException);
        case Op.PUSH_EXC_INFO: {
          const exc = frame.pop();
          frame.push(state.excInfo);
          frame.push(exc);
          state.excInfo = exc;
          break;
        }
        case Op.POP_EXCEPT:
          state.excInfo = frame.pop();
          break;
        case Op.CHECK_EXC_MATCH: {
          const type = frame.pop();
          frame.push(pyBool(exceptionMatches(frame.top(), type)));
          break;
        }
        case Op.BEFORE_WITH: {
          const mgr = frame.pop();
          const enter = mgr.getType().lookup("__enter__");
          const exit = mgr.getType().lookup("__exit__");
          if (enter === null || exit === null) throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol`);
          frame.push(bindDescriptor(exit, mgr, mgr.getType()));
          frame.push(callMethod(enter, mgr, [], null));
          break;
        }
        case Op.WITH_EXCEPT_START: {
          const exc = frame.top() as PyBaseException;
          const exit = frame.peek(2);
          frame.push(call(exit, [exc.getType(), exc, NONE], null));
          break;
        }
        case Op.LOAD_BUILD_CLASS:
          frame.push(BUILD_CLASS);
          break;
        case Op.LOAD_ASSERTION_ERROR:
          frame.push(AssertionError);
          break;
        case Op.IMPORT_NAME: {
          const fromlist = frame.pop();
          const level = frame.pop() as PyInt;
          frame.push(importName(code.names[arg], fromlist !== NONE, level.value, frame.globals));
          break;
        }
        case Op.IMPORT_FROM:
          frame.push(importFrom(frame.top(), code.names[arg]));
          break;
        case Op.IMPORT_STAR:
          importStar(frame.pop(), frame.localsDict ?? frame.globals);
          break;
        case Op.FORMAT_VALUE: {
          const spec = arg & 4 ? (frame.pop() as PyStr).value : "";
          frame.push(formatValue(frame.pop(), arg & 3, spec));
          break;
        }
        case Op.PRINT_EXPR:
          displayValue(frame.pop());
          break;
        case Op.SETUP_ANNOTATIONS: {
          const ns = frame.localsDict ?? frame.globals;
          if (dictGetStr(ns, "__annotations__") === null) dictSetStr(ns, "__annotations__", newDict());
          break;
        }
        case Op.GET_LEN:
          frame.push(pyInt(len(frame.top())));
          break;
        case Op.MATCH_SEQUENCE:
          frame.push(pyBool(isMatchSequence(frame.top())));
          break;
        case Op.MATCH_MAPPING:
          frame.push(pyBool(isMatchMapping(frame.top())));
          break;
        case Op.MATCH_KEYS: {
          const keys = frame.top() as PyTuple;
          frame.push(matchKeys(frame.peek(1), keys.items));
          break;
        }
        case Op.MATCH_CLASS: {
          const names = frame.pop() as PyTuple;
          const cls = frame.pop();
          const subject = frame.pop();
          frame.push(matchClass(subject, cls, arg, names.items));
          break;
        }
        case Op.COPY_DICT_WITHOUT_KEYS: {
          const keys = frame.pop() as PyTuple;
          frame.push(dictWithoutKeys(frame.top(), keys.items));
          break;
        }
        default:
          throw pyError(SystemError, `unknown opcode ${op}`);
      }
    } catch (e) {
      pc = unwindTo(frame, code, at, asPyError(e), reraise);
    }
  }
}

/**
 * An exception raised by the instruction at `at`: its traceback entry (not
 * for a re-raise), its context, then the pc of the handler of the innermost
 * protected range around `at` with the stack unwound for it — or the
 * exception leaves the frame.
 */
function unwindTo(frame: Frame, code: Code, at: number, err: PyError, reraise: boolean): number {
  const exc = err.exc;
  if (!reraise) {
    exc.traceback = new TracebackEntry(code, code.lineAt(at), exc.traceback);
    if (exc.context === null && state.excInfo !== NONE && state.excInfo !== exc) exc.context = state.excInfo;
  }
  const h = code.handlerAt(at);
  if (h < 0) {
    frame.pc = at;
    throw err;
  }
  const depth = code.exceptionTable[h + 3];
  while (frame.sp > frame.base + depth) frame.pop();
  frame.push(exc);
  return code.exceptionTable[h + 2];
}

/** LOAD_METHOD's pushes: the method and obj, or NO_VALUE and the attribute (which CALL_METHOD calls as it is). */
function pushMethod(frame: Frame, obj: PyObject, name: string): void {
  const m = methodOf(obj, name);
  if (m !== null) {
    frame.push(m);
    frame.push(obj);
  } else {
    frame.push(NO_VALUE);
    frame.push(getAttr(obj, name));
  }
}

/** The function to call as a method for LOAD_METHOD (a plain function of the type, not shadowed by an instance attribute), or null. */
function methodOf(obj: PyObject, name: string): PyObject | null {
  if (obj instanceof PyType || obj instanceof PyModule) return null;
  const type = obj.getType();
  const m = type.lookup(name);
  if (m === null) return null;
  if (!(m instanceof PyFunction) && !(m instanceof PyBuiltin && m.self === null)) return null;
  if (!type.genericGetattribute()) return null;
  if (obj instanceof PyInstance && instanceAttr(obj, name) !== null) return null;
  return m;
}

/** The positional arguments of `f(*xs)`: the items of any iterable (TypeError naming f when it is not one). */
function starArgs(f: PyObject, xs: PyObject): PyObject[] {
  if (xs instanceof PyTuple) return xs.items;
  if (xs instanceof PyList) return xs.items.slice();
  if (xs.getType().lookup("__iter__") === null && xs.getType().lookup("__getitem__") === null)
    throw typeError(`${functionDescription(f)} argument after * must be an iterable, not ${typeName(xs)}`);
  return iterate(xs);
}

/** The keyword arguments of `f(**d)`: a dict with str keys (none when it is empty). */
function kwArgsOf(f: PyObject, d: PyDict): KwArgs | null {
  if (d.used === 0) return null;
  const names: string[] = [];
  const values: PyObject[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    if (!(k instanceof PyStr)) throw typeError(`${functionDescription(f)} keywords must be strings`);
    names.push(k.value);
    values.push(d.values[i]!);
  }
  return new KwArgs(names, values);
}




function frameBuiltin(f: PyBuiltin, frame: Frame, args: PyObject[]): PyObject {
  if ((f.name === "exec" || f.name === "eval") && args.length >= 1 && (args.length < 2 || args[1] === NONE)) {
    // (the source runs in the caller's globals and, unless given, its locals())
    return call(f, [args[0], frame.globals, args.length > 2 && args[2] !== NONE ? args[2] : frameLocals(frame)], null);
  }
  if (args.length > 0) return call(f, args, null);
  switch (f.name) {
    case "globals":
      return frame.globals;
    case "locals":
    case "vars":
      return frameLocals(frame);
    case "dir": {
      const names: PyObject[] = [];
      for (const k of dictKeys(frameLocals(frame))) names.push(k);
      const l = new PyList(names);
      callMethod(l.getType().lookup("sort")!, l, [], null);
      return l;
    }
  }
  return call(f, args, null);
}

/** locals(): the namespace of a module or class body, or a new dict of a function's bound locals. */
function frameLocals(frame: Frame): PyDict {
  if (frame.localsDict !== null) return frame.localsDict;
  const d = newDict();
  const code = frame.code;
  for (let i = 0; i < code.varnames.length; i++) {
    const v = frame.slots[i];
    if (v !== NO_VALUE) dictSetStr(d, code.varnames[i], v);
  }
  const n = code.varnames.length;
  for (let i = 0; i < code.cellvars.length + code.freevars.length; i++) {
    const c = frame.slots[n + i] as PyCell;
    if (c.value !== null) dictSetStr(d, i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length], c.value);
  }
  return d;
}

/** `a is b`: identity, where the small ints CPython caches (-5..256) are one object each whatever made them (a trace makes new ones). */
function isSame(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  return a instanceof PyInt && b instanceof PyInt && !(a instanceof PyBool) && !(b instanceof PyBool) && a.value === b.value && a.value >= -5 && a.value <= 256;
}

function exceptionMatches(exc: PyObject, type: PyObject): boolean {
  if (type instanceof PyTuple) {
    for (const t of type.items) if (exceptionMatches(exc, t)) return true;
    return false;
  }
  if (!(type instanceof PyType) || !type.isException) throw typeError("catching classes that do not inherit from BaseException is not allowed");
  return exc.getType().isSubtypeOf(type);
}
