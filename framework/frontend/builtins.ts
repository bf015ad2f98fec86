// Library entities the translator implements itself: global objects of the
// JS standard library (Math, console, String) and the primitive functions of
// rts/rlib.  Calls to them become `builtin_call` operations named here; the
// annotator and rtyper give each its type and low-level implementation.

/** Static functions on global objects: `Math.floor(x)` → "Math.floor". */
export const GLOBAL_FUNCTIONS = new Set([
  "Math.floor",
  "Math.ceil",
  "Math.round",
  "Math.trunc",
  "Math.sqrt",
  "Math.abs",
  "Math.min",
  "Math.max",
  "Math.pow",
  "Math.sin",
  "Math.cos",
  "Math.tan",
  "Math.atan",
  "Math.atan2",
  "Math.exp",
  "Math.log",
  "Math.sign",
  "Math.hypot",
  "Math.random",
  "console.log",
  "String.fromCharCode",
]);

/** Global constants: `Math.PI` and friends. */
export const GLOBAL_CONSTANTS: Record<string, number> = {
  "Math.PI": Math.PI,
  "Math.E": Math.E,
  "Math.LN2": Math.LN2,
  "Math.LN10": Math.LN10,
  "Math.SQRT2": Math.SQRT2,
  "Number.MAX_SAFE_INTEGER": Number.MAX_SAFE_INTEGER,
  "Number.MIN_SAFE_INTEGER": Number.MIN_SAFE_INTEGER,
  "Number.EPSILON": Number.EPSILON,
  "Number.POSITIVE_INFINITY": Infinity,
  "Number.NEGATIVE_INFINITY": -Infinity,
  "Number.NaN": NaN,
};

/** Primitive functions of rts/* modules, keyed by "module:name". */
export const RLIB_PRIMITIVES = new Set([
  "rts/rlib/os:write",
  "rts/rlib/os:writeByte",
  "rts/rlib/os:readByte",
  "rts/rlib/os:readLine",
  "rts/rlib/os:readFile",
  "rts/rlib/os:clock",
  "rts/rlib/os:now",
  "rts/rlib/os:flush",
  "rts/rlib:intDiv",
  "rts/rlib:toInt",
  "rts/rlib:toFloat",
  "rts/jit:promote",
  "rts/jit:weAreJitted",
]);

/** Classes of rts/* modules that the translator implements itself. */
export const RLIB_CLASSES = new Set(["rts/jit:JitDriver"]);
