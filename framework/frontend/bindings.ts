// Local bindings as the flow graph sees them.  A plain local is an SSA
// variable of the builder; a boxed local (captured by a closure and shared
// by reference) is an SSA variable holding a cell, read with cell_get and
// written with cell_set; a binding captured from an enclosing function is
// read from the closure's environment (the `$env` parameter).
import { ts } from "ts-morph";
import { Block, Constant, type SourceLoc, type Value } from "../flow/model.ts";
import { GraphBuilder } from "./builder.ts";
import { ENV, type FunctionDesc } from "../flow/descriptors.ts";
import type { Frontend } from "./frontend.ts";
import { bindingKey, isNestedFunction, literalMethodOf, literalThisKey, type ClosureInfo, type NestedFunction } from "./closures.ts";

export { ENV };

export class BindingLowering {
  readonly b: GraphBuilder;
  /** Where exceptions raised here go: a catch/finally block, or null (propagate). */
  handler: Block | null = null;
  readonly checker: ts.TypeChecker;
  protected readonly closures: ClosureInfo;

  constructor(
    readonly fe: Frontend,
    readonly fn: FunctionDesc,
    readonly decl: ts.FunctionLikeDeclaration | null,
    params: string[],
  ) {
    this.checker = fe.checker;
    this.b = new GraphBuilder(fn.qualname, params, fn.loc);
    this.closures = fe.closures.closureInfoFor(decl ?? fn.cls?.decl ?? null);
  }

  loc(n: ts.Node): SourceLoc {
    return this.fe.loc(n);
  }

  /** The key of a local variable: unique per declaration (shadowing-safe). */
  localKey(decl: ts.Node): string {
    return bindingKey(decl);
  }

  isBoxed(key: string): boolean {
    return this.closures.boxed.has(key);
  }

  /** The raw value of a binding: the cell itself when boxed. */
  private raw(key: string, at: ts.Node | null): Value {
    if (this.decl && this.fn.kind === "closure" && key === bindingKey(this.decl)) return this.b.read(ENV); // its own name
    const i = this.fn.captures.indexOf(key);
    if (i >= 0) return this.b.emit("getcapture", [this.b.read(ENV), new Constant(this.fn), new Constant(i)], at ? this.loc(at) : null, key.split("@")[0]);
    return this.b.read(key);
  }

  readLocal(key: string, at: ts.Node | null): Value {
    const v = this.raw(key, at);
    return this.isBoxed(key) ? this.b.emit("cell_get", [v], at ? this.loc(at) : null, key.split("@")[0]) : v;
  }

  writeLocal(key: string, v: Value, at: ts.Node | null): void {
    if (this.isBoxed(key)) this.b.emit("cell_set", [this.raw(key, at), v], at ? this.loc(at) : null, "_");
    else this.b.write(key, v);
  }

  /** `this`: the method's own, or the enclosing one captured by an arrow; in an object literal's method, the object. */
  readThis(at: ts.Node | null): Value {
    const m = at && literalMethodOf(at);
    if (m) {
      const key = literalThisKey(m.parent);
      // (a literal module-level code made: that object; one made at run time: the cell its methods captured)
      return this.fn.captures.includes(key) ? this.readLocal(key, at) : this.fe.initLiteralObject(m.parent, at!);
    }
    return this.fn.captures.includes("this") ? this.raw("this", at) : this.b.read("this");
  }

  /** Boxed parameters get their cell at function entry. */
  boxParameters(): void {
    if (!this.decl) return;
    for (const p of this.decl.parameters) {
      const key = this.localKey(p);
      if (!this.isBoxed(key)) continue;
      const cell = this.b.emit("newcell", [], this.loc(p), "cell");
      this.b.emit("cell_set", [cell, this.b.read(key)], this.loc(p), "_");
      this.b.write(key, cell);
    }
  }

  /**
   * Entering a scope: boxed bindings declared in it get their cell now (a
   * closure may capture them before their declaration runs), then nested
   * function declarations are created (they are hoisted).
   */
  enterScope(statements: readonly ts.Statement[]): void {
    const fns: ts.FunctionDeclaration[] = [];
    for (const s of statements) {
      if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) this.newCells(d.name, d);
      else if (ts.isFunctionDeclaration(s) && isNestedFunction(s)) {
        fns.push(s);
        if (this.isBoxed(this.localKey(s))) this.b.write(this.localKey(s), this.b.emit("newcell", [], this.loc(s), "cell"));
      }
    }
    for (const f of fns) this.writeLocal(this.localKey(f), this.makeClosure(f), f);
  }

  /** Fresh cells for the boxed names a declaration binds. */
  newCells(name: ts.BindingName, decl: ts.Node): void {
    if (ts.isIdentifier(name)) {
      const key = this.localKey(decl);
      if (this.isBoxed(key)) this.b.write(key, this.b.emit("newcell", [], this.loc(decl), "cell"));
      return;
    }
    for (const el of name.elements) if (ts.isBindingElement(el)) this.newCells(el.name, el);
  }

  /** A copy of the cell of each boxed binding (for-loop variables get a fresh binding per iteration). */
  renewCells(keys: string[], at: ts.Node): void {
    for (const key of keys) {
      if (!this.isBoxed(key)) continue;
      const old = this.b.emit("cell_get", [this.b.read(key)], this.loc(at), "v");
      const cell = this.b.emit("newcell", [], this.loc(at), "cell");
      this.b.emit("cell_set", [cell, old], this.loc(at), "_");
      this.b.write(key, cell);
    }
  }

  /** Allocates the closure object of a nested function with what it captures. */
  makeClosure(n: NestedFunction): Value {
    const desc = this.fe.closures.closureFor(n, this.fn);
    const captured = desc.captures.map((key) => (key === "this" ? this.readThis(n) : this.raw(key, n)));
    return this.b.emit("make_closure", [new Constant(desc), ...captured], this.loc(n), "fn");
  }
}

