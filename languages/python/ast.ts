// The Python AST: CPython 3.11's node types and fields (the `ast` module's),
// as records, and `dump` printing a tree exactly as `ast.dump` does, which is
// how the parser is checked against CPython.  Nodes carry their source
// positions (Loc) as CPython's do; `dumpPositions` lists them.

/** A literal's value: ints keep their decimal digits (any size), floats and imaginary parts are doubles. */
export type PyConst =
  | { t: "None" }
  | { t: "bool"; value: boolean }
  | { t: "int"; digits: string }
  | { t: "float"; value: number }
  | { t: "complex"; imag: number }
  | { t: "str"; value: string }
  | { t: "bytes"; value: string }
  | { t: "Ellipsis" };

export type ExprContext = "Load" | "Store" | "Del";

/**
 * Where a node is: CPython's lineno and col_offset (the first token's line,
 * 1-based, and column, 0-based) and end_lineno, end_col_offset (just past its
 * last token).  Columns count UTF-16 units (CPython's count UTF-8 bytes: the
 * same for ASCII lines).  Every Expr, Stmt and Pattern has them; Arg,
 * Keyword and ExceptHandler have line and col.  `dump` leaves them out as
 * ast.dump does.
 */
export interface Loc {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export interface Arg {
  arg: string;
  annotation: Expr | null;
  line: number;
  col: number;
}

export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

export interface Keyword {
  arg: string | null;
  value: Expr;
  line: number;
  col: number;
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export type Expr =
  | { type: "BoolOp"; op: "And" | "Or"; values: Expr[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "NamedExpr"; target: Expr; value: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "BinOp"; left: Expr; op: string; right: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "UnaryOp"; op: "Invert" | "Not" | "UAdd" | "USub"; operand: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "Lambda"; args: Arguments; body: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "IfExp"; test: Expr; body: Expr; orelse: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "Dict"; keys: (Expr | null)[]; values: Expr[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Set"; elts: Expr[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "ListComp" | "SetComp" | "GeneratorExp"; elt: Expr; generators: Comprehension[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "DictComp"; key: Expr; value: Expr; generators: Comprehension[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Await"; value: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "Yield"; value: Expr | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "YieldFrom"; value: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "Compare"; left: Expr; ops: string[]; comparators: Expr[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Call"; func: Expr; args: Expr[]; keywords: Keyword[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Constant"; value: PyConst; kind: string | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "Attribute"; value: Expr; attr: string; ctx: ExprContext; line: number; col: number; endLine: number; endCol: number }
  | { type: "Subscript"; value: Expr; slice: Expr; ctx: ExprContext; line: number; col: number; endLine: number; endCol: number }
  | { type: "Starred"; value: Expr; ctx: ExprContext; line: number; col: number; endLine: number; endCol: number }
  | { type: "Name"; id: string; ctx: ExprContext; line: number; col: number; endLine: number; endCol: number }
  | { type: "List" | "Tuple"; elts: Expr[]; ctx: ExprContext; line: number; col: number; endLine: number; endCol: number }
  | { type: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "JoinedStr"; values: Expr[]; line: number; col: number; endLine: number; endCol: number }
  /** conversion: -1, or the code of s, r or a; format_spec: a JoinedStr */
  | { type: "FormattedValue"; value: Expr; conversion: number; format_spec: Expr | null; line: number; col: number; endLine: number; endCol: number };

// ---- repr of values, as CPython prints them ------------------------------------------------------

/** repr(float): the shortest digits that round-trip, fixed notation for exponents -4..15, else d.ddde+XX. */
export function floatRepr(x: number, addDotZero = true): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return (1 / x < 0 ? "-0" : "0") + (addDotZero ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const e = Math.abs(x).toExponential(); // the shortest round-trip digits: d.ddde±x
  const at = e.indexOf("e");
  const digits = e.slice(0, at).replace(".", "");
  const exp = Number(e.slice(at + 1));
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ee = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${mantissa}e${exp < 0 ? "-" : "+"}${ee}`;
  }
  let fixed: string;
  if (exp < 0) fixed = `0.${"0".repeat(-exp - 1)}${digits}`;
  else if (digits.length > exp + 1) fixed = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  else fixed = digits + "0".repeat(exp + 1 - digits.length) + (addDotZero ? ".0" : "");
  return sign + fixed;
}

/** A character str.isprintable() calls printable (an approximation of Unicode's categories beyond ASCII). */
function printable(u: number): boolean {
  if (u < 0x20 || (u >= 0x7f && u <= 0xa0) || u === 0xad) return false;
  if ((u >= 0x2000 && u <= 0x200f) || (u >= 0x2028 && u <= 0x202f) || (u >= 0x205f && u <= 0x206f) || u === 0x3000 || u === 0xfeff) return false;
  if ((u >= 0xd800 && u <= 0xdfff) || (u >= 0xe000 && u <= 0xf8ff) || u === 0xfffe || u === 0xffff) return false;
  return true;
}

/** repr(str): single quotes unless the text has one and no double quote; escapes as CPython writes them. */
export function strRepr(s: string, bytes = false): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = (bytes ? "b" : "") + q;
  for (let i = 0; i < s.length; i++) {
    let u = s.charCodeAt(i);
    if (!bytes && u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        out += s.slice(i, i + 2);
        i++;
        continue;
      }
    }
    const c = s[i];
    if (c === q || c === "\\") out += "\\" + c;
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (bytes ? u < 0x20 || u >= 0x7f : !printable(u)) {
      const hex = u.toString(16);
      out += u < 0x100 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
    } else out += c;
  }
  return out + q;
}

/** A decimal digit string of an int written in `radix` (any size). */
export function toDecimal(digits: string, radix: number): string {
  let out = [0]; // little-endian base-10^7 limbs
  for (const ch of digits.toLowerCase()) {
    let carry = parseInt(ch, radix);
    for (let i = 0; i < out.length; i++) {
      const v = out[i] * radix + carry;
      out[i] = v % 10000000;
      carry = Math.floor(v / 10000000);
    }
    while (carry > 0) {
      out.push(carry % 10000000);
      carry = Math.floor(carry / 10000000);
    }
  }
  out = out.reverse();
  return String(out[0]) + out.slice(1).map((l) => String(l).padStart(7, "0")).join("");
}

function constRepr(c: PyConst): string {
  switch (c.t) {
    case "None":
      return "None";
    case "bool":
      return c.value ? "True" : "False";
    case "int":
      return c.digits;
    case "float":
      return floatRepr(c.value);
    case "complex":
      return `${floatRepr(c.imag, false)}j`;
    case "str":
      return strRepr(c.value);
    case "bytes":
      return strRepr(c.value, true);
    case "Ellipsis":
      return "Ellipsis";
  }
}

// ---- ast.dump --------------------------------------------------------------------------------------

function node(name: string, fields: [string, string | null][]): string {
  return `${name}(${fields.filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`).join(", ")})`;
}

const list = (xs: string[]): string => `[${xs.join(", ")}]`;
const opt = (e: Expr | null): string | null => (e === null ? null : dumpExpr(e));

function dumpArg(a: Arg): string {
  return node("arg", [["arg", strRepr(a.arg)], ["annotation", opt(a.annotation)]]);
}

function dumpArguments(a: Arguments): string {
  return node("arguments", [
    ["posonlyargs", list(a.posonlyargs.map(dumpArg))],
    ["args", list(a.args.map(dumpArg))],
    ["vararg", a.vararg ? dumpArg(a.vararg) : null],
    ["kwonlyargs", list(a.kwonlyargs.map(dumpArg))],
    ["kw_defaults", list(a.kw_defaults.map((d) => (d === null ? "None" : dumpExpr(d))))],
    ["kwarg", a.kwarg ? dumpArg(a.kwarg) : null],
    ["defaults", list(a.defaults.map(dumpExpr))],
  ]);
}

function dumpComprehension(c: Comprehension): string {
  return node("comprehension", [["target", dumpExpr(c.target)], ["iter", dumpExpr(c.iter)], ["ifs", list(c.ifs.map(dumpExpr))], ["is_async", String(c.is_async)]]);
}

/** An expression as `ast.dump` prints it. */
export function dumpExpr(e: Expr): string {
  const ctx = (c: ExprContext): string => `${c}()`;
  switch (e.type) {
    case "BoolOp":
      return node("BoolOp", [["op", `${e.op}()`], ["values", list(e.values.map(dumpExpr))]]);
    case "NamedExpr":
      return node("NamedExpr", [["target", dumpExpr(e.target)], ["value", dumpExpr(e.value)]]);
    case "BinOp":
      return node("BinOp", [["left", dumpExpr(e.left)], ["op", `${e.op}()`], ["right", dumpExpr(e.right)]]);
    case "UnaryOp":
      return node("UnaryOp", [["op", `${e.op}()`], ["operand", dumpExpr(e.operand)]]);
    case "Lambda":
      return node("Lambda", [["args", dumpArguments(e.args)], ["body", dumpExpr(e.body)]]);
    case "IfExp":
      return node("IfExp", [["test", dumpExpr(e.test)], ["body", dumpExpr(e.body)], ["orelse", dumpExpr(e.orelse)]]);
    case "Dict":
      return node("Dict", [["keys", list(e.keys.map((k) => (k === null ? "None" : dumpExpr(k))))], ["values", list(e.values.map(dumpExpr))]]);
    case "Set":
      return node("Set", [["elts", list(e.elts.map(dumpExpr))]]);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      return node(e.type, [["elt", dumpExpr(e.elt)], ["generators", list(e.generators.map(dumpComprehension))]]);
    case "DictComp":
      return node("DictComp", [["key", dumpExpr(e.key)], ["value", dumpExpr(e.value)], ["generators", list(e.generators.map(dumpComprehension))]]);
    case "Await":
      return node("Await", [["value", dumpExpr(e.value)]]);
    case "Yield":
      return node("Yield", [["value", opt(e.value)]]);
    case "YieldFrom":
      return node("YieldFrom", [["value", dumpExpr(e.value)]]);
    case "Compare":
      return node("Compare", [["left", dumpExpr(e.left)], ["ops", list(e.ops.map((o) => `${o}()`))], ["comparators", list(e.comparators.map(dumpExpr))]]);
    case "Call":
      return node("Call", [["func", dumpExpr(e.func)], ["args", list(e.args.map(dumpExpr))], ["keywords", list(e.keywords.map(dumpKeyword))]]);
    case "Constant":
      return node("Constant", [["value", constRepr(e.value)], ["kind", e.kind === null ? null : strRepr(e.kind)]]);
    case "Attribute":
      return node("Attribute", [["value", dumpExpr(e.value)], ["attr", strRepr(e.attr)], ["ctx", ctx(e.ctx)]]);
    case "Subscript":
      return node("Subscript", [["value", dumpExpr(e.value)], ["slice", dumpExpr(e.slice)], ["ctx", ctx(e.ctx)]]);
    case "Starred":
      return node("Starred", [["value", dumpExpr(e.value)], ["ctx", ctx(e.ctx)]]);
    case "Name":
      return node("Name", [["id", strRepr(e.id)], ["ctx", ctx(e.ctx)]]);
    case "List":
    case "Tuple":
      return node(e.type, [["elts", list(e.elts.map(dumpExpr))], ["ctx", ctx(e.ctx)]]);
    case "Slice":
      return node("Slice", [["lower", opt(e.lower)], ["upper", opt(e.upper)], ["step", opt(e.step)]]);
    case "JoinedStr":
      return node("JoinedStr", [["values", list(e.values.map(dumpExpr))]]);
    case "FormattedValue":
      return node("FormattedValue", [["value", dumpExpr(e.value)], ["conversion", String(e.conversion)], ["format_spec", opt(e.format_spec)]]);
  }
}

// ---- statements ------------------------------------------------------------------------------------

export interface Alias {
  name: string;
  asname: string | null;
}

export interface WithItem {
  context_expr: Expr;
  optional_vars: Expr | null;
}

export interface ExceptHandler {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
  line: number;
  col: number;
}

export interface MatchCase {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

/** The patterns of `case` clauses (structural pattern matching). */
export type Pattern =
  | { type: "MatchValue"; value: Expr; line: number; col: number; endLine: number; endCol: number }
  /** value: None, True or False */
  | { type: "MatchSingleton"; value: PyConst; line: number; col: number; endLine: number; endCol: number }
  | { type: "MatchSequence"; patterns: Pattern[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "MatchMapping"; keys: Expr[]; patterns: Pattern[]; rest: string | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "MatchClass"; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "MatchStar"; name: string | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "MatchAs"; pattern: Pattern | null; name: string | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "MatchOr"; patterns: Pattern[]; line: number; col: number; endLine: number; endCol: number };

export type Stmt =
  | { type: "FunctionDef" | "AsyncFunctionDef"; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "ClassDef"; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Return"; value: Expr | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "Delete"; targets: Expr[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Assign"; targets: Expr[]; value: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "AugAssign"; target: Expr; op: string; value: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "AnnAssign"; target: Expr; annotation: Expr; value: Expr | null; simple: number; line: number; col: number; endLine: number; endCol: number }
  | { type: "For" | "AsyncFor"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "While"; test: Expr; body: Stmt[]; orelse: Stmt[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "If"; test: Expr; body: Stmt[]; orelse: Stmt[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "With" | "AsyncWith"; items: WithItem[]; body: Stmt[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Raise"; exc: Expr | null; cause: Expr | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "Try"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Assert"; test: Expr; msg: Expr | null; line: number; col: number; endLine: number; endCol: number }
  | { type: "Import"; names: Alias[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "ImportFrom"; module: string | null; names: Alias[]; level: number; line: number; col: number; endLine: number; endCol: number }
  | { type: "Global" | "Nonlocal"; names: string[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Expr"; value: Expr; line: number; col: number; endLine: number; endCol: number }
  | { type: "Match"; subject: Expr; cases: MatchCase[]; line: number; col: number; endLine: number; endCol: number }
  | { type: "Pass" | "Break" | "Continue"; line: number; col: number; endLine: number; endCol: number };

const stmts = (b: Stmt[]): string => list(b.map(dumpStmt));

/** A statement as `ast.dump` prints it. */
export function dumpStmt(s: Stmt): string {
  switch (s.type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      return node(s.type, [["name", strRepr(s.name)], ["args", dumpArguments(s.args)], ["body", stmts(s.body)], ["decorator_list", list(s.decorator_list.map(dumpExpr))], ["returns", opt(s.returns)]]);
    case "ClassDef":
      return node("ClassDef", [["name", strRepr(s.name)], ["bases", list(s.bases.map(dumpExpr))], ["keywords", list(s.keywords.map(dumpKeyword))], ["body", stmts(s.body)], ["decorator_list", list(s.decorator_list.map(dumpExpr))]]);
    case "Return":
      return node("Return", [["value", opt(s.value)]]);
    case "Delete":
      return node("Delete", [["targets", list(s.targets.map(dumpExpr))]]);
    case "Assign":
      return node("Assign", [["targets", list(s.targets.map(dumpExpr))], ["value", dumpExpr(s.value)]]);
    case "AugAssign":
      return node("AugAssign", [["target", dumpExpr(s.target)], ["op", `${s.op}()`], ["value", dumpExpr(s.value)]]);
    case "AnnAssign":
      return node("AnnAssign", [["target", dumpExpr(s.target)], ["annotation", dumpExpr(s.annotation)], ["value", opt(s.value)], ["simple", String(s.simple)]]);
    case "For":
    case "AsyncFor":
      return node(s.type, [["target", dumpExpr(s.target)], ["iter", dumpExpr(s.iter)], ["body", stmts(s.body)], ["orelse", stmts(s.orelse)]]);
    case "While":
    case "If":
      return node(s.type, [["test", dumpExpr(s.test)], ["body", stmts(s.body)], ["orelse", stmts(s.orelse)]]);
    case "With":
    case "AsyncWith":
      return node(s.type, [["items", list(s.items.map((w) => node("withitem", [["context_expr", dumpExpr(w.context_expr)], ["optional_vars", opt(w.optional_vars)]])))], ["body", stmts(s.body)]]);
    case "Raise":
      return node("Raise", [["exc", opt(s.exc)], ["cause", opt(s.cause)]]);
    case "Try":
      return node("Try", [
        ["body", stmts(s.body)],
        ["handlers", list(s.handlers.map((h) => node("ExceptHandler", [["type", opt(h.type)], ["name", h.name === null ? null : strRepr(h.name)], ["body", stmts(h.body)]])))],
        ["orelse", stmts(s.orelse)],
        ["finalbody", stmts(s.finalbody)],
      ]);
    case "Assert":
      return node("Assert", [["test", dumpExpr(s.test)], ["msg", opt(s.msg)]]);
    case "Import":
      return node("Import", [["names", list(s.names.map(dumpAlias))]]);
    case "ImportFrom":
      return node("ImportFrom", [["module", s.module === null ? null : strRepr(s.module)], ["names", list(s.names.map(dumpAlias))], ["level", String(s.level)]]);
    case "Global":
    case "Nonlocal":
      return node(s.type, [["names", list(s.names.map((n) => strRepr(n)))]]);
    case "Expr":
      return node("Expr", [["value", dumpExpr(s.value)]]);
    case "Match":
      return node("Match", [["subject", dumpExpr(s.subject)], ["cases", list(s.cases.map(dumpMatchCase))]]);
    case "Pass":
    case "Break":
    case "Continue":
      return `${s.type}()`;
  }
}

function dumpMatchCase(c: MatchCase): string {
  return node("match_case", [["pattern", dumpPattern(c.pattern)], ["guard", opt(c.guard)], ["body", stmts(c.body)]]);
}

/** A pattern as `ast.dump` prints it. */
export function dumpPattern(p: Pattern): string {
  const pats = (ps: Pattern[]): string => list(ps.map(dumpPattern));
  const name = (n: string | null): string | null => (n === null ? null : strRepr(n));
  switch (p.type) {
    case "MatchValue":
      return node("MatchValue", [["value", dumpExpr(p.value)]]);
    case "MatchSingleton":
      return node("MatchSingleton", [["value", constRepr(p.value)]]);
    case "MatchSequence":
      return node("MatchSequence", [["patterns", pats(p.patterns)]]);
    case "MatchMapping":
      return node("MatchMapping", [["keys", list(p.keys.map(dumpExpr))], ["patterns", pats(p.patterns)], ["rest", name(p.rest)]]);
    case "MatchClass":
      return node("MatchClass", [["cls", dumpExpr(p.cls)], ["patterns", pats(p.patterns)], ["kwd_attrs", list(p.kwd_attrs.map((a) => strRepr(a)))], ["kwd_patterns", pats(p.kwd_patterns)]]);
    case "MatchStar":
      return node("MatchStar", [["name", name(p.name)]]);
    case "MatchAs":
      return node("MatchAs", [["pattern", p.pattern === null ? null : dumpPattern(p.pattern)], ["name", name(p.name)]]);
    case "MatchOr":
      return node("MatchOr", [["patterns", pats(p.patterns)]]);
  }
}

function dumpAlias(a: Alias): string {
  return node("alias", [["name", strRepr(a.name)], ["asname", a.asname === null ? null : strRepr(a.asname)]]);
}

function dumpKeyword(k: Keyword): string {
  return node("keyword", [["arg", k.arg === null ? null : strRepr(k.arg)], ["value", dumpExpr(k.value)]]);
}

/** A module as `ast.dump(ast.parse(src))` prints it. */
export function dumpModule(body: Stmt[]): string {
  return `Module(body=${stmts(body)}, type_ignores=[])`;
}

// ---- positions ---------------------------------------------------------------------------------------

/**
 * Every located node of a module (statements, expressions, patterns,
 * handlers, args, keywords), one line each — `Type line col endLine
 * endCol`, or `Type line col` for the last three — in the order of a depth-first walk over the fields as
 * ast.iter_child_nodes lists them: how the tests compare positions with
 * CPython's.
 */
export function dumpPositions(body: Stmt[]): string {
  const out: string[] = [];
  for (const s of body) posStmt(s, out);
  return out.join("\n");
}

function posLine(name: string, n: Loc, out: string[]): void {
  out.push(`${name} ${n.line} ${n.col} ${n.endLine} ${n.endCol}`);
}

/** (args, keywords and handlers: their start only) */
function posStart(name: string, line: number, col: number, out: string[]): void {
  out.push(`${name} ${line} ${col}`);
}

function posArg(a: Arg | null, out: string[]): void {
  if (a === null) return;
  posStart("arg", a.line, a.col, out);
  if (a.annotation !== null) posExpr(a.annotation, out);
}

function posArguments(a: Arguments, out: string[]): void {
  for (const x of a.posonlyargs) posArg(x, out);
  for (const x of a.args) posArg(x, out);
  posArg(a.vararg, out);
  for (const x of a.kwonlyargs) posArg(x, out);
  for (const d of a.kw_defaults) if (d !== null) posExpr(d, out);
  posArg(a.kwarg, out);
  for (const d of a.defaults) posExpr(d, out);
}

function posExprs(es: (Expr | null)[], out: string[]): void {
  for (const e of es) if (e !== null) posExpr(e, out);
}

function posKeywords(ks: Keyword[], out: string[]): void {
  for (const k of ks) {
    posStart("keyword", k.line, k.col, out);
    posExpr(k.value, out);
  }
}

function posComprehensions(cs: Comprehension[], out: string[]): void {
  for (const c of cs) {
    posExpr(c.target, out);
    posExpr(c.iter, out);
    posExprs(c.ifs, out);
  }
}

function posExpr(e: Expr, out: string[]): void {
  posLine(e.type, e, out);
  switch (e.type) {
    case "BoolOp":
      return posExprs(e.values, out);
    case "NamedExpr":
      return posExprs([e.target, e.value], out);
    case "BinOp":
      return posExprs([e.left, e.right], out);
    case "UnaryOp":
      return posExpr(e.operand, out);
    case "Lambda":
      posArguments(e.args, out);
      return posExpr(e.body, out);
    case "IfExp":
      return posExprs([e.test, e.body, e.orelse], out);
    case "Dict":
      posExprs(e.keys, out);
      return posExprs(e.values, out);
    case "Set":
    case "List":
    case "Tuple":
      return posExprs(e.elts, out);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      posExpr(e.elt, out);
      return posComprehensions(e.generators, out);
    case "DictComp":
      posExprs([e.key, e.value], out);
      return posComprehensions(e.generators, out);
    case "Await":
    case "YieldFrom":
    case "Starred":
      return posExpr(e.value, out);
    case "Yield":
      return posExprs([e.value], out);
    case "Compare":
      posExpr(e.left, out);
      return posExprs(e.comparators, out);
    case "Call":
      posExpr(e.func, out);
      posExprs(e.args, out);
      return posKeywords(e.keywords, out);
    case "Attribute":
      return posExpr(e.value, out);
    case "Subscript":
      return posExprs([e.value, e.slice], out);
    case "Slice":
      return posExprs([e.lower, e.upper, e.step], out);
    case "JoinedStr":
      return posExprs(e.values, out);
    case "FormattedValue":
      return posExprs([e.value, e.format_spec], out);
    case "Constant":
    case "Name":
      return;
  }
}

function posPattern(p: Pattern, out: string[]): void {
  posLine(p.type, p, out);
  switch (p.type) {
    case "MatchValue":
      return posExpr(p.value, out);
    case "MatchSequence":
    case "MatchOr":
      for (const q of p.patterns) posPattern(q, out);
      return;
    case "MatchMapping":
      posExprs(p.keys, out);
      for (const q of p.patterns) posPattern(q, out);
      return;
    case "MatchClass":
      posExpr(p.cls, out);
      for (const q of p.patterns) posPattern(q, out);
      for (const q of p.kwd_patterns) posPattern(q, out);
      return;
    case "MatchAs":
      if (p.pattern !== null) posPattern(p.pattern, out);
      return;
    case "MatchSingleton":
    case "MatchStar":
      return;
  }
}

function posStmts(b: Stmt[], out: string[]): void {
  for (const s of b) posStmt(s, out);
}

function posStmt(s: Stmt, out: string[]): void {
  posLine(s.type, s, out);
  switch (s.type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      posArguments(s.args, out);
      posStmts(s.body, out);
      posExprs(s.decorator_list, out);
      return posExprs([s.returns], out);
    case "ClassDef":
      posExprs(s.bases, out);
      posKeywords(s.keywords, out);
      posStmts(s.body, out);
      return posExprs(s.decorator_list, out);
    case "Return":
      return posExprs([s.value], out);
    case "Delete":
      return posExprs(s.targets, out);
    case "Assign":
      posExprs(s.targets, out);
      return posExpr(s.value, out);
    case "AugAssign":
      return posExprs([s.target, s.value], out);
    case "AnnAssign":
      return posExprs([s.target, s.annotation, s.value], out);
    case "For":
    case "AsyncFor":
      posExprs([s.target, s.iter], out);
      posStmts(s.body, out);
      return posStmts(s.orelse, out);
    case "While":
    case "If":
      posExpr(s.test, out);
      posStmts(s.body, out);
      return posStmts(s.orelse, out);
    case "With":
    case "AsyncWith":
      for (const w of s.items) posExprs([w.context_expr, w.optional_vars], out);
      return posStmts(s.body, out);
    case "Raise":
      return posExprs([s.exc, s.cause], out);
    case "Try":
      posStmts(s.body, out);
      for (const h of s.handlers) {
        posStart("ExceptHandler", h.line, h.col, out);
        posExprs([h.type], out);
        posStmts(h.body, out);
      }
      posStmts(s.orelse, out);
      return posStmts(s.finalbody, out);
    case "Assert":
      return posExprs([s.test, s.msg], out);
    case "Expr":
      return posExpr(s.value, out);
    case "Match":
      posExpr(s.subject, out);
      for (const c of s.cases) {
        posPattern(c.pattern, out);
        posExprs([c.guard], out);
        posStmts(c.body, out);
      }
      return;
    case "Import":
    case "ImportFrom":
    case "Global":
    case "Nonlocal":
    case "Pass":
    case "Break":
    case "Continue":
      return;
  }
}
