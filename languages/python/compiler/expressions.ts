// The compiler's expressions: each AST expression to the instructions that
// leave its value on the stack, names loaded by the operation their scope
// decides (FAST, DEREF, GLOBAL, NAME), comprehensions and lambdas as nested
// code objects, calls as CALL / CALL_METHOD / CALL_KW / CALL_EX.
import type { Arguments, Comprehension, Expr, Keyword, PyConst } from "../ast.ts";
import { BinaryOp, CO_GENERATOR, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CompareOp, Op, type Code } from "../code.ts";
import { constantObject, PyCodeObject } from "../objects/constants.ts";
import { newSet, setAdd, setItems } from "../objects/set.ts";
import { pyStr, pyTuple, type PyObject } from "../objects/model.ts";
import { PySyntaxError } from "../tokenizer.ts";
import { mangle, type Scope } from "./symtable.ts";
import { Label, Unit } from "./unit.ts";

const BINARY: Record<string, BinaryOp> = {
  Add: BinaryOp.ADD, Sub: BinaryOp.SUB, Mult: BinaryOp.MUL, MatMult: BinaryOp.MATMUL, Div: BinaryOp.TRUEDIV, FloorDiv: BinaryOp.FLOORDIV,
  Mod: BinaryOp.MOD, Pow: BinaryOp.POW, LShift: BinaryOp.LSHIFT, RShift: BinaryOp.RSHIFT, BitAnd: BinaryOp.AND, BitXor: BinaryOp.XOR, BitOr: BinaryOp.OR,
};
const COMPARE: Record<string, CompareOp> = { Lt: CompareOp.LT, LtE: CompareOp.LE, Eq: CompareOp.EQ, NotEq: CompareOp.NE, Gt: CompareOp.GT, GtE: CompareOp.GE };

export function binaryOpOf(name: string): BinaryOp {
  return BINARY[name];
}

export abstract class ExpressionCompiler {
  protected u!: Unit;

  constructor(protected readonly filename: string) {}

  protected fail(node: { line: number; col: number }, message: string): never {
    throw new PySyntaxError(message, "SyntaxError", node.line, node.col + 1);
  }

  protected emit(op: Op, arg = 0): void {
    this.u.emit(op, arg);
  }

  protected loadConst(c: PyConst): void {
    this.emit(Op.LOAD_CONST, this.u.constIndex(constKey(c), () => constantObject(c)));
  }

  protected loadNone(): void {
    this.loadConst({ t: "None" });
  }

  protected loadObject(key: string, value: PyObject): void {
    this.emit(Op.LOAD_CONST, this.u.constIndex(key, () => value));
  }

  // ---- names ------------------------------------------------------------------------------------------
  /** A name or attribute as the current class mangles it. */
  protected mangled(name: string): string {
    return mangle(this.u.scope.privateName, name);
  }

