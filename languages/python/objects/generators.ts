// Generators: a suspended frame.  Resuming runs the frame again from its pc
// with the sent value pushed as the result of the yield; a return ends it
// (StopIteration carrying the value); throw() raises an exception where it
// stands, close() raises GeneratorExit there.
import { Frame } from "../frame.ts";
import { GenSink } from "./gensink.ts";
import { runFrame } from "../calls.ts";
import { GeneratorExit, RuntimeError, StopIteration, TypeError, ValueError, newException, pyError, stopIteration, typeError } from "./exceptions.ts";
import { NONE, OBJECT_TYPE, PyBaseException, PyError, PyFloat, PyInt, PyLong, PyObject, PyStr, PyType, newBuiltinType, pyStr } from "./model.ts";
import { call, callMethod, defGetter, defMethod, exceptionFrom, isStopIteration, stopIterationValue, typeName } from "./ops.ts";

export const GENERATOR_TYPE = newBuiltinType("generator", [OBJECT_TYPE]);
GENERATOR_TYPE.instantiable = false;

export class PyGenerator extends PyObject {
  started = false;
  finished = false;
  returnValue: PyObject = NONE;
  constructor(
    readonly frame: Frame,
    readonly name: string,
    readonly qualname: string,
  ) {
    super();
  }
  getType(): PyType {
    return GENERATOR_TYPE;
  }
}

/** Runs the generator to its next yield: the value yielded, or null when it returned (its value in returnValue). */
function resume(gen: PyGenerator, sent: PyObject, thrown: PyObject | null, sink: GenSink | null): PyObject | null {
  const frame = gen.frame;
  if (frame.running) throw pyError(ValueError, "generator already executing");
  if (gen.finished) {
    if (thrown !== null) throw new PyError(exceptionFrom(thrown));
    return null;
  }
  if (!gen.started) {
    if (thrown === null && sent !== NONE) throw typeError("can't send non-None value to a just-started generator");
    gen.started = true;
    if (thrown !== null) {
      gen.finished = true;
      throw new PyError(exceptionFrom(thrown));
    }
  } else if (thrown === null) frame.push(sent);
  else frame.pendingThrow = thrown;
  frame.running = true;
  frame.sink = sink;
  let r: PyObject;
  try {
    r = runFrame(frame);
  } catch (e) {
    gen.finished = true;
    if (isStopIteration(e)) {
      const err = pyError(RuntimeError, "generator raised StopIteration");
      err.exc.cause = e.exc;
      err.exc.context = e.exc;
      throw err;
    }
    throw e;
  } finally {
    frame.running = false;
    frame.sink = null;
  }
  if (frame.yielded) return r;
  gen.finished = true;
  gen.returnValue = r;
  return null;
}

/** next(gen) for the interpreter: the next value, or null at the end. */
export function generatorNext(gen: PyGenerator): PyObject | null {
  return resume(gen, NONE, null, null);
}

/** The sink of a consumer that only collects (list(g), tuple(g), sorted(g), min(g)...): it takes every value. */
export class CollectSink extends GenSink {
  readonly items: PyObject[] = [];
  offer(v: PyObject): boolean {
    this.items.push(v);
    return true;
  }
}

/** A value whose hash, equality and truth run no Python code (an int, bool, float, str or None): what computing sinks may take. */
export function isPlainValue(v: PyObject): boolean {
  return v instanceof PyInt || v instanceof PyLong || v instanceof PyFloat || v instanceof PyStr || v === NONE;
}

/** next(gen) by a consumer that takes values through `sink` (gensink.ts): the first value the sink declines, or null at the end. */
export function generatorNextInto(gen: PyGenerator, sink: GenSink): PyObject | null {
  return resume(gen, NONE, null, sink);
}

export function generatorSend(gen: PyGenerator, value: PyObject): PyObject {
  const r = resume(gen, value, null, null);
  if (r === null) throw stopIteration(gen.returnValue);
  return r;
}

export function generatorThrow(gen: PyGenerator, exc: PyObject): PyObject {
  const r = resume(gen, NONE, exc, null);
  if (r === null) throw stopIteration(gen.returnValue);
  return r;
}

