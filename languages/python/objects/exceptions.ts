// The builtin exception types (CPython 3.11's hierarchy) and the helpers the
// runtime uses to raise them: `throw typeError("...")` makes the exception
// instance and wraps it in a PyError, the RTS exception that carries a
// Python exception up the interpreter's stack.
import {
  BASE_EXCEPTION_TYPE, EMPTY_TUPLE, NONE, PyBaseException, PyError, PyType, pyStr, pyTuple, type PyObject,
} from "./model.ts";

function exceptionType(name: string, base: PyType): PyType {
  const t = new PyType(name, [base], true);
  t.mro = [t, ...base.mro];
  t.isException = true;
  base.subclasses.push(t);
  return t;
}

export const BaseException = BASE_EXCEPTION_TYPE;
export const SystemExit = exceptionType("SystemExit", BaseException);
export const KeyboardInterrupt = exceptionType("KeyboardInterrupt", BaseException);
export const GeneratorExit = exceptionType("GeneratorExit", BaseException);
export const Exception = exceptionType("Exception", BaseException);
export const StopIteration = exceptionType("StopIteration", Exception);
export const ArithmeticError = exceptionType("ArithmeticError", Exception);
export const FloatingPointError = exceptionType("FloatingPointError", ArithmeticError);
export const OverflowError = exceptionType("OverflowError", ArithmeticError);
export const ZeroDivisionError = exceptionType("ZeroDivisionError", ArithmeticError);
export const AssertionError = exceptionType("AssertionError", Exception);
export const AttributeError = exceptionType("AttributeError", Exception);
export const BufferError = exceptionType("BufferError", Exception);
export const EOFError = exceptionType("EOFError", Exception);
export const ImportError = exceptionType("ImportError", Exception);
export const ModuleNotFoundError = exceptionType("ModuleNotFoundError", ImportError);
export const LookupError = exceptionType("LookupError", Exception);
export const IndexError = exceptionType("IndexError", LookupError);
export const KeyError = exceptionType("KeyError", LookupError);
export const MemoryError = exceptionType("MemoryError", Exception);
export const NameError = exceptionType("NameError", Exception);
export const UnboundLocalError = exceptionType("UnboundLocalError", NameError);
export const OSError = exceptionType("OSError", Exception);
export const FileNotFoundError = exceptionType("FileNotFoundError", OSError);
export const FileExistsError = exceptionType("FileExistsError", OSError);
export const IsADirectoryError = exceptionType("IsADirectoryError", OSError);
export const PermissionError = exceptionType("PermissionError", OSError);
export const BlockingIOError = exceptionType("BlockingIOError", OSError);
export const ChildProcessError = exceptionType("ChildProcessError", OSError);
export const ConnectionError = exceptionType("ConnectionError", OSError);
export const BrokenPipeError = exceptionType("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exceptionType("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exceptionType("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exceptionType("ConnectionResetError", ConnectionError);
export const InterruptedError = exceptionType("InterruptedError", OSError);
export const NotADirectoryError = exceptionType("NotADirectoryError", OSError);
export const ProcessLookupError = exceptionType("ProcessLookupError", OSError);
export const TimeoutError = exceptionType("TimeoutError", OSError);
export const ReferenceError = exceptionType("ReferenceError", Exception);
export const RuntimeError = exceptionType("RuntimeError", Exception);
export const NotImplementedError = exceptionType("NotImplementedError", RuntimeError);
export const RecursionError = exceptionType("RecursionError", RuntimeError);
export const StopAsyncIteration = exceptionType("StopAsyncIteration", Exception);
export const SyntaxError = exceptionType("SyntaxError", Exception);
export const IndentationError = exceptionType("IndentationError", SyntaxError);
export const TabError = exceptionType("TabError", IndentationError);
export const SystemError = exceptionType("SystemError", Exception);
export const TypeError = exceptionType("TypeError", Exception);
export const ValueError = exceptionType("ValueError", Exception);
export const UnicodeError = exceptionType("UnicodeError", ValueError);
export const UnicodeDecodeError = exceptionType("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exceptionType("UnicodeEncodeError", UnicodeError);
export const Warning = exceptionType("Warning", Exception);
export const UserWarning = exceptionType("UserWarning", Warning);
export const DeprecationWarning = exceptionType("DeprecationWarning", Warning);
export const RuntimeWarning = exceptionType("RuntimeWarning", Warning);
export const SyntaxWarning = exceptionType("SyntaxWarning", Warning);
export const FutureWarning = exceptionType("FutureWarning", Warning);
export const PendingDeprecationWarning = exceptionType("PendingDeprecationWarning", Warning);
export const ImportWarning = exceptionType("ImportWarning", Warning);
export const UnicodeWarning = exceptionType("UnicodeWarning", Warning);
export const BytesWarning = exceptionType("BytesWarning", Warning);
export const ResourceWarning = exceptionType("ResourceWarning", Warning);
export const EncodingWarning = exceptionType("EncodingWarning", Warning);
export const UnicodeTranslateError = exceptionType("UnicodeTranslateError", UnicodeError);

export const BUILTIN_EXCEPTIONS: PyType[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, ArithmeticError, FloatingPointError, OverflowError,
  ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError,
  KeyError, MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError, FileExistsError, IsADirectoryError, PermissionError,
  ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError,
  ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
  BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
  InterruptedError, NotADirectoryError, ProcessLookupError, TimeoutError, StopAsyncIteration, SyntaxWarning, FutureWarning,
  PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning, UnicodeTranslateError,
];

/** A new exception instance of `type` with `args` (what calling the class with those arguments makes, without running a Python __init__). */
export function newException(type: PyType, args: PyObject[]): PyBaseException {
  const e = new PyBaseException(type);
  e.args = args.length === 0 ? EMPTY_TUPLE : pyTuple(args);
  return e;
}

/** The PyError raising an exception of `type` with one message argument. */
export function pyError(type: PyType, message: string): PyError {
  return new PyError(newException(type, [pyStr(message)]));
}

export function typeError(message: string): PyError {
  return pyError(TypeError, message);
}

export function valueError(message: string): PyError {
  return pyError(ValueError, message);
}

export function indexError(message: string): PyError {
  return pyError(IndexError, message);
}

export function attributeError(message: string): PyError {
  return pyError(AttributeError, message);
}

export function zeroDivision(message: string): PyError {
  return pyError(ZeroDivisionError, message);
}

export function overflowError(message: string): PyError {
  return pyError(OverflowError, message);
}

export function keyError(key: PyObject): PyError {
  return new PyError(newException(KeyError, [key]));
}

export function stopIteration(value: PyObject): PyError {
  return new PyError(newException(StopIteration, value === NONE ? [] : [value]));
}

/** Whether a raised exception is an instance of `type` (or a subclass). */
export function matches(e: PyError, type: PyType): boolean {
  return e.exc.cls.isSubtypeOf(type);
}
