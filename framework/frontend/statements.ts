// Lowering of statements and whole function bodies (functions, methods,
// constructors) into flow graphs.  Control flow becomes blocks and links;
// try/finally is lowered by copying the finally body onto every exit path.
import { ts } from "ts-morph";
import { Block, Constant, type FunctionGraph, type Value } from "../flow/model.ts";
import { CallLowering } from "./calls.ts";
import { GIVEN, REST, type ClassDesc, type FunctionDesc } from "../flow/descriptors.ts";
import type { Frontend } from "./frontend.ts";
import { M } from "../diagnostics/messages.ts";
import { ENV } from "./bindings.ts";
import { isNestedFunction } from "./closures.ts";
import { generatorLoop } from "./generators.ts";

const K = ts.SyntaxKind;

interface JumpTarget {
  label: string | null;
  breakTo: Block;
  continueTo: Block | null; // null for switch
  finallyDepth: number;
  handler: Block | null;
}

interface FinallyFrame {
  body: ts.Block;
  handler: Block | null; // the handler in force outside the try
}

export class FunctionLowering extends CallLowering {
  private targets: JumpTarget[] = [];
  private finallies: FinallyFrame[] = [];
  private pendingLabel: string | null = null;

  constructor(fe: Frontend, fn: FunctionDesc) {
    const params = fn.kind === "function" ? fn.params : fn.kind === "closure" ? [ENV, ...fn.params] : ["this", ...fn.params];
    super(fe, fn, fn.decl, fn.optional ? [...params, GIVEN] : params);
  }

  build(): FunctionGraph {
    const decl = this.fn.decl;
    if (this.fn.optional) this.defaultParameters();
    if (this.fn.restFrom >= 0) this.restParameters();
    this.boxParameters();
    // `([k, v]) => ...`, `function f([a, b]: [number, string])`: the parts become locals
    for (const p of decl?.parameters ?? []) {
      if (!ts.isIdentifier(p.name)) this.bindPattern(p.name, this.b.read(this.localKey(p)), p.name as unknown as ts.Expression, true);
    }
    if (this.fn.kind === "ctor") this.constructorPrologue();
    // a generator's body runs from here when resumed the first time (generators.ts)
    if (decl?.asteriskToken) this.b.emit("generator_start", [], this.loc(decl), "_");
    if (decl && decl.body) {
      if (ts.isBlock(decl.body)) this.block(decl.body.statements);
      else {
        // arrow function with an expression body
        const v = this.expr(decl.body);
        this.b.ret(this.voidResult ? new Constant(undefined) : v);
      }
    }
    if (this.b.reachable) this.b.ret(new Constant(undefined)); // falling off the end returns undefined
    const g = this.b.finish();
    g.func = this.fn;
    return g;
  }

  /**
   * A closure used where a function returning void is expected discards its
   * result (`xs.forEach((x) => out.push(x))`), as JavaScript callers ignore it.
   */
  private get voidResult(): boolean {
    const d = this.decl;
    if (this.fn.kind !== "closure" || !d || !(ts.isArrowFunction(d) || ts.isFunctionExpression(d)) || d.type) return false;
    const ctx = this.checker.getContextualType(d);
    const sigs = ctx ? this.checker.getNonNullableType(ctx).getCallSignatures() : [];
    return sigs.length > 0 && sigs.every((sg) => !!(sg.getReturnType().flags & ts.TypeFlags.Void));
  }

