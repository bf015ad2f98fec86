// Calls: a Python function's frame made and its arguments bound (from an
// argument list, or straight from the caller's stack when they match the
// parameters one to one: CPython's vectorcall), frames run with the
// recursion depth counted, and the call instructions' helpers — the
// arguments popped off the stack, `*args`/`**kwargs`, LOAD_METHOD's method
// lookup, and the builtins that read the calling frame (globals(),
// locals(), exec/eval without namespaces).
import { promote, unrollSafe, weAreJitted } from "rts/jit";
import { CO_VARARGS, CO_VARKEYWORDS, type Code } from "./code.ts";
import { Frame, state } from "./frame.ts";
import { argumentPlace, bindArguments, bindsSimply } from "./arguments.ts";
import { execute } from "./interp.ts";
import { EMPTY_TUPLE, KwArgs, NONE, NO_VALUE, PyBuiltin, PyCell, PyDict, PyFunction, PyInstance, PyList, PyMethod, PyModule, PyObject, PyStr, PyTuple, PyType } from "./objects/model.ts";
import { call, callMethod, functionDescription, getAttr, instanceAttr, prepended, typeName } from "./objects/ops.ts";
import { iterate } from "./objects/items.ts";
import { dictKeys, dictSetStr, newDict } from "./objects/dict.ts";
import { RecursionError, pyError, typeError } from "./objects/exceptions.ts";
import { PyGenerator } from "./objects/generators.ts";

/** Runs a Python function: a frame for it, its arguments bound, then its code (or a generator for a generator's code). */
export function callFunction(func: PyFunction, args: PyObject[], kw: KwArgs | null): PyObject {
  // (in a trace: the code a constant, so the frame's size, the cells and the argument copying are known)
  const code = promote(func.code);
  const frame = newFrame(code, func.globals);
  bindArguments(func, frame, args, kw);
  return startFrame(func, code, frame);
}
// (its loops run over the code's cells and free variables: unrolled in a trace, which goes on into the portal call)
unrollSafe(callFunction);

/**
 * A Python function called as a method of `self` (callMethod, a bound
 * method, a class's __init__): self and the arguments go straight into the
 * frame when they take the parameters one to one — no [self, ...args] list.
 */
export function callFunctionWithSelf(func: PyFunction, self: PyObject, args: PyObject[], kw: KwArgs | null): PyObject {
  const code = promote(func.code);
  if (kw !== null || !takesExactly(code, args.length + 1)) return callFunction(func, prepended(self, args), kw);
  const frame = newFrame(code, func.globals);
  frame.slots[0] = self;
  for (let i = 0; i < args.length; i++) frame.slots[i + 1] = args[i];
  return startFrame(func, code, frame);
}
// (the loop copies a call's arguments, as many as the code's parameters: unrolled in a trace)
unrollSafe(callFunctionWithSelf);

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
  const frame = newFrame(code, func.globals);
  const from = caller.sp - n;
  for (let i = 0; i < n; i++) frame.slots[i] = caller.slots[from + i];
  for (let i = 0; i < pops; i++) caller.pop();
  return startFrame(func, code, frame);
}
// (n and pops are the instruction's: the loops unroll in a trace)
unrollSafe(callFromStack);

/**
 * A call of `callee` with the `n` values on top of the caller's stack as
 * its arguments, the last of them the keywords `names` (EMPTY_TUPLE: none),
 * made without an argument list when callee is a Python function (or a
 * method of one) whose parameters take them one to one or by
 * argumentLayout; null when the call needs the general path.  `pops`
 * values leave the caller's stack.
 */
export function callOnStack(callee: PyObject, caller: Frame, n: number, pops: number, names: PyTuple): PyObject | null {
  if (callee instanceof PyFunction) {
    if (names === EMPTY_TUPLE && takesExactly(promote(callee.code), n)) return callFromStack(callee, caller, n, pops);
    if (bindsSimply(promote(callee.code), names, n, promote(callee.defaults.length))) return callWithLayout(callee, null, caller, n, pops, names);
  } else if (callee instanceof PyMethod && callee.func instanceof PyFunction) {
    const f = callee.func;
    if (bindsSimply(promote(f.code), names, n + 1, promote(f.defaults.length))) return callWithLayout(f, callee.self, caller, n, pops, names);
  }
  return null;
}

