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
  "Math.imul",
  "Math.clz32",
  "console.log",
  "String.fromCharCode",
  "String.fromCodePoint",
  "Number.parseFloat",
  "Number.parseInt",
  "Number.isNaN",
  "Number.isFinite",
  "Number.isInteger",
]);

/** Global functions called by plain name: `parseInt(s)`. */
export const GLOBAL_PLAIN_FUNCTIONS = new Set(["Number", "parseFloat", "parseInt", "isNaN", "isFinite"]);

/** Global constants: `Math.PI` and friends. */
export const GLOBAL_CONSTANTS: Record<string, number> = {
  "Math.PI": Math.PI,
  "Math.E": Math.E,
  "Math.LN2": Math.LN2,
  "Math.LN10": Math.LN10,
  "Math.SQRT2": Math.SQRT2,
  "Math.SQRT1_2": Math.SQRT1_2,
  "Math.LOG2E": Math.LOG2E,
  "Math.LOG10E": Math.LOG10E,
  "Number.MAX_VALUE": Number.MAX_VALUE,
  "Number.MIN_VALUE": Number.MIN_VALUE,
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
  "rts/rlib/os:openFile",
  "rts/rlib/os:readBytes",
  "rts/rlib/os:writeBytes",
  "rts/rlib/os:closeFile",
  "rts/rlib/os:seekFile",
  "rts/rlib/os:lastErrno",
  "rts/rlib/os:removeFile",
  "rts/rlib/os:truncateFile",
  "rts/rlib/os:isTerminal",
  "rts/rlib/os:currentDirectory",
  "rts/rlib/os:clock",
  "rts/rlib/os:now",
  "rts/rlib/os:flush",
  "rts/rlib:intDiv",
  "rts/rlib:toInt",
  "rts/rlib:intmask",
  "rts/rlib:wrapAdd",
  "rts/rlib:wrapSub",
  "rts/rlib:wrapMul",
  "rts/rlib:toFloat",
  "rts/rlib:floatHighWord",
  "rts/rlib:floatLowWord",
  "rts/rlib:floatFromWords",
  "rts/rlib:formatd",
  "rts/jit:promote",
  "rts/jit:weAreJitted",
  "rts/jit:isConstant",
  "rts/jit:setParam",
]);

/**
 * rts/ll, the low-level dialect of GC code: name → argument kinds (i = int,
 * f = number, s = constant string, S = any string: not for code that must
 * not allocate) and result (i, f or "" for none).  Each
 * call becomes the low-level operation ll_<name>.
 */
export const LL_FUNCTIONS: Record<string, { args: string; result: "i" | "f" | "" }> = {
  load: { args: "ii", result: "i" }, store: { args: "iii", result: "" },
  loadU32: { args: "ii", result: "i" }, storeU32: { args: "iii", result: "" },
  loadU8: { args: "ii", result: "i" }, storeU8: { args: "iii", result: "" },
  copy: { args: "iii", result: "" }, fill: { args: "iii", result: "" },
  mapMemory: { args: "i", result: "i" }, unmapMemory: { args: "ii", result: "" },
  typeCount: { args: "", result: "i" }, fixedSize: { args: "i", result: "i" }, itemSize: { args: "i", result: "i" },
  lengthOffset: { args: "i", result: "i" }, pointerCount: { args: "i", result: "i" }, pointerOffset: { args: "ii", result: "i" },
  itemPointerCount: { args: "i", result: "i" }, itemPointerOffset: { args: "ii", result: "i" },
  stackRootsBase: { args: "", result: "i" }, stackRootsTop: { args: "", result: "i" },
  globalRootCount: { args: "", result: "i" }, globalRoot: { args: "i", result: "i" },
  prebuiltCount: { args: "", result: "i" }, prebuilt: { args: "i", result: "i" },
  fatal: { args: "s", result: "" }, clock: { args: "", result: "f" }, envInt: { args: "si", result: "i" },
  logGc: { args: "sfiiii", result: "" }, tortureDefault: { args: "", result: "i" },
  logEnabled: { args: "s", result: "i" }, logLine: { args: "sS", result: "" },
  codeArch: { args: "", result: "i" }, executable: { args: "ii", result: "i" }, mapCode: { args: "i", result: "i" }, codeWritten: { args: "ii", result: "" }, callCode: { args: "ii", result: "i" },
  loadFloat: { args: "ii", result: "f" }, storeFloat: { args: "iif", result: "" },
  stackRootsReserve: { args: "i", result: "i" }, stackRootsRelease: { args: "i", result: "" }, gcBarrierFlag: { args: "", result: "i" }, gcBarrierFunction: { args: "i", result: "i" }, gcBumpCell: { args: "", result: "i" }, gcMovable: { args: "i", result: "i" }, gcCollectYoung: { args: "", result: "" }, runtimeCell: { args: "i", result: "i" }, permanentRootsReserve: { args: "i", result: "i" },
};
for (const name of Object.keys(LL_FUNCTIONS)) RLIB_PRIMITIVES.add(`rts/ll:${name}`);