  /**
   * A closure called through a rest-typed function type: its parameters
   * from restFrom on are the items of the array passed; a rest parameter of
   * its own after restFrom is the items from there on (a copy), one before
   * gathers the arguments from there and all the items.
   */
  private restParameters(): void {
    const rest = this.b.read(REST);
    const k = this.fn.restFrom;
    this.decl!.parameters.forEach((p, i) => {
      if (p.dotDotDotToken) {
        let own: Value;
        if (i >= k) own = this.b.emit("call_method", [rest, new Constant("slice"), new Constant(i - k)], this.loc(p), "rest");
        else {
          own = this.b.emit("newlist", this.fn.params.slice(i, k).map((name) => this.b.read(name)), this.loc(p), "rest");
          this.b.emit("simple_call", [new Constant(this.fe.arrayHelper("spreadArray", "rts/rlib/iteration")), own, rest], this.loc(p), "_");
        }
        this.b.write(this.localKey(p), own);
      } else if (i >= k) {
        // (an argument not passed is past the end of the array: undefined, as in JavaScript)
        this.b.write(this.localKey(p), this.b.emit("getitem_opt", [rest, new Constant(i - k)], this.loc(p), "arg"));
      }
    });
  }

  /**
   * Parameters the caller did not pass (bit clear in $given) are undefined;
   * a parameter with a default gets it then, and also when the argument
   * passed is undefined (as in JavaScript).
   */
  private defaultParameters(): void {
    this.decl!.parameters.forEach((p, i) => {
      if (!p.questionToken && !p.initializer) return;
      const key = this.localKey(p);
      const bit = this.b.emit("and", [this.b.read(GIVEN), new Constant(1 << i)], this.loc(p), "bit");
      const missing = this.b.emit("eq", [bit, new Constant(0)], this.loc(p), "missing");
      const useDefault = this.b.newBlock();
      const after = this.b.newBlock();
      if (p.initializer) {
        const passed = this.b.newBlock();
        this.b.branch(missing, useDefault, passed);
        this.b.startBlock(passed);
        const isUndefined = this.b.emit("eq", [this.b.read(key), new Constant(undefined)], this.loc(p), "isundef");
        this.b.branch(isUndefined, useDefault, after);
      } else this.b.branch(missing, useDefault, after);
      this.b.startBlock(useDefault);
      this.b.write(key, p.initializer ? this.expr(p.initializer) : new Constant(undefined));
      this.b.goto(after);
      this.b.startBlock(after);
    });
  }

  // ---- constructors -------------------------------------------------------

  private constructorPrologue(): void {
    const cls = this.fn.cls!;
    const decl = this.fn.decl as ts.ConstructorDeclaration | null;
    if (!decl) {
      // implicit constructor: forward all arguments to the base constructor
      if (cls.declaredBase) {
        const baseCtor = this.fe.constructorOf(cls.declaredBase);
        const args = this.fn.params.map((p) => this.b.read(p));
        this.op("simple_call", [new Constant(baseCtor), this.readThis(null), ...args], null, "_");
      }
      this.initFields(cls);
      return;
    }
    if (!cls.declaredBase) this.initFields(cls);
  }

  override afterSuper(): void {
    this.initFields(this.fn.cls!);
  }

  /** Parameter properties, then field initializers, in declaration order. */
  private initFields(cls: ClassDesc): void {
    const self = this.readThis(null);
    const ctor = this.fn.decl as ts.ConstructorDeclaration | null;
    if (ctor) {
      for (const p of ctor.parameters) {
        if (ts.getModifiers(p)?.some((m) => m.kind === K.PublicKeyword || m.kind === K.PrivateKeyword || m.kind === K.ProtectedKeyword || m.kind === K.ReadonlyKeyword)) {
          const name = p.name.getText();
          this.b.emit("setattr", [self, new Constant(name), this.readLocal(this.localKey(p), p)], this.loc(p), "_");
        }
      }
    }
    for (const f of cls.initialized) {
      // a field without initializer starts as undefined, which only a field whose type admits it can observe
      if (!f.initializer && !(f.declaredType && this.fe.types.isUndefinable(f.declaredType))) continue;
      this.b.emit("setattr", [self, new Constant(f.name), f.initializer ? this.expr(f.initializer) : new Constant(undefined)], f.loc, "_");
    }
  }

  // ---- statements ---------------------------------------------------------
  /** A block scope: its boxed bindings and nested functions are created first. */
  block(list: readonly ts.Statement[]): void {
    if (!this.b.reachable) return;
    this.enterScope(list);
    this.statements(list);
  }