/**
 * A call whose arguments bind by argumentLayout (defaults, keywords naming
 * positional parameters): the callee's frame takes each parameter from
 * the caller's stack, `self` (a bound method's, or null) or the default
 * the layout says, which a trace knows (the code, the keywords and the
 * counts are constants there) — the arguments are never a list, the frame
 * stays virtual.  `pops` values leave the caller's stack.
 */
function callWithLayout(func: PyFunction, self: PyObject | null, caller: Frame, n: number, pops: number, names: PyTuple): PyObject {
  const code = promote(func.code);
  const ndefaults = promote(func.defaults.length);
  const frame = newFrame(code, func.globals);
  const shift = self === null ? 0 : 1;
  const from = caller.sp - n - shift;
  const firstDefault = code.argcount - ndefaults;
  for (let i = 0; i < code.argcount; i++) {
    const p = argumentPlace(code, names, n + shift, ndefaults, i);
    frame.slots[i] = p < 0 ? func.defaults[i - firstDefault] : p < shift ? self! : caller.slots[from + p];
  }
  for (let i = 0; i < pops; i++) caller.pop();
  return startFrame(func, code, frame);
}
// (the loop runs over the code's parameters, each place a constant: unrolled in a trace)
unrollSafe(callWithLayout);

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
  const result = runFrame(frame);
  // (a frame left by an exception is not reused: the exception's unwinding may still read it)
  if (!weAreJitted()) releaseFrame(code, frame);
  return result;
}
unrollSafe(startFrame);

/**
 * A function's frame: in the interpreter the code's spare one when it has
 * one for these globals — a returned call's frame, cleared (CPython 3.11
 * takes frames from a per-thread stack instead of the heap); a trace makes
 * a new one, which stays virtual there.
 */
function newFrame(code: Code, globals: PyDict): Frame {
  if (!weAreJitted()) {
    const f = code.spareFrame;
    if (f !== null && f.globals === globals) {
      code.spareFrame = null;
      return f;
    }
  }
  return new Frame(code, globals, null);
}

/** After a call of a function (not a generator) returned: its frame, cleared, is the code's spare (nothing else holds a returned frame). */
function releaseFrame(code: Code, frame: Frame): void {
  if (code.spareFrame !== null) return;
  frame.reset();
  code.spareFrame = frame;
}

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

/** The arguments of a call popped off the stack (the last `n` values, in order). */
export function popArgs(frame: Frame, n: number): PyObject[] {
  const args: PyObject[] = [];
  const base = frame.sp - n;
  for (let i = 0; i < n; i++) args.push(frame.slots[base + i]);
  for (let i = 0; i < n; i++) frame.slots[base + i] = NO_VALUE;
  frame.sp = base;
  return args;
}
// (n is the instruction's argument, a constant in a trace: the loops unroll, and the frame does not escape)
unrollSafe(popArgs);

/** LOAD_METHOD's pushes: the method and obj, or NO_VALUE and the attribute (which CALL_METHOD calls as it is). */
export function pushMethod(frame: Frame, obj: PyObject, name: string): void {
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
  // (an instance first, the common case: in a trace one class test, not two failed ones and a getType call)
  if (obj instanceof PyInstance) return methodOfType(obj, obj.cls, name);
  if (obj instanceof PyType || obj instanceof PyModule) return null;
  return methodOfType(obj, obj.getType(), name);
}

function methodOfType(obj: PyObject, type: PyType, name: string): PyObject | null {
  const m = type.lookup(name);
  if (m === null) return null;
  if (!(m instanceof PyFunction) && !(m instanceof PyBuiltin && m.self === null)) return null;
  if (!type.genericGetattribute()) return null;
  if (obj instanceof PyInstance && instanceAttr(obj, name) !== null) return null;
  return m;
}

/** The positional arguments of `f(*xs)`: the items of any iterable (TypeError naming f when it is not one). */
export function starArgs(f: PyObject, xs: PyObject): PyObject[] {
  if (xs instanceof PyTuple) return xs.items;
  if (xs instanceof PyList) return xs.items.slice();
  if (xs.getType().lookup("__iter__") === null && xs.getType().lookup("__getitem__") === null)
    throw typeError(`${functionDescription(f)} argument after * must be an iterable, not ${typeName(xs)}`);
  return iterate(xs);
}

/** The keyword arguments of `f(**d)`: a dict with str keys (none when it is empty). */
export function kwArgsOf(f: PyObject, d: PyDict): KwArgs | null {
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




export function frameBuiltin(f: PyBuiltin, frame: Frame, args: PyObject[]): PyObject {
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
