// Scopes, as CPython's symtable decides them: for each module, class,
// function, lambda and comprehension body, which names are local, global
// (declared or implicit), free (a variable of an enclosing function) or
// cells (locals that nested functions capture).  The compiler asks `kind`
// for each name it meets to choose FAST, DEREF, GLOBAL or NAME operations.
import type { Arguments, Comprehension, ExceptHandler, Expr, Pattern, Stmt } from "../ast.ts";
import { PySyntaxError } from "../tokenizer.ts";

export type ScopeKind = "module" | "class" | "function";

/** A private name (`__x`, not `__x__`) in a class is `_Class__x`, as CPython mangles it. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const cls = privateName.replace(/^_+/, "");
  return cls === "" ? name : `_${cls}${name}`;
}
export type SymbolKind = "local" | "globalExplicit" | "globalImplicit" | "free" | "cell";

export class Scope {
  readonly params: string[] = [];
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly children: Scope[] = [];
  readonly symbols = new Map<string, SymbolKind>();
  /** The names of this scope's cells and free variables, in CPython's order (sorted). */
  cellvars: string[] = [];
  freevars: string[] = [];
  isGenerator = false;
  isComprehension = false;
  /** A class body whose methods use `super()` or `__class__`: it has the implicit `__class__` cell. */
  needsClassCell = false;
  /** The scopes of nested functions, classes and comprehensions, by the AST node that makes them. */
  childIndex = 0;
  /** The class whose private names (`__x`) this scope mangles: the nearest enclosing class body's name, or null. */
  privateName: string | null = null;

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    readonly line: number,
  ) {}

  /** How the name is stored in this scope. */
  kindOf(name: string): SymbolKind {
    const k = this.symbols.get(name);
    if (k !== undefined) return k;
    return this.kind === "module" ? "globalImplicit" : "globalImplicit";
  }

  /** The next child scope, in the order the builder met them (the compiler meets them in the same order). */
  nextChild(): Scope {
    return this.children[this.childIndex++];
  }
}

/** Builds the scope tree of a module (the names each body binds and uses), then resolves every name. */
export function buildSymtable(body: Stmt[]): Scope {
  const top = new Scope("module", "top", null, 1);
  const b = new Builder(top);
  for (const s of body) b.stmt(s);
  resolve(top, new Set<string>());
  return top;
}

class Builder {
  constructor(private scope: Scope) {}

  private bind(name: string): void {
    this.scope.bound.add(mangle(this.scope.privateName, name));
  }

  private use(name: string): void {
    this.scope.used.add(mangle(this.scope.privateName, name));
  }

  private inScope(s: Scope, f: () => void): void {
    const saved = this.scope;
    s.privateName = s.kind === "class" ? s.name : saved.privateName;
    this.scope.children.push(s);
    this.scope = s;
    f();
    this.scope = saved;
  }

  private args(a: Arguments): void {
    const m = (n: string): string => mangle(this.scope.privateName, n);
    for (const p of [...a.posonlyargs, ...a.args]) this.scope.params.push(m(p.arg));
    for (const p of a.kwonlyargs) this.scope.params.push(m(p.arg));
    if (a.vararg) this.scope.params.push(m(a.vararg.arg));
    if (a.kwarg) this.scope.params.push(m(a.kwarg.arg));
    for (const p of this.scope.params) this.scope.bound.add(p);
  }