  statements(list: ts.NodeArray<ts.Statement> | readonly ts.Statement[]): void {
    for (const s of list) {
      if (!this.b.reachable) return; // dead code after return/throw/break
      this.statement(s);
    }
  }

  statement(s: ts.Statement): void {
    switch (s.kind) {
      case K.Block:
        return this.block((s as ts.Block).statements);
      case K.EmptyStatement:
        return;
      case K.ExpressionStatement: {
        const e = (s as ts.ExpressionStatement).expression;
        if (ts.isYieldExpression(e)) return this.yieldStatement(e);
        this.expr(e);
        return;
      }
      case K.VariableStatement:
        return this.variableList((s as ts.VariableStatement).declarationList);
      case K.IfStatement:
        return this.ifStatement(s as ts.IfStatement);
      case K.WhileStatement:
        return this.whileStatement(s as ts.WhileStatement);
      case K.DoStatement:
        return this.doStatement(s as ts.DoStatement);
      case K.ForStatement:
        return this.forStatement(s as ts.ForStatement);
      case K.ForOfStatement:
        return this.forOf(s as ts.ForOfStatement);
      case K.SwitchStatement:
        return this.switchStatement(s as ts.SwitchStatement);
      case K.BreakStatement:
      case K.ContinueStatement:
        return this.jump(s as ts.BreakOrContinueStatement);
      case K.LabeledStatement: {
        const ls = s as ts.LabeledStatement;
        const isLoop = [K.WhileStatement, K.DoStatement, K.ForStatement, K.ForOfStatement].includes(ls.statement.kind);
        if (!isLoop) this.fail(ls, M.labelNonLoop);
        this.pendingLabel = ls.label.text;
        return this.statement(ls.statement);
      }
      case K.ReturnStatement: {
        const rs = s as ts.ReturnStatement;
        let v: Value = rs.expression ? this.expr(rs.expression) : new Constant(undefined);
        if (this.voidResult) v = new Constant(undefined);
        this.runFinallies(0);
        if (this.b.reachable) this.b.ret(v);
        return;
      }
      case K.ThrowStatement: {
        const v = this.expr((s as ts.ThrowStatement).expression);
        this.b.emit("checkexc", [v], this.loc(s), "_");
        this.b.raise(v, this.handler);
        return;
      }
      case K.TryStatement:
        return this.tryStatement(s as ts.TryStatement);
      case K.FunctionDeclaration:
        if (isNestedFunction(s)) return; // created on entry to its block (hoisting)
        return this.fail(s, M.nestedFunction);
      case K.ClassDeclaration:
        return this.fail(s, M.nestedClass);
      case K.EnumDeclaration: {
        // a local enum of constants: its members are read as the constants they are (Mark.Done)
        const members = (s as ts.EnumDeclaration).members;
        if (members.every((m) => this.checker.getConstantValue(m) !== undefined)) return;
        return this.fe.unsupportedStatement(s);
      }
      case K.TypeAliasDeclaration:
      case K.InterfaceDeclaration:
        return; // types only
      default:
        return this.fe.unsupportedStatement(s);
    }
  }