  protected nameOp(name0: string, ctx: "Load" | "Store" | "Del"): void {
    const scope = this.u.scope;
    const name = mangle(scope.privateName, name0);
    const kind = scope.kindOf(name);
    const pick = (load: Op, store: Op, del: Op): Op => (ctx === "Load" ? load : ctx === "Store" ? store : del);
    if (kind === "cell" || kind === "free") {
      if (scope.kind === "class" && ctx === "Load" && kind === "free") this.emit(Op.LOAD_CLASSDEREF, this.u.derefIndex(name));
      else if (scope.kind === "class" && kind === "free" && !scope.nonlocals.has(name)) this.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), this.u.nameIndex(name));
      else this.emit(pick(Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF), this.u.derefIndex(name));
      return;
    }
    if (kind === "globalExplicit" || (kind === "globalImplicit" && scope.kind === "function")) {
      this.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), this.u.nameIndex(name));
      return;
    }
    if (kind === "local" && scope.kind === "function") {
      this.emit(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), this.u.varIndex(name));
      return;
    }
    this.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), this.u.nameIndex(name));
  }

  // ---- expressions -----------------------------------------------------------------------------------
  expr(e: Expr): void {
    const saved = this.u.line;
    // (RTS reads `line` through the union of node shapes as maybe undefined)
    this.u.line = e.line ?? saved;
    this.exprHere(e);
    this.u.line = saved;
  }

  private exprHere(e: Expr): void {
    switch (e.type) {
      case "Constant":
        this.loadConst(e.value);
        return;
      case "Name":
        this.nameOp(e.id, "Load");
        return;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, BINARY[e.op]);
        return;
      case "UnaryOp":
        this.expr(e.operand);
        this.emit(e.op === "Not" ? Op.UNARY_NOT : e.op === "USub" ? Op.UNARY_NEGATIVE : e.op === "UAdd" ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
        return;
      case "BoolOp": {
        const end = new Label();
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) this.u.jump(e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        });
        this.u.bind(end);
        return;
      }
      case "Compare":
        this.compare(e.left, e.ops, e.comparators);
        return;
      case "IfExp": {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        this.u.jump(Op.JUMP, end);
        this.u.bind(orelse);
        this.expr(e.orelse);
        this.u.bind(end);
        return;
      }
      case "NamedExpr":
        this.expr(e.value);
        this.emit(Op.DUP_TOP);
        this.store(e.target);
        return;
      case "Attribute":
        this.expr(e.value);
        this.u.line = e.line ?? this.u.line;
        this.emit(Op.LOAD_ATTR, this.u.nameIndex(this.mangled(e.attr)));
        return;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        this.emit(Op.BINARY_SUBSCR);
        return;
      case "Slice":
        for (const part of [e.lower, e.upper]) if (part) this.expr(part);
        else this.loadNone();
        if (e.step) this.expr(e.step);
        this.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
        return;
      case "Call":
        this.call(e.func, e.args, e.keywords);
        return;
      case "Tuple":
        if (this.starredSequence(e.elts)) this.emit(Op.LIST_TO_TUPLE);
        else this.emit(Op.BUILD_TUPLE, e.elts.length);
        return;
      case "List":
        if (!this.starredSequence(e.elts)) this.emit(Op.BUILD_LIST, e.elts.length);
        return;
      case "Set":
        if (e.elts.length >= 3 && e.elts.every((x) => x.type === "Constant")) {
          // as CPython folds it: the items as a frozenset constant added to a new set (its order is the frozenset's);
          // the constant is made twice (the compiler's constant merging rebuilds it from its own iteration order)
          const first = newSet(true);
          for (const x of e.elts) if (x.type === "Constant") setAdd(first, constantObject(x.value));
          const frozen = newSet(true);
          for (const x of setItems(first)) setAdd(frozen, x);
          this.emit(Op.BUILD_SET, 0);
          this.emit(Op.LOAD_CONST, this.u.uniqueConst(frozen));
          this.emit(Op.SET_UPDATE, 1);
        } else if (e.elts.some((x) => x.type === "Starred")) {
          this.emit(Op.BUILD_SET, 0);
          for (const x of e.elts) {
            if (x.type === "Starred") {
              this.expr(x.value);
              this.emit(Op.SET_UPDATE, 1);
            } else {
              this.expr(x);
              this.emit(Op.SET_ADD, 1);
            }
          }
        } else {
          for (const x of e.elts) this.expr(x);
          this.emit(Op.BUILD_SET, e.elts.length);
        }
        return;
      case "Dict": {
        let pending = 0;
        let built = false;
        const flush = (): void => {
          if (pending === 0 && built) return;
          this.emit(Op.BUILD_MAP, pending);
          if (built) this.emit(Op.DICT_UPDATE, 1);
          built = true;
          pending = 0;
        };
        e.keys.forEach((k, i) => {
          if (k === null) {
            flush();
            this.expr(e.values[i]);
            this.emit(Op.DICT_UPDATE, 1);
          } else {
            this.expr(k);
            this.expr(e.values[i]);
            pending++;
          }
        });
        if (pending > 0 || !built) flush();
        return;
      }
      case "Lambda":
        this.makeFunction("<lambda>", e.args, e.line, (self) => {
          self.expr(e.body);
          self.emit(Op.RETURN_VALUE);
        }, false);
        return;
      case "ListComp":
        this.comprehension("<listcomp>", e.line, e.generators, Op.BUILD_LIST, [e.elt]);
        return;
      case "SetComp":
        this.comprehension("<setcomp>", e.line, e.generators, Op.BUILD_SET, [e.elt]);
        return;
      case "DictComp":
        this.comprehension("<dictcomp>", e.line, e.generators, Op.BUILD_MAP, [e.key, e.value]);
        return;
      case "GeneratorExp":
        this.comprehension("<genexpr>", e.line, e.generators, Op.NOP, [e.elt]);
        return;
      case "Yield":
        if (this.u.scope.kind !== "function") this.fail(e, "'yield' outside function");
        if (e.value) this.expr(e.value);
        else this.loadNone();
        this.emit(Op.YIELD_VALUE);
        return;
      case "YieldFrom":
        if (this.u.scope.kind !== "function") this.fail(e, "'yield' outside function");
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadNone();
        this.emit(Op.YIELD_FROM);
        return;
      case "Await":
        this.fail(e, "'await' outside async function");
        return;
      case "Starred":
        this.fail(e, "can't use starred expression here");
        return;
      case "JoinedStr":
        for (const v of e.values) this.expr(v);
        if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length);
        else if (e.values[0].type === "Constant") return;
        return;
      case "FormattedValue": {
        this.expr(e.value);
        let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) {
          this.expr(e.format_spec);
          flags |= 4;
        }
        this.emit(Op.FORMAT_VALUE, flags);
        return;
      }
    }
  }

  /** Items of a list/tuple display: false when they were pushed for BUILD_*, true when a list was built with LIST_EXTEND for starred items. */
  private starredSequence(elts: Expr[]): boolean {
    if (!elts.some((x) => x.type === "Starred")) {
      for (const x of elts) this.expr(x);
      return false;
    }
    let pending = 0;
    let built = false;
    for (const x of elts) {
      if (x.type === "Starred") {
        if (!built) {
          this.emit(Op.BUILD_LIST, pending);
          built = true;
        } else if (pending > 0) {
          this.emit(Op.BUILD_LIST, pending);
          this.emit(Op.LIST_EXTEND, 1);
        }
        pending = 0;
        this.expr(x.value);
        this.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        pending++;
      }
    }
    if (pending > 0) {
      this.emit(Op.BUILD_LIST, pending);
      this.emit(Op.LIST_EXTEND, 1);
    }
    return true;
  }

  private compare(left: Expr, ops: string[], comparators: Expr[]): void {
    this.expr(left);
    if (ops.length === 1) {
      this.expr(comparators[0]);
      this.compareOp(ops[0]);
      return;
    }
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < ops.length - 1; i++) {
      this.expr(comparators[i]);
      this.emit(Op.DUP_TOP);
      this.emit(Op.ROT_THREE);
      this.compareOp(ops[i]);
      this.u.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(comparators[ops.length - 1]);
    this.compareOp(ops[ops.length - 1]);
    this.u.jump(Op.JUMP, end);
    this.u.bind(cleanup);
    this.emit(Op.ROT_TWO);
    this.emit(Op.POP_TOP);
    this.u.bind(end);
  }

  private compareOp(op: string): void {
    if (op === "Is" || op === "IsNot") this.emit(Op.IS_OP, op === "IsNot" ? 1 : 0);
    else if (op === "In" || op === "NotIn") this.emit(Op.CONTAINS_OP, op === "NotIn" ? 1 : 0);
    else this.emit(Op.COMPARE_OP, COMPARE[op]);
  }

  /** Jumps to `target` when `test` is `when` (comparisons and `not`/`and`/`or` without building booleans where they can). */
  protected jumpIf(test: Expr, when: boolean, target: Label): void {
    if (test.type === "UnaryOp" && test.op === "Not") {
      this.jumpIf(test.operand, !when, target);
      return;
    }
    if (test.type === "BoolOp") {
      const isAnd = test.op === "And";
      if (isAnd !== when) {
        // and/false or or/true: any operand deciding jumps to target
        for (const v of test.values) this.jumpIf(v, when, target);
        return;
      }
      const skip = new Label();
      test.values.forEach((v, i) => {
        if (i < test.values.length - 1) this.jumpIf(v, !when, skip);
        else this.jumpIf(v, when, target);
      });
      this.u.bind(skip);
      return;
    }
    this.expr(test);
    this.u.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  // ---- calls -------------------------------------------------------------------------------------------
  protected call(func: Expr, args: Expr[], keywords: Keyword[]): void {
    const scope = this.u.scope;
    if (func.type === "Name" && func.id === "super" && args.length === 0 && keywords.length === 0 && scope.kind === "function" &&
        scope.params.length > 0 && scope.freevars.includes("__class__") && scope.kindOf("super") !== "local") {
      // super() is super(__class__, <first argument>), read where the call is (as CPython's frame lookup does)
      this.expr(func);
      this.emit(Op.LOAD_DEREF, this.u.derefIndex("__class__"));
      this.nameOp(scope.params[0], "Load");
      this.u.line = func.line ?? this.u.line;
      this.emit(Op.CALL, 2);
      return;
    }
    const starred = args.some((a) => a.type === "Starred") || keywords.some((k) => k.arg === null);
    if (!starred && keywords.length === 0 && func.type === "Attribute" && func.ctx === "Load") {
      this.expr(func.value);
      this.u.line = func.line ?? this.u.line;
      this.emit(Op.LOAD_METHOD, this.u.nameIndex(this.mangled(func.attr)));
      for (const a of args) this.expr(a);
      this.u.line = func.line ?? this.u.line;
      this.emit(Op.CALL_METHOD, args.length);
      return;
    }
    this.expr(func);
    this.callArguments(args, keywords, starred);
  }

  /** The arguments of a call whose callable is on the stack, and the call. */
  protected callArguments(args: Expr[], keywords: Keyword[], starred: boolean, extra = 0): void {
    if (!starred) {
      for (const a of args) this.expr(a);
      if (keywords.length === 0) {
        this.emit(Op.CALL, args.length + extra);
        return;
      }
      for (const k of keywords) this.expr(k.value);
      const names = keywords.map((k) => k.arg!);
      this.loadObject(`kwnames:${names.join(",")}`, pyTuple(names.map((n) => pyStr(n))));
      this.emit(Op.CALL_KW, args.length + extra + keywords.length);
      return;
    }
    if (extra === 0 && args.length === 1 && args[0].type === "Starred") {
      // f(*xs): the iterable itself, made a tuple by CALL_EX (whose error names the function)
      this.expr(args[0].value);
      if (keywords.length === 0) {
        this.emit(Op.CALL_EX, 2);
        return;
      }
      this.callKeywordsEx(keywords, 2);
      return;
    }
    if (extra > 0) {
      // positional values already pushed (a class's body function and name) start the argument list
      this.emit(Op.BUILD_LIST, extra);
      for (const a of args) {
        if (a.type === "Starred") {
          this.expr(a.value);
          this.emit(Op.LIST_EXTEND, 1);
        } else {
          this.expr(a);
          this.emit(Op.LIST_APPEND, 1);
        }
      }
      this.emit(Op.LIST_TO_TUPLE);
    } else if (this.starredSequence(args)) this.emit(Op.LIST_TO_TUPLE);
    else this.emit(Op.BUILD_TUPLE, args.length);
    if (keywords.length === 0) {
      this.emit(Op.CALL_EX, 0);
      return;
    }
    this.callKeywordsEx(keywords, 0);
  }

  /** The keyword mapping of CALL_EX (a dict merged from keywords and **mappings), then the call. */
  private callKeywordsEx(keywords: Keyword[], flags: number): void {
    let pending = 0;
    let built = false;
    const flush = (): void => {
      this.emit(Op.BUILD_MAP, pending);
      if (built) this.emit(Op.DICT_MERGE, 1);
      built = true;
      pending = 0;
    };
    for (const k of keywords) {
      if (k.arg === null) {
        if (!built || pending > 0) flush();
        this.expr(k.value);
        this.emit(Op.DICT_MERGE, 1);
      } else {
        this.loadConst({ t: "str", value: k.arg });
        this.expr(k.value);
        pending++;
      }
    }
    if (pending > 0) flush();
    this.emit(Op.CALL_EX, flags | 1);
  }

  // ---- assignment targets ----------------------------------------------------------------------------
  /** Stores the value on top of the stack into `target`. */
  store(target: Expr): void {
    const saved = this.u.line;
    this.u.line = target.line ?? this.u.line;
    switch (target.type) {
      case "Name":
        this.nameOp(target.id, "Store");
        break;
      case "Attribute":
        this.expr(target.value);
        this.u.line = target.line ?? this.u.line;
        this.emit(Op.STORE_ATTR, this.u.nameIndex(this.mangled(target.attr)));
        break;
      case "Subscript":
        this.expr(target.value);
        this.expr(target.slice);
        this.emit(Op.STORE_SUBSCR);
        break;
      case "Tuple":
      case "List": {
        const star = target.elts.findIndex((x) => x.type === "Starred");
        if (star < 0) this.emit(Op.UNPACK_SEQUENCE, target.elts.length);
        else {
          if (target.elts.filter((x) => x.type === "Starred").length > 1) this.fail(target, "multiple starred expressions in assignment");
          this.emit(Op.UNPACK_EX, star | ((target.elts.length - star - 1) << 8));
        }
        for (const x of target.elts) this.store(x.type === "Starred" ? x.value : x);
        break;
      }
      case "Starred":
        this.fail(target, "starred assignment target must be in a list or tuple");
        break;
      default:
        this.fail(target, "cannot assign to expression");
    }
    this.u.line = saved;
  }

  // ---- nested code objects -----------------------------------------------------------------------------
  /** The code of a nested function (its scope the next child scope), then MAKE_FUNCTION with its defaults and closure. */
  protected makeFunction(name: string, args: Arguments, line: number, body: (self: this) => void, isClassBody: boolean, docstring: PyObject | null = null, returns?: Expr | null): void {
    let flags = 0;
    if (!isClassBody && args.defaults.length > 0) {
      for (const d of args.defaults) this.expr(d);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    if (!isClassBody && args.kw_defaults.some((d) => d !== null)) {
      let n = 0;
      args.kwonlyargs.forEach((a, i) => {
        const d = args.kw_defaults[i];
        if (d === null) return;
        this.loadConst({ t: "str", value: this.mangled(a.arg) });
        this.expr(d);
        n++;
      });
      this.emit(Op.BUILD_MAP, n);
      flags |= 2;
    }
    // annotations, evaluated when the def runs (3.11 without `from __future__ import annotations`)
    if (!isClassBody && returns !== undefined) {
      const annotated: [string, Expr][] = [];
      for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) annotated.push([a.arg, a.annotation]);
      if (args.vararg?.annotation) annotated.push([args.vararg.arg, args.vararg.annotation]);
      for (const a of args.kwonlyargs) if (a.annotation) annotated.push([a.arg, a.annotation]);
      if (args.kwarg?.annotation) annotated.push([args.kwarg.arg, args.kwarg.annotation]);
      if (returns !== null) annotated.push(["return", returns]);
      if (annotated.length > 0) {
        for (const [n, e] of annotated) {
          this.loadConst({ t: "str", value: this.mangled(n) });
          this.expr(e);
        }
        this.emit(Op.BUILD_MAP, annotated.length);
        flags |= 4;
      }
    }
    const scope = this.u.scope.nextChild();
    const code = this.compileNested(scope, name, line, args, body, docstring);
    if (scope.freevars.length > 0) {
      for (const f of scope.freevars) this.emit(Op.LOAD_CLOSURE, this.u.derefIndex(f));
      this.emit(Op.BUILD_TUPLE, scope.freevars.length);
      flags |= 8;
    }
    this.emit(Op.LOAD_CONST, this.u.uniqueConst(new PyCodeObject(code)));
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private compileNested(scope: Scope, name: string, line: number, args: Arguments, body: (self: this) => void, docstring: PyObject | null): Code {
    const outer = this.u;
    const qualname = outer.scope.kind === "module" ? name : outer.scope.kind === "class" ? `${outer.qualname}.${name}` : `${outer.qualname}.<locals>.${name}`;
    const u = new Unit(scope, name, qualname, line);
    if (docstring !== null) u.uniqueConst(docstring);
    this.u = u;
    this.enterUnit();
    body(this);
    this.exitUnit();
    this.u = outer;
    let flags = scope.kind === "function" ? CO_NEWLOCALS : 0;
    if (scope.isGenerator) flags |= CO_GENERATOR;
    if (args.vararg) flags |= CO_VARARGS;
    if (args.kwarg) flags |= CO_VARKEYWORDS;
    if (docstring !== null) flags |= 16;
    return u.finish(this.filename, args.posonlyargs.length + args.args.length, args.posonlyargs.length, args.kwonlyargs.length, flags);
  }

  /** Called when a nested unit starts and ends (the statement compiler keeps a block stack per unit). */
  protected abstract enterUnit(): void;
  protected abstract exitUnit(): void;

  private comprehension(name: string, line: number, generators: Comprehension[], build: Op, parts: Expr[]): void {
    const noArgs: Arguments = { posonlyargs: [], args: [{ arg: ".0", annotation: null, line, col: 0 }], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    this.makeFunction(name, noArgs, line, (self) => {
      if (build !== Op.NOP) self.emit(build, 0);
      self.comprehensionLoop(generators, 0, build, parts);
      if (build === Op.NOP) self.loadNone();
      self.emit(Op.RETURN_VALUE);
    }, false);
    this.expr(generators[0].iter);
    this.emit(Op.GET_ITER);
    this.emit(Op.CALL, 1);
  }

  private comprehensionLoop(generators: Comprehension[], i: number, build: Op, parts: Expr[]): void {
    const g = generators[i];
    if (i === 0) this.emit(Op.LOAD_FAST, 0);
    else {
      this.expr(g.iter);
      this.emit(Op.GET_ITER);
    }
    const top = new Label();
    const end = new Label();
    this.u.bind(top);
    this.u.jump(Op.FOR_ITER, end);
    this.store(g.target);
    for (const cond of g.ifs) this.jumpIf(cond, false, top);
    if (i + 1 < generators.length) this.comprehensionLoop(generators, i + 1, build, parts);
    else {
      for (const p of parts) this.expr(p);
      const depth = generators.length + 1;
      if (build === Op.BUILD_LIST) this.emit(Op.LIST_APPEND, depth);
      else if (build === Op.BUILD_SET) this.emit(Op.SET_ADD, depth);
      else if (build === Op.BUILD_MAP) this.emit(Op.MAP_ADD, depth);
      else {
        this.emit(Op.YIELD_VALUE);
        this.emit(Op.POP_TOP);
      }
    }
    this.u.jump(Op.JUMP_BACKWARD, top);
    this.u.bind(end);
  }
}

function constKey(c: PyConst): string {
  switch (c.t) {
    case "None":
    case "Ellipsis":
      return c.t;
    case "bool":
      return c.value ? "True" : "False";
    case "int":
      return `i${c.digits}`;
    case "float":
      return `f${c.value === 0 && 1 / c.value < 0 ? "-0" : String(c.value)}`;
    case "complex":
      return `j${String(c.imag)}`;
    case "str":
      return `s${c.value}`;
    case "bytes":
      return `b${c.value}`;
  }
}