  private defaultsAndAnnotations(a: Arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (p.annotation) this.expr(p.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
  }

  stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: Stmt): void {
    switch (s.type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        for (const d of s.decorator_list) this.expr(d);
        this.defaultsAndAnnotations(s.args);
        if (s.returns) this.expr(s.returns);
        this.bind(s.name);
        this.inScope(new Scope("function", s.name, this.scope, s.line), () => {
          this.args(s.args);
          this.stmts(s.body);
        });
        return;
      case "ClassDef":
        for (const d of s.decorator_list) this.expr(d);
        for (const e of s.bases) this.expr(e);
        for (const k of s.keywords) this.expr(k.value);
        this.bind(s.name);
        this.inScope(new Scope("class", s.name, this.scope, s.line), () => this.stmts(s.body));
        return;
      case "Return":
        if (s.value) this.expr(s.value);
        return;
      case "Delete":
        for (const t of s.targets) this.expr(t);
        return;
      case "Assign":
        this.expr(s.value);
        for (const t of s.targets) this.expr(t);
        return;
      case "AugAssign":
        this.expr(s.value);
        this.expr(s.target);
        if (s.target.type === "Name") this.use(s.target.id);
        return;
      case "AnnAssign":
        if (s.value) this.expr(s.value);
        if (s.target.type === "Name") this.bind(s.target.id);
        else this.expr(s.target);
        if (this.scope.kind !== "function") this.expr(s.annotation);
        return;
      case "For":
      case "AsyncFor":
        this.expr(s.iter);
        this.expr(s.target);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case "While":
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case "With":
      case "AsyncWith":
        for (const w of s.items) {
          this.expr(w.context_expr);
          if (w.optional_vars) this.expr(w.optional_vars);
        }
        this.stmts(s.body);
        return;
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case "Try":
        this.stmts(s.body);
        for (const h of s.handlers) this.handler(h);
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") continue;
          this.bind(a.asname ?? (s.type === "Import" ? a.name.split(".")[0] : a.name));
        }
        return;
      case "Global":
        for (const n of s.names) {
          if (this.scope.bound.has(n) || this.scope.used.has(n)) {
            const what = this.scope.params.includes(n) ? "is parameter and global" : this.scope.bound.has(n) ? "is assigned to before global declaration" : "is used prior to global declaration";
            throw new PySyntaxError(`name '${n}' ${what}`, "SyntaxError", s.line, s.col + 1);
          }
          this.scope.globals.add(mangle(this.scope.privateName, n));
        }
        return;
      case "Nonlocal":
        for (const n of s.names) {
          if (this.scope.kind === "module") throw new PySyntaxError("nonlocal declaration not allowed at module level", "SyntaxError", s.line, s.col + 1);
          if (this.scope.params.includes(n)) throw new PySyntaxError(`name '${n}' is parameter and nonlocal`, "SyntaxError", s.line, s.col + 1);
          this.scope.nonlocals.add(mangle(this.scope.privateName, n));
        }
        return;
      case "Expr":
        this.expr(s.value);
        return;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case "Pass":
      case "Break":
      case "Continue":
        return;
    }
  }

  private pattern(p: Pattern): void {
    switch (p.type) {
      case "MatchValue":
        this.expr(p.value);
        return;
      case "MatchSingleton":
        return;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern);
        if (p.name !== null) this.bind(p.name);
        return;
      case "MatchStar":
        if (p.name !== null) this.bind(p.name);
        return;
      case "MatchOr":
      case "MatchSequence":
        for (const x of p.patterns) this.pattern(x);
        return;
      case "MatchMapping":
        for (const k of p.keys) this.expr(k);
        for (const x of p.patterns) this.pattern(x);
        if (p.rest !== null) this.bind(p.rest);
        return;
      case "MatchClass":
        this.expr(p.cls);
        for (const x of [...p.patterns, ...p.kwd_patterns]) this.pattern(x);
        return;
    }
  }

  private handler(h: ExceptHandler): void {
    if (h.type) this.expr(h.type);
    if (h.name) this.bind(h.name);
    this.stmts(h.body);
  }

  private comprehension(kind: string, line: number, generators: Comprehension[], parts: Expr[]): void {
    const s = new Scope("function", kind, this.scope, line);
    s.isComprehension = true;
    if (kind === "genexpr") s.isGenerator = true;
    this.inScope(s, () => {
      this.scope.params.push(".0");
      this.bind(".0");
      generators.forEach((g, i) => {
        if (i > 0) this.expr(g.iter);
        this.expr(g.target);
        for (const c of g.ifs) this.expr(c);
      });
      for (const p of parts) this.expr(p);
    });
    // the first iterable is evaluated in the enclosing scope, after the compiler has made the comprehension's code
    // (the scopes of lambdas in it come after the comprehension's among the children, in the compiler's order)
    this.expr(generators[0].iter);
  }

  expr(e: Expr): void {
    switch (e.type) {
      case "Name":
        if (e.ctx === "Load") {
          this.use(e.id);
          if (e.id === "super" && this.scope.kind === "function") this.use("__class__");
        } else this.bind(e.id);
        return;
      case "BoolOp":
        for (const v of e.values) this.expr(v);
        return;
      case "NamedExpr": {
        this.expr(e.value);
        // a walrus in a comprehension binds in the enclosing function (or module)
        if (e.target.type === "Name" && this.scope.isComprehension) {
          let s: Scope = this.scope;
          while (s.isComprehension && s.parent) s = s.parent;
          s.bound.add(e.target.id);
          if (s.kind === "module") this.scope.globals.add(e.target.id);
          else this.scope.nonlocals.add(e.target.id);
          return;
        }
        this.expr(e.target);
        return;
      }
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        return;
      case "UnaryOp":
        this.expr(e.operand);
        return;
      case "Lambda":
        this.defaultsAndAnnotations(e.args);
        this.inScope(new Scope("function", "<lambda>", this.scope, e.line), () => {
          this.args(e.args);
          this.expr(e.body);
        });
        return;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case "Dict":
        e.keys.forEach((k, i) => {
          if (k) this.expr(k);
          this.expr(e.values[i]);
        });
        return;
      case "Set":
      case "List":
      case "Tuple":
        for (const x of e.elts) this.expr(x);
        return;
      case "ListComp":
        this.comprehension("listcomp", e.line, e.generators, [e.elt]);
        return;
      case "SetComp":
        this.comprehension("setcomp", e.line, e.generators, [e.elt]);
        return;
      case "GeneratorExp":
        this.comprehension("genexpr", e.line, e.generators, [e.elt]);
        return;
      case "DictComp":
        this.comprehension("dictcomp", e.line, e.generators, [e.key, e.value]);
        return;
      case "Await":
        this.expr(e.value);
        return;
      case "Yield":
        this.scope.isGenerator = true;
        if (e.value) this.expr(e.value);
        return;
      case "YieldFrom":
        this.scope.isGenerator = true;
        this.expr(e.value);
        return;
      case "Compare":
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        return;
      case "Call":
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case "Attribute":
        this.expr(e.value);
        return;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        return;
      case "Starred":
        this.expr(e.value);
        return;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        return;
      case "JoinedStr":
        for (const v of e.values) this.expr(v);
        return;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        return;
      case "Constant":
        return;
    }
  }
}