  private variableList(list: ts.VariableDeclarationList): void {
    if (!(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) this.fail(list, M.varKeyword);
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) {
        if (!d.initializer) this.fail(d.name, M.destructuring);
        if (ts.isArrayBindingPattern(d.name) && ts.isArrayLiteralExpression(d.initializer) && !d.initializer.elements.some((x) => ts.isSpreadElement(x))) {
          // const [a, b] = [x, y]: no array needed
          const vals = d.initializer.elements.map((x) => this.expr(x));
          d.name.elements.forEach((el, i) => {
            if (!ts.isBindingElement(el)) return;
            if (el.dotDotDotToken) {
              // `const [a, ...rest] = [x, y, z]`: the rest is an array of the items left
              this.bindPattern(el.name, this.op("newlist", vals.slice(i), el, "rest"), null, false);
              return;
            }
            const v = i < vals.length ? vals[i] : new Constant(undefined);
            this.bindPattern(el.name, el.initializer ? this.withDefault(v, el.initializer) : v, null, false);
          });
          continue;
        }
        this.bindPattern(d.name, this.expr(d.initializer), d.name as unknown as ts.Expression, false);
        continue;
      }
      if (!d.initializer && this.isBoxed(this.localKey(d))) continue; // the fresh cell is the undefined value
      const v = d.initializer ? this.expr(d.initializer) : new Constant(undefined);
      this.writeLocal(this.localKey(d), v, d);
    }
  }

  private ifStatement(s: ts.IfStatement): void {
    const c = this.cond(s.expression);
    const bt = this.b.newBlock();
    const bf = this.b.newBlock();
    const after = this.b.newBlock();
    this.b.branch(c, bt, bf);
    this.b.startBlock(bt);
    this.statement(s.thenStatement);
    this.b.goto(after);
    this.b.startBlock(bf);
    if (s.elseStatement) this.statement(s.elseStatement);
    this.b.goto(after);
    this.finishAt(after);
  }

  private takeLabel(): string | null {
    const l = this.pendingLabel;
    this.pendingLabel = null;
    return l;
  }

  private loop(label: string | null, breakTo: Block, continueTo: Block, body: () => void): void {
    this.targets.push({ label, breakTo, continueTo, finallyDepth: this.finallies.length, handler: this.handler });
    body();
    this.targets.pop();
  }

  private finishAt(after: Block): void {
    this.b.block = this.b.hasPreds(after) ? after : null;
  }

  private whileStatement(s: ts.WhileStatement): void {
    const label = this.takeLabel();
    const head = this.b.newBlock();
    const body = this.b.newBlock();
    const after = this.b.newBlock();
    this.b.goto(head);
    this.b.startBlock(head);
    this.b.branch(this.cond(s.expression), body, after);
    this.b.startBlock(body);
    this.loop(label, after, head, () => this.statement(s.statement));
    this.b.goto(head);
    this.finishAt(after);
  }

  private doStatement(s: ts.DoStatement): void {
    const label = this.takeLabel();
    const body = this.b.newBlock();
    const test = this.b.newBlock();
    const after = this.b.newBlock();
    this.b.goto(body);
    this.b.startBlock(body);
    this.loop(label, after, test, () => this.statement(s.statement));
    this.b.goto(test);
    if (this.b.hasPreds(test)) {
      this.b.startBlock(test);
      this.b.branch(this.cond(s.expression), body, after);
    }
    this.finishAt(after);
  }

  private forStatement(s: ts.ForStatement): void {
    const label = this.takeLabel();
    const perIteration: string[] = [];
    if (s.initializer) {
      if (ts.isVariableDeclarationList(s.initializer)) {
        for (const d of s.initializer.declarations) {
          this.newCells(d.name, d);
          perIteration.push(this.localKey(d));
        }
        this.variableList(s.initializer);
      } else this.expr(s.initializer);
    }
    const head = this.b.newBlock();
    const body = this.b.newBlock();
    const step = this.b.newBlock();
    const after = this.b.newBlock();
    this.b.goto(head);
    this.b.startBlock(head);
    if (s.condition) this.b.branch(this.cond(s.condition), body, after);
    else this.b.goto(body);
    this.b.startBlock(body);
    this.loop(label, after, step, () => this.statement(s.statement));
    this.b.goto(step);
    if (this.b.hasPreds(step)) {
      this.b.startBlock(step);
      // `let` loop variables are a new binding per iteration (closures see their own)
      this.renewCells(perIteration, s);
      if (s.incrementor) this.expr(s.incrementor);
      this.b.goto(head);
    }
    this.finishAt(after);
  }

  /** for-of over arrays (by index, re-reading the length) and Maps/Sets (by entry position). */
  private forOf(s: ts.ForOfStatement): void {
    const label = this.takeLabel();
    const list = s.initializer;
    if (!ts.isVariableDeclarationList(list) || list.declarations.length !== 1) this.fail(s.initializer, M.forOfTarget);
    const decl = list.declarations[0];
    const gen = this.generatorOf(s.expression);
    if (gen) {
      const { head, after, item } = generatorLoop(this.b, (name, args, hint) => this.op(name, args, s.expression, hint), gen);
      this.bindPattern(decl.name, item(), decl.name as unknown as ts.Expression, true);
      this.loop(label, after, head, () => this.statement(s.statement));
      this.b.goto(head);
      return this.finishAt(after);
    }
    // a string: its code points, as `[...s]` has them
    const isString = this.fe.types.primitiveKind(this.checker.getTypeAtLocation(s.expression), this.fn.typeEnv) === "string";
    const iterKind = isString ? { kind: "array" as const, via: false } : this.fe.types.iterationKind(s.expression);
    let source = s.expression;
    if (iterKind.via) source = (s.expression as ts.CallExpression).expression as ts.Expression;
    const collExpr = iterKind.via ? (source as ts.PropertyAccessExpression).expression : source;
    const coll = isString ? this.codePoints(s.expression) : this.asArray(this.expr(collExpr), collExpr);
    // arrays: the loop state is an index; maps and sets: a position in an
    // entries array, and that array (rts/rlib/maps mapIterNext)
    const posKey = `$pos@${s.pos}`;
    const itKey = `$it@${s.pos}`;
    this.b.write(posKey, new Constant(0));
    if (iterKind.kind !== "array") this.b.write(itKey, this.b.emit("map_iter", [coll], this.loc(s.expression), "it"));
    const head = this.b.newBlock();
    const body = this.b.newBlock();
    const step = this.b.newBlock();
    const after = this.b.newBlock();
    this.b.goto(head);
    this.b.startBlock(head);
    if (iterKind.kind === "array") {
      const pos = this.b.read(posKey);
      const len = this.b.emit("getattr", [coll, new Constant("length")], this.loc(s.expression), "len");
      const more = this.b.emit("lt", [pos, len], this.loc(s), "c");
      this.b.branch(more, body, after);
      this.b.startBlock(body);
      const item = this.narrowedItem(collExpr, this.b.emit("getitem", [coll, this.b.read(posKey)], this.loc(s.expression), "item"));
      this.bindPattern(decl.name, item, decl.name as unknown as ts.Expression, true);
    } else {
      const next = this.b.emit("map_iter_next", [coll, this.b.read(itKey), this.b.read(posKey)], this.loc(s), "pos");
      this.b.write(posKey, next);
      this.b.write(itKey, this.b.emit("map_iter", [coll], this.loc(s.expression), "it"));
      this.b.branch(this.b.emit("ge", [next, new Constant(0)], this.loc(s), "c"), body, after);
      this.b.startBlock(body);
      const at = this.b.read(itKey);
      const want = iterKind.kind;
      if (want === "entries") {
        if (!ts.isArrayBindingPattern(decl.name) || decl.name.elements.length !== 2) this.fail(decl.name, M.forOfEntries);
        const [ek, ev] = decl.name.elements;
        if (ts.isBindingElement(ek)) this.bindPattern(ek.name, this.b.emit("map_entry_key", [at, this.b.read(posKey)], this.loc(ek), "k"), ek.name as unknown as ts.Expression, true);
        if (ts.isBindingElement(ev)) this.bindPattern(ev.name, this.b.emit("map_entry_value", [at, this.b.read(posKey)], this.loc(ev), "v"), ev.name as unknown as ts.Expression, true);
      } else {
        if (!ts.isIdentifier(decl.name)) this.fail(decl.name, M.destructuring);
        const op = want === "keys" ? "map_entry_key" : "map_entry_value";
        this.newCells(decl.name, decl);
        this.writeLocal(this.localKey(decl), this.b.emit(op, [at, this.b.read(posKey)], this.loc(decl), "x"), decl);
      }
    }
    this.loop(label, after, step, () => this.statement(s.statement));
    this.b.goto(step);
    if (this.b.hasPreds(step)) {
      this.b.startBlock(step);
      this.b.write(posKey, this.b.emit("add", [this.b.read(posKey), new Constant(1)], this.loc(s), "pos"));
      this.b.goto(head);
    }
    this.finishAt(after);
  }

  /**
   * An item of `for (const x of xs)` where TypeScript narrowed xs itself
   * (after `xs.every((x) => x.type === "Constant")`, an inferred type
   * predicate, xs is `Constant[]`): narrowed to the record shapes TypeScript
   * says, as a narrowed variable is — else the annotator reads its fields
   * through every shape of the declared item type.
   */
  private narrowedItem(xs: ts.Expression, item: Value): Value {
    const c = this.checker;
    const sym = c.getSymbolAtLocation(ts.isPropertyAccessExpression(xs) ? xs.name : xs);
    const decl = sym?.valueDeclaration;
    if (!decl) return item;
    const here = c.getNonNullableType(c.getTypeAtLocation(xs));
    const declared = c.getNonNullableType(c.getTypeOfSymbolAtLocation(sym!, decl));
    if (here === declared || !c.isArrayType(here) || !c.isArrayType(declared)) return item;
    const hereItem = c.getIndexTypeOfType(here, ts.IndexKind.Number);
    const declaredItem = c.getIndexTypeOfType(declared, ts.IndexKind.Number);
    if (!hereItem || !declaredItem || hereItem === declaredItem) return item;
    const shape = this.fe.records.shapeTest(hereItem, declaredItem);
    return shape ? this.b.emit("narrow_shape", [item, new Constant(shape)], this.loc(xs), "nn") : item;
  }

  /**
   * `yield v;` and `yield* iterable;` in a generator function: a
   * yield_value operation per value, which generators.ts turns into a
   * return from resume() and a resume point.
   */
  private yieldStatement(e: ts.YieldExpression): void {
    if (this.finallies.length > 0) this.fail(e, M.yieldInFinally);
    const yieldValue = (v: Value): void => void this.b.emit("yield_value", [v], this.loc(e), "_");
    if (!e.asteriskToken) return yieldValue(e.expression ? this.expr(e.expression) : new Constant(undefined));
    const source = e.expression!;
    const gen = this.generatorOf(source);
    if (gen) {
      const { head, after, item } = generatorLoop(this.b, (name, args, hint) => this.op(name, args, e, hint), gen);
      yieldValue(item());
      this.b.goto(head);
      return this.finishAt(after);
    }
    // any other iterable: its items as spread has them, then one yield each
    const items = this.b.emit("newlist", [], this.loc(e), "items");
    this.pushItems(items, source, e);
    const pos = `$yield@${e.pos}`;
    this.b.write(pos, new Constant(0));
    const head = this.b.newBlock();
    const body = this.b.newBlock();
    const after = this.b.newBlock();
    this.b.goto(head);
    this.b.startBlock(head);
    const len = this.b.emit("getattr", [items, new Constant("length")], this.loc(e), "len");
    this.b.branch(this.b.emit("lt", [this.b.read(pos), len], this.loc(e), "c"), body, after);
    this.b.startBlock(body);
    yieldValue(this.op("getitem", [items, this.b.read(pos)], e, "item"));
    this.b.write(pos, this.b.emit("add", [this.b.read(pos), new Constant(1)], this.loc(e), "pos"));
    this.b.goto(head);
    this.finishAt(after);
  }

  private switchStatement(s: ts.SwitchStatement): void {
    const disc = this.expr(s.expression);
    this.enterScope(s.caseBlock.clauses.flatMap((c) => [...c.statements]));
    const after = this.b.newBlock();
    const clauses = s.caseBlock.clauses;
    const bodies = clauses.map(() => this.b.newBlock());
    let defaultIdx = -1;
    clauses.forEach((c, i) => {
      if (ts.isDefaultClause(c)) {
        defaultIdx = i;
        return;
      }
      const eq = this.b.emit("eq", [disc, this.expr(c.expression)], this.loc(c), "c");
      const next = this.b.newBlock();
      this.b.branch(eq, bodies[i], next);
      this.b.startBlock(next);
    });
    this.b.goto(defaultIdx >= 0 ? bodies[defaultIdx] : after);
    this.targets.push({ label: null, breakTo: after, continueTo: null, finallyDepth: this.finallies.length, handler: this.handler });
    clauses.forEach((c, i) => {
      this.b.block = this.b.hasPreds(bodies[i]) ? bodies[i] : null;
      if (!this.b.block) return;
      this.statements(c.statements);
      this.b.goto(i + 1 < bodies.length ? bodies[i + 1] : after);
    });
    this.targets.pop();
    this.finishAt(after);
  }

  private jump(s: ts.BreakOrContinueStatement): void {
    const isBreak = s.kind === K.BreakStatement;
    const label = s.label?.text ?? null;
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      if (label !== null ? t.label !== label : !isBreak && t.continueTo === null) continue;
      const dest = isBreak ? t.breakTo : t.continueTo;
      if (!dest) this.fail(s, M.continueInSwitch);
      this.runFinallies(t.finallyDepth);
      this.b.goto(dest);
      return;
    }
    this.fail(s, M.jumpTarget);
  }

  /** Copies the bodies of the enclosing finally blocks, innermost first, down to `depth`. */
  private runFinallies(depth: number): void {
    const saved = this.finallies;
    const savedHandler = this.handler;
    for (let i = saved.length - 1; i >= depth && this.b.reachable; i--) {
      this.finallies = saved.slice(0, i);
      this.handler = saved[i].handler;
      this.block(saved[i].body.statements);
    }
    this.finallies = saved;
    this.handler = savedHandler;
  }

  private tryStatement(s: ts.TryStatement): void {
    const outer = this.handler;
    const after = this.b.newBlock();
    const finallyExc = s.finallyBlock ? this.b.newBlock(1, "exc") : null;
    const catchBlock = s.catchClause ? this.b.newBlock(1, "exc") : null;
    if (s.finallyBlock) this.finallies.push({ body: s.finallyBlock, handler: outer });
    // try body
    this.handler = catchBlock ?? finallyExc;
    this.block(s.tryBlock.statements);
    this.handler = outer;
    const normalExit = (): void => {
      if (!this.b.reachable) return;
      if (s.finallyBlock) {
        const saved = this.finallies.pop()!;
        this.block(s.finallyBlock.statements);
        this.finallies.push(saved);
      }
      this.b.goto(after);
    };
    normalExit();
    // catch clause
    if (catchBlock && s.catchClause && this.b.hasPreds(catchBlock)) {
      this.b.startBlock(catchBlock);
      const v = s.catchClause.variableDeclaration;
      if (v) {
        if (!ts.isIdentifier(v.name)) this.fail(v.name, M.destructuring);
        this.newCells(v.name, v);
        this.writeLocal(this.localKey(v), this.b.fixedArgs(catchBlock)[0], v);
      }
      this.handler = finallyExc ?? outer;
      this.block(s.catchClause.block.statements);
      this.handler = outer;
      normalExit();
    }
    if (s.finallyBlock) this.finallies.pop();
    // finally on the exception path: run it, then re-raise
    if (finallyExc && s.finallyBlock && this.b.hasPreds(finallyExc)) {
      this.b.startBlock(finallyExc);
      this.block(s.finallyBlock.statements);
      if (this.b.reachable) this.b.raise(this.b.fixedArgs(finallyExc)[0], outer);
    }
    this.finishAt(after);
  }
}