/**
 * rts/lltype, the inside of lists and maps for the toolkit's RTS helpers
 * (rts/rlib/lists, rts/rlib/maps): name → the low-level operation, the
 * argument kinds and the result kind.  Arguments: l = a list, x = an item of
 * the first list, m = a Map or Set, e = a map's entries array, k = a key and
 * v = a value of that map (the first m or e), h = a key (int or string),
 * s = a string, u = a string being filled (a string to the annotator),
 * i = an int.  Results: i = an int, n = a non-negative int, b = a boolean, s = a string, u = a
 * string to fill, e = the entries of the first map, k / v =
 * a key / value of the first map's or entries', "" = nothing.
 */
export const LLTYPE_INTRINSICS: Record<string, { op: string; args: string; result: "i" | "n" | "b" | "s" | "u" | "w" | "e" | "k" | "v" | "" }> = {
  // a list is {length, items}; items has room for capacity values
  capacity: { op: "list_capacity", args: "l", result: "n" },
  reserve: { op: "list_reserve", args: "li", result: "" },
  setLength: { op: "list_set_len", args: "li", result: "" },
  storeItem: { op: "list_store", args: "lix", result: "" },
  moveItems: { op: "list_move", args: "lilii", result: "" },
  // a map is {size, used, entries, index} (plugins/backend-c/runtime/maps.c)
  mapSize: { op: "map_size", args: "m", result: "i" },
  setMapSize: { op: "map_set_size", args: "mi", result: "" },
  mapUsed: { op: "map_used", args: "m", result: "i" },
  setMapUsed: { op: "map_set_used", args: "mi", result: "" },
  indexMask: { op: "map_index_mask", args: "m", result: "i" },
  indexSlot: { op: "map_index_get", args: "mi", result: "i" },
  setIndexSlot: { op: "map_index_set", args: "mii", result: "" },
  freshTables: { op: "map_fresh_tables", args: "mi", result: "" },
  entriesOf: { op: "map_entries", args: "m", result: "e" },
  entriesCapacity: { op: "mentries_cap", args: "e", result: "i" },
  nextEntries: { op: "mentries_next", args: "e", result: "e" },
  entryState: { op: "mentry_state", args: "ei", result: "i" },
  entryKey: { op: "mentry_key", args: "ei", result: "k" },
  entryValue: { op: "mentry_value", args: "ei", result: "v" },
  storeEntry: { op: "mentry_store", args: "eiikv", result: "" },
  setEntryValue: { op: "mentry_set_value", args: "eiv", result: "" },
  clearEntry: { op: "mentry_clear", args: "ei", result: "" },
  moveEntry: { op: "mentry_move", args: "eiei", result: "" },
  keyHash: { op: "map_key_hash", args: "h", result: "n" },
  // a string's code units (rts/rlib/strings)
  unitAt: { op: "str_unit", args: "si", result: "n" },
  sameUnits: { op: "str_units_eq", args: "sisii", result: "b" },
  // a fresh string being filled (RPython's mallocstr + copy_string_contents), then finished
  newUnits: { op: "str_alloc", args: "i", result: "u" },
  copyUnits: { op: "str_copy_units", args: "siuii", result: "" },
  copyOwnUnits: { op: "str_move_units", args: "uiii", result: "" },
  setUnit: { op: "str_set_unit", args: "uii", result: "" },
  finishUnits: { op: "str_finish", args: "u", result: "s" },
  // Unicode data for case mapping (the C runtime's tables)
  upperCaseOf: { op: "unicode_upper", args: "i", result: "n" },
  lowerCaseOf: { op: "unicode_lower", args: "i", result: "n" },
  isCased: { op: "unicode_is_cased", args: "i", result: "b" },
  isCaseIgnorable: { op: "unicode_is_case_ignorable", args: "i", result: "b" },
  // identity and the cached hash (rts/rlib/strings strEquals, strHash)
  sameString: { op: "str_same", args: "ss", result: "b" },
  cachedHash: { op: "str_hash_field", args: "s", result: "n" },
  setCachedHash: { op: "str_set_hash_field", args: "si", result: "" },
  // the buffer of a long concatenation and the strings that are views of it (rts_strbuf, rts_strview)
  isView: { op: "str_is_view", args: "s", result: "b" },
  viewBuffer: { op: "strview_buf", args: "s", result: "w" },
  viewStart: { op: "strview_start", args: "s", result: "n" },
  newBuffer: { op: "strbuf_new", args: "i", result: "w" },
  bufferCapacity: { op: "strbuf_cap", args: "w", result: "n" },
  bufferStart: { op: "strbuf_lo", args: "w", result: "n" },
  bufferEnd: { op: "strbuf_used", args: "w", result: "n" },
  setBufferStart: { op: "strbuf_set_lo", args: "wi", result: "" },
  setBufferEnd: { op: "strbuf_set_used", args: "wi", result: "" },
  copyUnitsToBuffer: { op: "strbuf_copy_units", args: "siwii", result: "" },
  newView: { op: "strview_new", args: "wii", result: "s" },
};
for (const name of Object.keys(LLTYPE_INTRINSICS)) RLIB_PRIMITIVES.add(`rts/lltype:${name}`);

/** Classes of rts/* modules that the translator implements itself. */
export const RLIB_CLASSES = new Set(["rts/jit:JitDriver"]);
