// The interpreter loop: runs a frame's bytecode until it returns or yields.
// Exceptions are RTS exceptions (PyError) thrown by the operations; the loop
// catches them, adds the frame's traceback entry, and goes on at the
// handler of the innermost protected range around the instruction (the
// code's exception table), or lets them leave the frame.  A Python call is
// an RTS call of `execute` (PyPy's way: the JIT's portal is re-entered).
//
// JIT hints: the green key is (pc, code) and the frame the red; the frame is
// the virtualizable; a backward jump is where the JIT may enter.
import { JitDriver, promote, weAreJitted } from "rts/jit";
import { METHOD, cachedGlobal, cachedLoad, cachedModuleAttr, fillGlobalSite, fillModuleSite, firstSite, cachedMethod, cachedStore, fillAttrSite, fillLoadSite, fillStoreSite } from "./attrcache.ts";
import { BinaryOp, CompareOp, Op, type Code } from "./code.ts";
import { FRAME_BUILTIN, Frame, state } from "./frame.ts";
import { callOnStack, frameBuiltin, kwArgsOf, popArgs, pushMethod, starArgs } from "./calls.ts";
import {
  KwArgs, NONE, NO_VALUE, PyBool, PyBaseException, PyBuiltin, PyCell, PyDict, PyError, PyFunction, PyInstance, PyInt, PyList, PyModule, PyObject, PyStr,
  PyTuple, EMPTY_TUPLE, TracebackEntry, FALSE, TRUE, pyBool, pyInt, pyStr, pyTuple, PySlice, PyType, slotOf,
} from "./objects/model.ts";
import {
  bindDescriptor, call, callMethod, callMethodWithSelf, delAttr, exceptionFrom, getAttr, len, setAttr, truthy, typeName,
} from "./objects/ops.ts";
import { binaryOp, inplaceOp, compareOp, negate, positive, invert } from "./objects/numbers.ts";
import { getItem, setItem, delItem, contains, getIter, nextOrNull, unpackIterable, listIteratorNext, rangeIteratorNext, PyListIterator, PyRangeIterator } from "./objects/items.ts";
import { dictGetStr, dictSetStr, dictDelStr, dictSet, namespaceGet, newDict } from "./objects/dict.ts";
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

/** Attribute name `arg` of `module`, through the instruction's cache (the interpreter's). */
function moduleAttr(code: Code, arg: number, module: PyModule): PyObject {
  const c = cachedModuleAttr(code, arg, module);
  if (c !== null) return c;
  const v = getAttr(module, code.names[arg]);
  fillModuleSite(code, arg, module);
  return v;
}

/**
 * Global name `arg` of `code` (or the builtin) looked up, and the
 * instruction's cache filled while not jitted (a trace folds namespaceGet);
 * the cache's hit is tested in the instruction itself, where cachedGlobal
 * is small enough to be inlined.
 */
function loadGlobal(frame: Frame, code: Code, arg: number): PyObject {
  const jitted = weAreJitted();
  const name = code.names[arg];
  const hash = code.nameHashes[arg];
  let v = namespaceGet(frame.globals, name, hash);
  if (v === null) v = namespaceGet(builtinsDict(), name, hash);
  if (v === null) throw nameError(name);
  if (!jitted) fillGlobalSite(code, arg, frame.globals, builtinsDict());
  return v;
}

/** Makes the exception `e` stand for the failure of an RTS operation (a stack overflow is a RecursionError). */
function asPyError(e: unknown): PyError {
  if (e instanceof PyError) return e;
  if (e instanceof RangeError) return pyError(RecursionError, "maximum recursion depth exceeded");
  throw e;
}

