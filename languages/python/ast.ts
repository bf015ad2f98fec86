// The Python AST: CPython 3.11's node types and fields (the `ast` module's),
// as records, and `dump` printing a tree exactly as `ast.dump` does, which is
// how the parser is checked against CPython.  So far: expressions.

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

export interface Arg {
  arg: string;
  annotation: Expr | null;
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
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export type Expr =
  | { type: "BoolOp"; op: "And" | "Or"; values: Expr[] }
  | { type: "NamedExpr"; target: Expr; value: Expr }
  | { type: "BinOp"; left: Expr; op: string; right: Expr }
  | { type: "UnaryOp"; op: "Invert" | "Not" | "UAdd" | "USub"; operand: Expr }
  | { type: "Lambda"; args: Arguments; body: Expr }
  | { type: "IfExp"; test: Expr; body: Expr; orelse: Expr }
  | { type: "Dict"; keys: (Expr | null)[]; values: Expr[] }
  | { type: "Set"; elts: Expr[] }
  | { type: "ListComp" | "SetComp" | "GeneratorExp"; elt: Expr; generators: Comprehension[] }
  | { type: "DictComp"; key: Expr; value: Expr; generators: Comprehension[] }
  | { type: "Await"; value: Expr }
  | { type: "Yield"; value: Expr | null }
  | { type: "YieldFrom"; value: Expr }
  | { type: "Compare"; left: Expr; ops: string[]; comparators: Expr[] }
  | { type: "Call"; func: Expr; args: Expr[]; keywords: Keyword[] }
  | { type: "Constant"; value: PyConst; kind: string | null }
  | { type: "Attribute"; value: Expr; attr: string; ctx: ExprContext }
  | { type: "Subscript"; value: Expr; slice: Expr; ctx: ExprContext }
  | { type: "Starred"; value: Expr; ctx: ExprContext }
  | { type: "Name"; id: string; ctx: ExprContext }
  | { type: "List" | "Tuple"; elts: Expr[]; ctx: ExprContext }
  | { type: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null };

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
}

export type Stmt =
  | { type: "FunctionDef" | "AsyncFunctionDef"; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null }
  | { type: "ClassDef"; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[] }
  | { type: "Return"; value: Expr | null }
  | { type: "Delete"; targets: Expr[] }
  | { type: "Assign"; targets: Expr[]; value: Expr }
  | { type: "AugAssign"; target: Expr; op: string; value: Expr }
  | { type: "AnnAssign"; target: Expr; annotation: Expr; value: Expr | null; simple: number }
  | { type: "For" | "AsyncFor"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
  | { type: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { type: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { type: "With" | "AsyncWith"; items: WithItem[]; body: Stmt[] }
  | { type: "Raise"; exc: Expr | null; cause: Expr | null }
  | { type: "Try"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
  | { type: "Assert"; test: Expr; msg: Expr | null }
  | { type: "Import"; names: Alias[] }
  | { type: "ImportFrom"; module: string | null; names: Alias[]; level: number }
  | { type: "Global" | "Nonlocal"; names: string[] }
  | { type: "Expr"; value: Expr }
  | { type: "Pass" | "Break" | "Continue" };

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
    case "Pass":
    case "Break":
    case "Continue":
      return `${s.type}()`;
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
