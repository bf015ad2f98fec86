// The diagnostics catalogue: every message the toolchain can report about a
// user program, with a stable code and a hint saying what to write instead.
// {0}, {1}... are filled in by the reporter.

export interface Message {
  code: number;
  text: string;
  hint?: string;
}

const msg = (code: number, text: string, hint?: string): Message => ({ code, text, hint });

export const M = {
  // 1xxx: input that is not TypeScript or does not type-check
  syntaxError: msg(1001, "syntax error: {0}"),
  typeError: msg(1002, "type error: {0}", "RTS programs must type-check with TypeScript's strict mode"),
  noMain: msg(1003, "the entry module has no exported function 'main'", "add `export function main(argv: string[]): number { ... return 0; }`"),
  badMainSignature: msg(1004, "'main' must take the command line as one array and return the exit status: main(argv: string[]): number", "declare it as `export function main(argv: string[]): number` (argv[0] is the program name)"),
  fileNotFound: msg(1005, "cannot read the entry file {0}"),

  // 2xxx: constructs outside the RTS subset
  anyType: msg(2001, "the type 'any' is not allowed in RTS", "give the value a precise type: a primitive, a class, an array, a Map or a Set"),
  evalCall: msg(2002, "eval is not allowed in RTS", "RTS programs are translated ahead of time: write the code directly"),
  looseEquality: msg(2003, "the loose equality operator '{0}' is not allowed in RTS", "use '===' or '!==' (strict equality)"),
  deleteOp: msg(2004, "the 'delete' operator is only supported on objects used as maps (Record<string, T>, { [key: string]: T })", "objects have a fixed layout: set the field to null, or use a Map and Map.delete"),
  argumentsObj: msg(2005, "the 'arguments' object is not allowed in RTS", "declare the parameters explicitly"),
  prototypeAccess: msg(2006, "access to '.prototype' is not allowed in RTS", "declare methods in the class body"),
  varKeyword: msg(2007, "'var' declarations are not allowed in RTS", "use 'let' or 'const'"),
  notCallable: msg(2008, "this value is not a function: it is {0}", "call a function, a closure or a function-typed field"),
  forIn: msg(2009, "'for-in' loops are not allowed in RTS", "iterate a Map with `for (const [k, v] of map)` or an array with for-of"),
  objectLiteral: msg(2010, "object literals are not supported in RTS", "declare a class and construct it with `new`"),
  objectLiteralMember: msg(2081, "this member of an object literal is not supported ({0})", "write properties (`name: value`, `name`, `...record`) and methods (`m(x) { ... }`); for a getter or setter, a method or a class"),
  spreadSource: msg(2082, "only a record (an object type of properties) can be spread into an object literal; this value is {0}", "spread a value of an interface or type-literal type, or write the properties"),
  objectLiteralType: msg(2084, "an object literal of type {0} is not supported", "give it a record type (an interface or type literal of properties), or build a Map"),
  objectRest: msg(2085, "the rest element of an object pattern (`...rest`) is only supported on records and objects used as maps", "read the properties you need"),
  spreadTuple: msg(2086, "spreading a tuple is not supported", "spread an array, a Map, a Set or a string; or write the tuple's items"),
  missingPropertyWrite: msg(3012, "{0} has no property '{1}' to set: it reaches here through a type where '{1}' is optional, and an RTS object cannot grow a property", "declare the property in the class too (`name?: T`, or with a value)"),
  printRegex: msg(2087, "console.log of a RegExp or a RegExp match, or of a value holding one, is not supported yet", "print String(re), [...match] or the values you need"),
  badRegex: msg(2088, "{0}", "fix the pattern (RTS compiles regular expressions known at translation time then)"),
  regexReplacer: msg(2089, "a replacement function for a regular expression whose groups are not known here ({0})", "write the regular expression literal in the call, or use a replacement string ($1, $<name>)"),
  computedProperty: msg(2083, "computed property names ({0}) are not supported in RTS", "write the name, or use a Map for keys known at run time"),
  regex: msg(2011, "regular expressions (regex literals) are not supported in RTS", "scan the string with charCodeAt / indexOf"),
  yieldValue: msg(2013, "the value of a yield expression (what next(v) passes in) is not supported", "write yield as a statement: `yield x;`"),
  yieldInFinally: msg(2090, "yield inside a try statement with a finally block is not supported (a consumer that stops early would have to run the finally)", "move the yield out of the try, or catch without finally"),
  generatorMethod: msg(2091, "calling {0}() on a generator is not supported", "iterate the generator with for-of, spread or Array.from"),
  optionalTupleUndefined: msg(2092, "an optional tuple element that may be undefined: RTS holds a left-out optional element as undefined, while Node counts a written undefined in length", "leave the element out where there is none, or make it required"),
  jsonParseType: msg(2096, "JSON.parse's result is given the type {1}, but JSON makes no {0}: only null, booleans, numbers, strings, arrays and plain objects", "type the result with interfaces, type literals, arrays, `Record<string, T>` and primitives (a class instance, Map or tuple cannot come out of JSON.parse)"),
  jsonParseAmbiguous: msg(2097, "JSON.parse's result is given the type {0}, whose members a JSON value cannot be told apart by: {1}", "give the record types a discriminating property of string literal types (`kind: \"circle\"`), or parse into one type and convert"),
  literalThis: msg(2095, "`this` in a method of an object literal that module-level code evaluates several times (or never): which object it is depends on the call", "make the objects in a function, or declare a class"),
  inOptional: msg(2094, "'{0}' in x, where {0} is an optional property: RTS does not tell an absent property from one that is undefined", "test the property itself (`p.label !== undefined`), or give the shapes a discriminating field"),
  arrayAsTuple: msg(2093, "a cast of an array held elsewhere to a tuple type: RTS's tuples are not arrays, and a copy would not be the same array", "cast a freshly made array (`s.split(\"=\") as [string, string]`), or build the tuple: `[xs[0], xs[1]]`"),
  asyncFn: msg(2014, "async functions are not supported in RTS", "RTS programs are synchronous: use the blocking I/O of rts/rlib/os"),
  bigint: msg(2015, "bigint is not supported in RTS", "use int (number) arithmetic with the rlib overflow-checked helpers"),
  optionalPrimitive: msg(2017, "the optional parameter '{0}' may be undefined here, and a number or boolean cannot hold undefined in RTS", "write `{0} ?? default`, test `{0} !== undefined` first, or give the parameter a default value"),
  findPrimitive: msg(2054, "find() on an array of numbers or booleans can return undefined, which such values cannot hold in RTS", "write `xs.find(f) ?? fallback`, or use findIndex"),
  tooManySpecializations: msg(3009, "the generic function '{0}' needs more than 512 specialized copies (its calls keep producing new argument shapes)", "give the recursive call a fixed argument type"),
  tupleIndex: msg(2055, "a tuple can only be indexed with a number literal", "write t[0], t[1], ... or destructure it: const [a, b] = t"),
  getter: msg(2016, "static getters and setters are not supported", "use a static method, e.g. static getX() / static setX(v)"),
  nestedFunction: msg(2018, "functions can be declared at the top level of a module or directly in a block", "declare the function in the enclosing block, or use an arrow function"),
  nestedClass: msg(2019, "classes must be declared at the top level of a module"),
  spread: msg(2020, "spread syntax '...' is not supported here", "spread into an array literal, a rest parameter (`...args: T[]`), Math.max/min or push; else pass the arguments explicitly"),
  destructuring: msg(2021, "this form of destructuring is not supported in RTS (object patterns, defaults in patterns)", "destructure arrays and tuples with `const [a, b] = t`, or read the parts one by one"),
  optionalChainPrimitive: msg(2022, "the optional chain {0} ends in a number or boolean, so it can be undefined, which an RTS number or boolean cannot hold", "give a default: `{0} ?? 0`"),
  firstClassFunction: msg(2023, "a method cannot be used as a value: '{0}'", "wrap it in an arrow function: `(x) => obj.method(x)`"),
  firstClassClass: msg(2024, "classes are not values in RTS: '{0}' is used as a value", "use the class in `new`, `instanceof` or a type"),
  unsupportedName: msg(2025, "'{0}' is not supported in RTS"),
  unsupportedBuiltin: msg(2026, "the library function '{0}' is not supported by RTS yet"),
  unsupportedMember: msg(2065, "{0} is not supported by RTS", "docs/rts.md lists the standard-library members RTS supports"),
  stdlibArity: msg(2066, "{0} takes at most {1} in RTS, got {2}", "docs/rts.md lists the parameters RTS supports"),
  unsupportedCall: msg(2027, "cannot call '{0}': only named functions, methods and supported library functions can be called"),
  unsupportedExpression: msg(2028, "this kind of expression ({0}) is not supported in RTS"),
  unsupportedStatement: msg(2029, "this kind of statement ({0}) is not supported in RTS"),
  inOperator: msg(2030, "the 'in' operator is only supported on objects used as maps (Record<string, T>, { [key: string]: T }) and with a literal name on unions of classes and records (`\"kind\" in x`)", "a record or class instance has a fixed shape: test a field (`x.f !== undefined`), or use a Map and Map.has"),
  logicalNonBoolean: msg(2031, "'{0}' on non-boolean values is not supported in RTS", "compare explicitly (x !== null, n !== 0) or use '??' for defaults"),
  badAssignTarget: msg(2032, "cannot assign to '{0}'"),
  typedArrayLength: msg(2033, "typed arrays are created with a length: `new Uint8Array(n)`"),
  mapKeyType: msg(2064, "{0} keys must be numbers, strings or objects (class instances, records) in RTS, not {1}", "key the entries by one kind: a number, a string (an id field, for instance) or an object, compared by identity"),
  mapInitializer: msg(2034, "new {0}(...) with initial entries is not supported", "create it empty and add the entries with set()/add()"),
  newArray: msg(2035, "`new Array(...)` is not supported in RTS except as `new Array(n).fill(x)` (its holes would read as undefined)", "use `new Array(n).fill(x)`, `Array.from({ length: n }, f)`, or an array literal `[]` and push()"),
  jitDriverAtRuntime: msg(2036, "JitDriver must be created at module level", "declare `const driver = new JitDriver({greens: [...], reds: [...]})` at the top level"),
  abstractNew: msg(2037, "cannot instantiate the abstract class {0}"),
  jitMergePointPlace: msg(2067, "jitMergePoint must be the first statement of the interpreter's dispatch loop", "put `driver.jitMergePoint({...})` first in the body of the loop that executes one instruction per iteration"),
  canEnterJitPlace: msg(2068, "canEnterJit must be inside the interpreter's dispatch loop", "call `driver.canEnterJit({...})` in the loop, where the interpreted program jumps backward"),
  jitVariables: msg(2069, "{0} must name exactly the driver's greens and reds: {1}", "pass every green and red variable by name, e.g. `driver.jitMergePoint({ {2} })`"),
  jitPortalTwice: msg(2070, "a JitDriver has one jitMergePoint; this one is the second (the first is at {0})", "use one driver per interpreter loop"),
  jitLiveNotNamed: msg(2072, "{0} {1} live at the jitMergePoint but neither green nor red", "a merge point must name every variable the loop carries: add {2} to the driver's greens (if it is fixed for a given position in the interpreted program) or reds, or compute it inside the loop body"),
  jitMarkTarget: msg(2073, "{0}() was given a function that is not a top-level function or method of the program", "mark a function declaration or a class's method: `elidable(lookup);` or `elidable(Shape.prototype.find);` at module level"),
  jitFieldMark: msg(2074, "immutableFields(): {0}", "name a class of the program and its fields, after the class: `immutableFields(Chunk, \"code[*]\", \"constants\", \"version?\");` (a field is one of plain, `[*]` or `?`)"),
  jitVableField: msg(2075, "virtualizable(): {0}", "name a class of the program and its fields, after the class (`virtualizable(Frame, \"sp\", \"stack[*]\")`), and name its objects in a JitDriver's virtualizables"),
  jitVableClass: msg(2076, "the virtualizable {0} is {1}, not an object of a class with virtualizable() fields", "declare the fields the JIT keeps in trace values after the class: `virtualizable(Frame, \"sp\", \"stack[*]\")`"),
  jitPrintable: msg(2078, "the driver's getPrintableLocation: {0}", "give it a function declared at the top level of the program that takes the greens, in the driver's order, and returns a string: `function where(pc: number, code: Code): string`"),
  jitLookInsideIff: msg(2079, "lookInsideIff(): {0}", "mark a function declared at the top level with a predicate declared at the top level that takes the same parameters and returns a boolean: `lookInsideIff(power, constantExponent);`"),
  jitImmutableWrite: msg(2080, "the immutable field {0} {1}", "the JIT folds an immutableFields() field of a constant object into its traces: set it in the constructor only, and never change the items of an `array[*]` field; a value that changes belongs in a field without the mark"),
  jitVableEscape: msg(2077, "the array of virtualizable field {0} {1}", "a virtualizable's array is its own: store a new array literal in the field, and use the array only through it (items, push, pop, length); give away a copy (`slice()`)"),
  jitOutsidePortal: msg(2071, "canEnterJit must be in the function of the driver's jitMergePoint ({0})", "the JIT enters compiled code from the interpreter's loop: call canEnterJit there"),
  labelNonLoop: msg(2038, "labels are only supported on loops"),
  forOfTarget: msg(2039, "for-of must declare one loop variable: `for (const x of xs)`"),
  forOfEntries: msg(2040, "iterating Map entries needs `for (const [k, v] of map)`"),
  continueInSwitch: msg(2041, "'continue' has no enclosing loop"),
  jumpTarget: msg(2042, "break/continue has no matching target"),
  withStatement: msg(2043, "'with' is not allowed in RTS"),
  staticMember: msg(2045, "static initialization blocks are not supported", "give each static field an initializer, or initialize it in main()"),
  iterationSource: msg(2047, "for-of over {0} is not supported", "iterate arrays, Maps (also .keys()/.values()/.entries()) and Sets"),
  interfaceType: msg(2048, "object types with methods or call signatures are not supported ({0})", "declare a class (or an interface that classes implement)"),
  throwNonError: msg(2050, "only instances of classes can be thrown in RTS (an Error, or a class the program throws with `throw new C(...)`)", "throw new Error(String(x)), or wrap the value in a class: throw new Thrown(x)"),
  mapGetPrimitive: msg(2051, "Map.get on a Map of {0} values can return undefined", "write `m.get(k)!` when the key is present, or `m.get(k) ?? defaultValue`"),
  enumDecl: msg(2053, "an enum is not a value in RTS: '{0}' is used as an object (reverse mapping E[v], passing the enum around)", "use its members E.A directly; keep the member names in a string array if you need them"),
  genericInstanceof: msg(2056, "instanceof on the generic class {0}, whose copies extend other classes, is not supported", "test for a non-generic base class, or for the concrete class `x instanceof C` where C extends {0}<T>"),
  genericMethodReceiver: msg(2057, "the generic method '{0}' must be called on a value whose class is known here", "call it on a variable of the class type (not an interface or union)"),
  genericMethodOverride: msg(2058, "the generic method {0} overrides a generic method with another number of type parameters", "declare the overriding method with the same type parameters as the method it overrides"),
  interfaceMember: msg(2059, "this interface member is not supported ({0})", "interfaces may declare properties and methods; use a Map for index signatures"),
  initTimeCapture: msg(2098, "a function made at init time reads '{0}', a variable of a module-level loop or block (or of a function called at init time): its value is not one the translated program can have", "make it a top-level function that takes the value as a parameter, or build the functions in main()"),
  prebuiltFunction: msg(2060, "the function value '{0}' was built at init time in a way RTS cannot trace to its source (library functions such as Math.abs are not values in RTS)", "write the function expression directly in the module-level initializer, or use a top-level function"),
  castThroughUnknown: msg(2063, "a cast through 'unknown' converts nothing: on Node the value keeps its type, and RTS follows the value", "convert the value (Number(s), String(n)) or give it the right type where it is made"),
  missingEntryPoint: msg(2061, "the GC module {0} must export function {1} ({2} int arguments)", "see plugins/gc-semispace/semispace.ts for the interface"),
  libraryAllocates: msg(2062, "GC code must not allocate GC objects (operation {0})", "use rts/ll memory and module-level int variables; strings passed to ll functions must be literals"),
  moduleCode: msg(2052, "module-level code other than declarations is not supported yet", "move it into main()"),

  // 3xxx: type inference (annotator)
  mixedTypes: msg(3001, "{0} mixes incompatible types: {1} and {2}", "give it a single type; use a class hierarchy for values of several kinds"),
  unknownAttribute: msg(3002, "{0} has no field or method '{1}'"),
  unknownMethod: msg(3003, "{0} has no method '{1}' supported by RTS"),
  badOperands: msg(3004, "operator '{0}' is not supported on {1}"),
  badArgument: msg(3005, "{0}: {1}"),
  arity: msg(3006, "{0} expects {1}, got {2}"),
  nullOnly: msg(3007, "{0} is only ever null/undefined; its type cannot be determined", "give it a value of its declared type somewhere"),
  liftedAccessor: msg(3010, "'{0}' is read through {1} (an interface or a union), but {2} implements it as an accessor", "declare a method in the interface (area(): number) or make it a field in every class"),
  moduloByZero: msg(3011, "this int remainder divides by zero: the result is NaN", "divide by a non-zero number, or write the float NaN explicitly"),
} as const;

/** How operators are written in messages (high-level operation names are internal). */
export const OPERATOR_TEXT: Record<string, string> = {
  add: "+", sub: "-", mul: "*", div: "/", mod: "%", pow: "**", and: "&", or: "|", xor: "^", lshift: "<<", rshift: ">>", urshift: ">>>",
  lt: "<", le: "<=", gt: ">", ge: ">=", eq: "===", ne: "!==", neg: "-", invert: "~", not: "!", pos: "+",
};

export function fillMessage(m: Message, args: string[]): string {
  return m.text.replace(/\{(\d+)\}/g, (_, i) => args[Number(i)] ?? "?");
}