/** Runs `frame` from its pc until it returns (or, for a generator, yields: `frame.yielded`). */
export function execute(frame: Frame): PyObject {
  // (constants in a trace that made the frame; promoted where a generator's frame resumes — list(g), `for x in g` —
  // so that the portal's greens are constants there: the generator's run is inlined into the trace, or a call_assembler)
  const code = promote(frame.code);
  let pc = promote(frame.pc);
  const resumed = pc !== 0;
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
  // a generator resumed where it yielded is not a call: its first merge point is no function entry for the JIT
  // (an entry trace per resumption cost nqueens 2.4 s instead of 1.7 s: entering compiled code for one element);
  // a trace that follows the resumption keeps its loops unrolled (main.ts loopCut)
  if (resumed) driver.notAnEntry();
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
        case Op.LOAD_GLOBAL: {
          const c = weAreJitted() ? null : cachedGlobal(code, arg, frame.globals, builtinsDict());
          frame.push(c !== null ? c : loadGlobal(frame, code, arg));
          break;
        }
        case Op.STORE_GLOBAL:
          dictSetStr(frame.globals, code.names[arg], frame.pop());
          break;
        case Op.DELETE_GLOBAL:
          if (!dictDelStr(frame.globals, code.names[arg])) throw nameError(code.names[arg]);
          break;
        case Op.LOAD_NAME: {
          const name = code.names[arg];
          const v = frame.localsDict === null ? null : namespaceGet(frame.localsDict, name, code.nameHashes[arg]);
          const g = v !== null || weAreJitted() ? null : cachedGlobal(code, arg, frame.globals, builtinsDict());
          frame.push(v !== null ? v : g !== null ? g : loadGlobal(frame, code, arg));
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
          if (!weAreJitted()) {
            if (obj instanceof PyModule) {
              frame.push(moduleAttr(code, arg, obj));
              break;
            }
            const first = obj instanceof PyInstance ? firstSite(code, at, obj) : null;
            if (first !== null && first.slot >= 0) {
              frame.push(slotOf(obj as PyInstance, first.slot));
              break;
            }
            const cached = cachedLoad(code, at, obj);
            if (cached !== null) {
              frame.push(cached);
              break;
            }
            const v = getAttr(obj, code.names[arg]);
            fillLoadSite(code, at, obj, code.names[arg]);
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
            const first = firstSite(code, at, obj);
            const site = first !== null ? first : cachedMethod(code, at, obj);
            if (site !== null) {
              if (site.slot === METHOD) {
                frame.push(site.value!);
                frame.push(obj);
              } else {
                frame.push(NO_VALUE);
                frame.push(slotOf(obj, site.slot));
              }
              break;
            }
            pushMethod(frame, obj, name);
            fillAttrSite(code, at, obj, name, true);
            break;
          }
          if (!weAreJitted() && obj instanceof PyModule) {
            const v = moduleAttr(code, arg, obj);
            frame.push(NO_VALUE);
            frame.push(v);
            break;
          }
          pushMethod(frame, obj, name);
          break;
        }
        case Op.CALL_METHOD: {
          // [m, self, args...] or [NO_VALUE, callable, args...]
          const m = frame.slots[frame.sp - arg - 2];
          // (a function from LOAD_METHOD: self is its first argument on the stack)
          const r = callOnStack(m, frame, arg + 1, arg + 2, EMPTY_TUPLE);
          if (r !== null) {
            frame.push(r);
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
          const r = callOnStack(frame.slots[frame.sp - arg - 1], frame, arg, arg + 1, EMPTY_TUPLE);
          if (r !== null) {
            frame.push(r);
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
          const r = callOnStack(frame.slots[frame.sp - arg - 1], frame, arg, arg + 1, names);
          if (r !== null) {
            frame.push(r);
            break;
          }
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
        case Op.YIELD_VALUE: {
          // a sink that takes the value: the yield's result is None, as next() sends, and the frame runs on
          const sink = frame.sink;
          if (sink !== null && sink.offer(frame.top())) {
            frame.pop();
            frame.push(NONE);
            break;
          }
          frame.yielded = true;
          frame.pc = pc;
          return frame.pop();
        }
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
          } else if (frame.sink !== null && frame.sink.offer(r.value)) {
            // taken by the sink: send None into this same instruction
            frame.push(NONE);
            pc = at;
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