export function generatorClose(gen: PyGenerator): void {
  if (gen.finished || !gen.started) {
    gen.finished = true;
    return;
  }
  try {
    resume(gen, NONE, newException(GeneratorExit, []), null);
  } catch (e) {
    if (e instanceof PyError && (e.exc.cls.isSubtypeOf(GeneratorExit) || e.exc.cls.isSubtypeOf(StopIteration))) return;
    throw e;
  }
  if (!gen.finished) throw pyError(RuntimeError, "generator ignored GeneratorExit");
}

/** The outcome of one step of `yield from`: done (the sub-iterator returned `value`) or a value to yield. */
export class YieldFromStep {
  done = false;
  value: PyObject = NONE;
}
const step = new YieldFromStep();

/** Sends `v` into the sub-iterator of a `yield from`. */
export function yieldFrom(sub: PyObject, v: PyObject): YieldFromStep {
  if (sub instanceof PyGenerator) {
    const r = resume(sub, v, null, null);
    step.done = r === null;
    step.value = r === null ? sub.returnValue : r;
    return step;
  }
  const m = v === NONE ? sub.getType().lookup("__next__") : sub.getType().lookup("send");
  if (m === null) throw typeError(`'${typeName(sub)}' object is not an iterator`);
  return methodStep(m, sub, v === NONE ? [] : [v]);
}

/** The step of calling sub's method m (__next__, send or throw): its value, or done with what a StopIteration carried. */
function methodStep(m: PyObject, sub: PyObject, args: PyObject[]): YieldFromStep {
  try {
    step.value = callMethod(m, sub, args, null);
    step.done = false;
  } catch (e) {
    if (!isStopIteration(e)) throw e;
    step.done = true;
    step.value = stopIterationValue(e);
  }
  return step;
}

/**
 * throw() into a generator suspended in `yield from sub` (PEP 380): sub
 * gets the exception first — its throw(), or for GeneratorExit its
 * close() and then the exception raised here; an exception sub raises
 * (or the thrown one, when sub has no throw) propagates from the yield.
 */
export function throwIntoSubIterator(sub: PyObject, thrown: PyObject): YieldFromStep {
  const exc = exceptionFrom(thrown);
  if (exc.cls.isSubtypeOf(GeneratorExit)) {
    if (sub instanceof PyGenerator) generatorClose(sub);
    else {
      const close = sub.getType().lookup("close");
      if (close !== null) callMethod(close, sub, [], null);
    }
    throw new PyError(exc);
  }
  if (sub instanceof PyGenerator) {
    const r = resume(sub, NONE, exc, null);
    step.done = r === null;
    step.value = r === null ? sub.returnValue : r;
    return step;
  }
  const m = sub.getType().lookup("throw");
  if (m === null) throw new PyError(exc);
  return methodStep(m, sub, [exc]);
}

function gen(o: PyObject): PyGenerator {
  if (o instanceof PyGenerator) return o;
  throw typeError(`descriptor requires a 'generator' object but received a '${typeName(o)}'`);
}

defMethod(GENERATOR_TYPE, "__iter__", (args) => args[0]);
defMethod(GENERATOR_TYPE, "__next__", (args) => {
  const g = gen(args[0]);
  const r = generatorNext(g);
  if (r === null) throw stopIteration(g.returnValue);
  return r;
});
defMethod(GENERATOR_TYPE, "send", (args) => generatorSend(gen(args[0]), args.length > 1 ? args[1] : NONE));
defMethod(GENERATOR_TYPE, "throw", (args) => {
  if (args.length < 2) throw typeError("throw expected at least 1 argument, got 0");
  let exc: PyObject = args[1];
  if (args.length > 2 && args[2] !== NONE && exc instanceof PyType) exc = call(exc, [args[2]], null);
  if (!(exc instanceof PyBaseException) && !(exc instanceof PyType && exc.isException))
    throw pyError(TypeError, "exceptions must be classes or instances deriving from BaseException, not " + typeName(exc));
  return generatorThrow(gen(args[0]), exc);
});
defMethod(GENERATOR_TYPE, "close", (args) => {
  generatorClose(gen(args[0]));
  return NONE;
});
defMethod(GENERATOR_TYPE, "__repr__", (args) => pyStr(`<generator object ${gen(args[0]).qualname} at 0x7f0000000000>`));
defGetter(GENERATOR_TYPE, "__name__", (o) => pyStr(gen(o).name));
defGetter(GENERATOR_TYPE, "__qualname__", (o) => pyStr(gen(o).qualname));