/**
 * Decides every name of `scope`: `enclosing` holds the names bound in the
 * enclosing function scopes (class bodies do not count, as in Python).
 * Returns the names free in the scope (which the enclosing scope must supply).
 */
function resolve(scope: Scope, enclosing: Set<string>): Set<string> {
  const sym = scope.symbols;
  for (const n of scope.globals) sym.set(n, "globalExplicit");
  for (const n of scope.nonlocals) {
    if (!enclosing.has(n)) throw new PySyntaxError(`no binding for nonlocal '${n}' found`, "SyntaxError", scope.line, 1);
    sym.set(n, "free");
  }
  for (const n of scope.bound) if (!sym.has(n)) sym.set(n, scope.kind === "module" ? "globalImplicit" : "local");
  const free = new Set<string>();
  for (const n of scope.nonlocals) free.add(n);
  for (const n of scope.used) {
    if (sym.has(n)) continue;
    if (scope.kind !== "module" && enclosing.has(n)) {
      sym.set(n, "free");
      free.add(n);
    } else if (n === "__class__" && scope.kind === "function" && enclosing.has("__class__")) {
      sym.set(n, "free");
      free.add(n);
    } else sym.set(n, "globalImplicit");
  }
  // the names a nested function may capture from here
  const inner = new Set(enclosing);
  if (scope.kind === "function") for (const [n, k] of sym) if (k === "local" || k === "free") inner.add(n);
  if (scope.kind === "class") inner.add("__class__");
  const cells = new Set<string>();
  for (const child of scope.children) {
    for (const n of resolve(child, inner)) {
      const k = sym.get(n);
      if (scope.kind === "class" && n === "__class__") {
        scope.needsClassCell = true;
        continue;
      }
      if (scope.kind === "function" && (k === "local" || k === "cell")) {
        sym.set(n, "cell");
        cells.add(n);
      } else if (k === "globalExplicit") {
        continue;
      } else {
        // a free variable of a child passes through this scope (a class body keeps its own local of that name too)
        if (k === undefined || k === "globalImplicit") sym.set(n, "free");
        free.add(n);
      }
    }
  }
  if (scope.needsClassCell) cells.add("__class__");
  scope.cellvars = [...cells].sort();
  scope.freevars = [...free].sort();
  return free;
}
