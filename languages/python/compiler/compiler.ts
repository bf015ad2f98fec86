// The compiler's statements and entry point: a module's AST to its code
// object.  `try`, `with` and `finally` become protected ranges in the
// exception table (CPython 3.11's scheme); a `break`, `continue` or `return`
// leaving them runs what they must run on the way out (a finally body copied
// in place, a context manager's __exit__, a handler's exception state
// restored) with the ranges it leaves suspended meanwhile.
import type { ExceptHandler, Expr, Stmt, WithItem } from "../ast.ts";
import { Op, type Code } from "../code.ts";
import { pyStr } from "../objects/model.ts";
import { binaryOpOf } from "./expressions.ts";
import { PatternCompiler } from "./match.ts";
import { buildSymtable } from "./symtable.ts";
import { Label, Unit, type Protection } from "./unit.ts";

/** A block a jump out of must unwind: loops, finally bodies, exception handlers, with statements. */
interface Block {
  kind: "loop" | "finally" | "handler" | "finallyEnd" | "handlerName" | "with";
  /** The protection count when the block began: leaving it suspends the ranges from there. */
  protections: number;
  forLoop: boolean;
  cont: Label | null;
  brk: Label | null;
  body: Stmt[];
  name: string;
}

function block(kind: Block["kind"], protections: number): Block {
  return { kind, protections, forLoop: false, cont: null, brk: null, body: [], name: "" };
}

export class Compiler extends PatternCompiler {
  private blocks: Block[] = [];

  private readonly outerBlocks: Block[][] = [];

  protected enterUnit(): void {
    this.outerBlocks.push(this.blocks);
    this.blocks = [];
  }

  protected exitUnit(): void {
    this.blocks = this.outerBlocks.pop()!;
  }

  /** Compiling for the interactive prompt ("single" mode): a module-level expression statement prints its value (PRINT_EXPR). */
  private interactive = false;

  /** The code object of eval()'s expression: it returns the expression's value. */
  compileExpression(e: Expr): Code {
    this.u = new Unit(buildSymtable([{ type: "Expr", value: e, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol }]), "<module>", "<module>", 1);
    this.u.line = e.line;
    this.expr(e);
    this.emit(Op.RETURN_VALUE);
    return this.u.finish(this.filename, 0, 0, 0, 0);
  }

  /** The code object of a statement typed at the interactive prompt. */
  compileInteractive(body: Stmt[]): Code {
    this.interactive = true;
    return this.compileModule(body);
  }

  /** The code object of a module. */
  compileModule(body: Stmt[]): Code {
    const top = buildSymtable(body);
    this.u = new Unit(top, "<module>", "<module>", 1);
    this.blocks = [];
    const saved = this.blocks;
    if (hasAnnotations(body)) this.emit(Op.SETUP_ANNOTATIONS);
    const doc = this.interactive ? null : docstring(body);
    if (doc !== null) {
      this.u.line = body[0].line ?? this.u.line;
      this.loadConst({ t: "str", value: doc });
      this.nameOp("__doc__", "Store");
    }
    this.statements(doc !== null ? body.slice(1) : body);
    this.blocks = saved;
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
    return this.u.finish(this.filename, 0, 0, 0, 0);
  }

  private statements(body: Stmt[]): void {
    for (const s of body) this.statement(s);
  }

  protected statementsOf(body: Stmt[]): void {
    this.statements(body);
  }

  private statement(s: Stmt): void {
    this.u.line = s.line ?? this.u.line;
    switch (s.type) {
      case "Expr":
        this.expr(s.value);
        this.emit(this.interactive && this.outerBlocks.length === 0 ? Op.PRINT_EXPR : Op.POP_TOP);
        return;
      case "Assign":
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(Op.DUP_TOP);
          this.store(t);
        });
        return;
      case "AugAssign":
        this.augAssign(s.target, s.op, s.value);
        return;
      case "AnnAssign":
        if (s.value) {
          this.expr(s.value);
          this.store(s.target);
        }
        if (s.target.type === "Name" && s.simple === 1 && this.u.scope.kind !== "function") {
          this.expr(s.annotation);
          this.nameOp("__annotations__", "Load");
          this.loadConst({ t: "str", value: s.target.id });
          this.emit(Op.STORE_SUBSCR);
        }
        return;
      case "Delete":
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case "Pass":
        return;
      case "If": {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(s.test, false, orelse);
        this.statements(s.body);
        if (s.orelse.length > 0) this.u.jump(Op.JUMP, end);
        this.u.bind(orelse);
        this.statements(s.orelse);
        this.u.bind(end);
        return;
      }
      case "While":
        this.whileLoop(s.test, s.body, s.orelse);
        return;
      case "For":
        this.forLoop(s.target, s.iter, s.body, s.orelse);
        return;
      case "Break":
      case "Continue":
        this.breakOrContinue(s);
        return;
      case "Return":
        if (this.u.scope.kind !== "function") this.fail(s, "'return' outside function");
        if (s.value) this.expr(s.value);
        else this.loadNone();
        this.unwind(0, true);
        this.u.line = s.line ?? this.u.line;
        this.emit(Op.RETURN_VALUE);
        this.resumeAfterExit();
        return;
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        this.u.line = s.line ?? this.u.line;
        this.emit(Op.RAISE_VARARGS, s.cause ? 2 : s.exc ? 1 : 0);
        return;
      case "Assert": {
        const end = new Label();
        this.jumpIf(s.test, true, end);
        this.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          this.emit(Op.CALL, 1);
        }
        this.u.line = s.line ?? this.u.line;
        this.emit(Op.RAISE_VARARGS, 1);
        this.u.bind(end);
        return;
      }
      case "Try":
        if (s.finalbody.length > 0) this.tryFinally(s.body, s.handlers, s.orelse, s.finalbody);
        else this.tryExcept(s.body, s.handlers, s.orelse);
        return;
      case "With":
        this.withItems(s.items, 0, s.body, this.u.line);
        return;
      case "FunctionDef": {
        for (const d of s.decorator_list) this.expr(d);
        this.u.line = s.line ?? this.u.line;
        const doc = docstring(s.body);
        this.makeFunction(s.name, s.args, s.line, (self) => {
          self.functionBody(doc !== null ? s.body.slice(1) : s.body);
        }, false, doc !== null ? pyStr(doc) : null, s.returns);
        for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 1);
        this.nameOp(s.name, "Store");
        return;
      }
      case "ClassDef":
        this.classDef(s);
        return;
      case "Import":
        for (const a of s.names) {
          this.loadConst({ t: "int", digits: "0" });
          this.loadConst(a.asname !== null && a.name.includes(".") ? { t: "bool", value: true } : { t: "None" });
          this.emit(Op.IMPORT_NAME, this.u.nameIndex(a.name));
          this.nameOp(a.asname ?? a.name.split(".")[0], "Store");
        }
        return;
      case "ImportFrom": {
        this.loadConst({ t: "int", digits: String(s.level) });
        this.loadConst({ t: "bool", value: true });
        this.emit(Op.IMPORT_NAME, this.u.nameIndex(s.module ?? ""));
        if (s.names.length === 1 && s.names[0].name === "*") {
          if (this.u.scope.kind === "function") this.fail(s, "import * only allowed at module level");
          this.emit(Op.IMPORT_STAR);
          return;
        }
        for (const a of s.names) {
          this.emit(Op.IMPORT_FROM, this.u.nameIndex(a.name));
          this.nameOp(a.asname ?? a.name, "Store");
        }
        this.emit(Op.POP_TOP);
        return;
      }
      case "Global":
      case "Nonlocal":
        return;
      case "Match":
        this.matchStatement(s.subject, s.cases);
        return;
      case "AsyncFunctionDef":
      case "AsyncFor":
      case "AsyncWith":
        this.fail(s, "async functions are not supported");
        return;
    }
  }

  private functionBody(body: Stmt[]): void {
    this.statements(body);
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
  }

  private augAssign(target: Expr, op: string, value: Expr): void {
    const code = binaryOpOf(op);
    switch (target.type) {
      case "Name":
        this.nameOp(target.id, "Load");
        this.expr(value);
        this.u.line = target.line ?? this.u.line;
        this.emit(Op.INPLACE_OP, code);
        this.nameOp(target.id, "Store");
        return;
      case "Attribute":
        this.expr(target.value);
        this.emit(Op.DUP_TOP);
        this.emit(Op.LOAD_ATTR, this.u.nameIndex(this.mangled(target.attr)));
        this.expr(value);
        this.u.line = target.line ?? this.u.line;
        this.emit(Op.INPLACE_OP, code);
        this.emit(Op.ROT_TWO);
        this.emit(Op.STORE_ATTR, this.u.nameIndex(this.mangled(target.attr)));
        return;
      case "Subscript":
        this.expr(target.value);
        this.expr(target.slice);
        this.emit(Op.DUP_TOP_TWO);
        this.emit(Op.BINARY_SUBSCR);
        this.expr(value);
        this.u.line = target.line ?? this.u.line;
        this.emit(Op.INPLACE_OP, code);
        this.emit(Op.ROT_THREE);
        this.emit(Op.STORE_SUBSCR);
        return;
      default:
        this.fail(target, "'" + describe(target) + "' is an illegal expression for augmented assignment");
    }
  }

  private deleteTarget(t: Expr): void {
    switch (t.type) {
      case "Name":
        this.nameOp(t.id, "Del");
        return;
      case "Attribute":
        this.expr(t.value);
        this.emit(Op.DELETE_ATTR, this.u.nameIndex(this.mangled(t.attr)));
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.DELETE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        for (const x of t.elts) this.deleteTarget(x);
        return;
      default:
        this.fail(t, `cannot delete ${describe(t)}`);
    }
  }

  // ---- loops -----------------------------------------------------------------------------------------
  private whileLoop(test: Expr, body: Stmt[], orelse: Stmt[]): void {
    const top = new Label();
    const otherwise = new Label();
    const end = new Label();
    this.u.bind(top);
    const always = test.type === "Constant" && test.value.t === "bool" && test.value.value;
    if (!always) this.jumpIf(test, false, otherwise);
    const b = block("loop", this.u.protectionCount);
    b.cont = top;
    b.brk = end;
    this.blocks.push(b);
    this.statements(body);
    this.blocks.pop();
    this.u.jump(Op.JUMP_BACKWARD, top);
    this.u.bind(otherwise);
    this.statements(orelse);
    this.u.bind(end);
  }

  private forLoop(target: Expr, iter: Expr, body: Stmt[], orelse: Stmt[]): void {
    this.expr(iter);
    this.emit(Op.GET_ITER);
    const top = new Label();
    const exhausted = new Label();
    const end = new Label();
    this.u.bind(top);
    this.u.jump(Op.FOR_ITER, exhausted);
    this.store(target);
    const b = block("loop", this.u.protectionCount);
    b.forLoop = true;
    b.cont = top;
    b.brk = end;
    this.blocks.push(b);
    this.statements(body);
    this.blocks.pop();
    this.u.jump(Op.JUMP_BACKWARD, top);
    this.u.bind(exhausted);
    this.statements(orelse);
    this.u.bind(end);
  }

  private breakOrContinue(s: Stmt): void {
    let i = this.blocks.length - 1;
    while (i >= 0 && this.blocks[i].kind !== "loop") i--;
    if (i < 0) this.fail(s, s.type === "Break" ? "'break' outside loop" : "'continue' not properly in loop");
    const loop = this.blocks[i];
    this.unwind(i + 1, false);
    if (s.type === "Break") {
      if (loop.forLoop) this.emit(Op.POP_TOP);
      this.u.jump(Op.JUMP, loop.brk!);
    } else this.u.jump(Op.JUMP_BACKWARD, loop.cont!);
    this.resumeAfterExit();
  }

  private suspended: Protection[][] = [];

  /**
   * Emits what leaving the blocks above `downTo` must do (innermost first),
   * with the value on top of the stack kept there when `keepTop`; the
   * protected ranges of the blocks left are suspended until
   * `resumeAfterExit`, so the copied finally bodies are not protected by
   * their own handlers.
   */
  private unwind(downTo: number, keepTop: boolean): void {
    const all: Protection[] = [];
    this.depths.push(this.u.depth);
    for (let i = this.blocks.length - 1; i >= downTo; i--) {
      const b = this.blocks[i];
      all.push(...this.u.suspend(b.protections));
      switch (b.kind) {
        case "loop":
          if (b.forLoop) {
            if (keepTop) this.emit(Op.ROT_TWO);
            this.emit(Op.POP_TOP);
          }
          break;
        case "finally": {
          const saved = this.blocks;
          this.blocks = saved.slice(0, i);
          this.statements(b.body);
          this.blocks = saved;
          break;
        }
        case "finallyEnd":
          // leaving a finally body run for an exception drops the exception: [prev, exc]
          if (keepTop) this.emit(Op.ROT_TWO);
          this.emit(Op.POP_TOP);
          if (keepTop) this.emit(Op.ROT_TWO);
          this.emit(Op.POP_EXCEPT);
          break;
        case "handler":
          if (keepTop) this.emit(Op.ROT_TWO);
          this.emit(Op.POP_EXCEPT);
          break;
        case "handlerName":
          this.unbindHandlerName(b.name);
          break;
        case "with":
          if (keepTop) this.emit(Op.ROT_TWO);
          this.loadNone();
          this.emit(Op.DUP_TOP);
          this.emit(Op.DUP_TOP);
          this.emit(Op.CALL, 3);
          this.emit(Op.POP_TOP);
          break;
      }
    }
    this.suspended.push(all);
  }

  private readonly depths: number[] = [];

  /** After the jump out: the code that follows (reached by other paths) is protected again, at the depth it had. */
  private resumeAfterExit(): void {
    this.u.resume(this.suspended.pop()!);
    this.u.depth = this.depths.pop()!;
  }

  // ---- exceptions ------------------------------------------------------------------------------------
  private tryExcept(body: Stmt[], handlers: ExceptHandler[], orelse: Stmt[]): void {
    const handlerLabel = new Label();
    const end = new Label();
    const p = this.u.protect(handlerLabel);
    const baseDepth = this.u.depth;
    this.statements(body);
    this.u.unprotect(p);
    this.statements(orelse);
    this.u.jump(Op.JUMP, end);
    handlerLabel.depth = baseDepth + 1;
    this.u.bind(handlerLabel);
    this.exceptHandlers(handlers, end, baseDepth);
    this.u.bind(end);
  }

  /** The handlers' code, entered with the exception on the stack above `baseDepth`; each handled case jumps to `end`. */
  private exceptHandlers(handlers: ExceptHandler[], end: Label, baseDepth: number): void {
    this.emit(Op.PUSH_EXC_INFO); // [prev, exc]
    const cleanup = new Label();
    const handlerProtections = this.u.protectionCount;
    const pc = this.u.protect(cleanup, -1); // unwinds to [prev]
    for (const h of handlers) {
      this.u.line = h.line ?? this.u.line;
      const next = new Label();
      if (h.type) {
        this.expr(h.type);
        this.emit(Op.CHECK_EXC_MATCH); // [prev, exc, matched]
        this.u.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      const hb = block("handler", handlerProtections);
      if (h.name !== null) {
        this.nameOp(h.name, "Store"); // [prev]
        const nameCleanup = new Label();
        const pn = this.u.protect(nameCleanup);
        const nb = block("handlerName", this.u.protectionCount - 1);
        nb.name = h.name;
        this.blocks.push(hb, nb);
        this.statements(h.body);
        this.blocks.pop();
        this.blocks.pop();
        this.u.unprotect(pn);
        this.emit(Op.POP_EXCEPT);
        this.unbindHandlerName(h.name);
        this.u.jump(Op.JUMP, end);
        nameCleanup.depth = baseDepth + 2; // [prev, exc2]
        this.u.bind(nameCleanup);
        this.unbindHandlerName(h.name);
        this.emit(Op.RERAISE);
      } else {
        this.emit(Op.POP_TOP); // [prev]
        this.blocks.push(hb);
        this.statements(h.body);
        this.blocks.pop();
        this.emit(Op.POP_EXCEPT);
        this.u.jump(Op.JUMP, end);
      }
      this.u.depth = baseDepth + 2;
      this.u.bind(next);
      this.u.depth = baseDepth + 2;
    }
    this.emit(Op.RERAISE); // no handler matched: [prev, exc] -> the cleanup
    this.u.unprotect(pc);
    this.reraiseCleanup(cleanup, baseDepth + 2); // [prev, exc2]
    this.u.depth = baseDepth;
  }

  /**
   * The handler of a handler's own body (`cleanup`, entered with
   * [..., prev, exc] at `depth`): the exception state before the handler
   * comes back, and the new exception goes on up.
   */
  private reraiseCleanup(cleanup: Label, depth: number): void {
    cleanup.depth = depth;
    this.u.bind(cleanup);
    this.emit(Op.ROT_TWO);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE);
  }

  /** `except E as name` ends: the name is unbound (CPython's `name = None; del name`). */
  private unbindHandlerName(name: string): void {
    this.loadNone();
    this.nameOp(name, "Store");
    this.nameOp(name, "Del");
  }

  private tryFinally(body: Stmt[], handlers: ExceptHandler[], orelse: Stmt[], finalbody: Stmt[]): void {
    const handler = new Label();
    const end = new Label();
    const fb = block("finally", this.u.protectionCount);
    fb.body = finalbody;
    const baseDepth = this.u.depth;
    const p = this.u.protect(handler);
    this.blocks.push(fb);
    if (handlers.length > 0) this.tryExcept(body, handlers, orelse);
    else {
      this.statements(body);
      this.statements(orelse);
    }
    this.blocks.pop();
    this.u.unprotect(p);
    this.statements(finalbody); // the normal way out
    this.u.jump(Op.JUMP, end);
    handler.depth = baseDepth + 1;
    this.u.bind(handler);
    this.emit(Op.PUSH_EXC_INFO); // [prev, exc]
    const cleanup = new Label();
    const hb = block("finallyEnd", this.u.protectionCount);
    const pc = this.u.protect(cleanup, -1);
    this.blocks.push(hb);
    // the finally body runs with [prev, exc] below it; a break or return inside it drops the exception
    this.statements(finalbody);
    this.blocks.pop();
    this.emit(Op.RERAISE);
    this.u.unprotect(pc);
    this.reraiseCleanup(cleanup, baseDepth + 2);
    this.u.depth = baseDepth;
    this.u.bind(end);
  }

  private withItems(items: WithItem[], i: number, body: Stmt[], withLine: number): void {
    const item = items[i];
    this.expr(item.context_expr);
    this.emit(Op.BEFORE_WITH); // [exit, value]
    if (item.optional_vars) this.store(item.optional_vars);
    else this.emit(Op.POP_TOP);
    const baseDepth = this.u.depth; // [exit]
    const handler = new Label();
    const end = new Label();
    const wb = block("with", this.u.protectionCount);
    const p = this.u.protect(handler);
    this.blocks.push(wb);
    if (i + 1 < items.length) this.withItems(items, i + 1, body, withLine);
    else this.statements(body);
    this.blocks.pop();
    this.u.unprotect(p);
    // (__exit__ on the way out is the with statement's line in tracebacks, as CPython has it)
    this.u.line = withLine;
    this.loadNone();
    this.emit(Op.DUP_TOP);
    this.emit(Op.DUP_TOP);
    this.emit(Op.CALL, 3);
    this.emit(Op.POP_TOP);
    this.u.jump(Op.JUMP, end);
    handler.depth = baseDepth + 1; // [exit, exc]
    this.u.bind(handler);
    this.emit(Op.PUSH_EXC_INFO); // [exit, prev, exc]
    const cleanup = new Label();
    const pc = this.u.protect(cleanup, -1);
    this.emit(Op.WITH_EXCEPT_START); // [exit, prev, exc, result]
    const suppress = new Label();
    this.u.jump(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.RERAISE);
    this.u.depth = baseDepth + 2;
    this.u.bind(suppress);
    this.u.unprotect(pc);
    this.emit(Op.POP_TOP); // [exit, prev]
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.u.jump(Op.JUMP, end);
    this.reraiseCleanup(cleanup, baseDepth + 2); // [exit, prev, exc2]
    this.u.depth = baseDepth - 1;
    this.u.bind(end);
  }

  // ---- classes ---------------------------------------------------------------------------------------
  private classDef(s: Extract<Stmt, { type: "ClassDef" }>): void {
    for (const d of s.decorator_list) this.expr(d);
    this.u.line = s.line ?? this.u.line;
    this.emit(Op.LOAD_BUILD_CLASS);
    const doc = docstring(s.body);
    const noArgs = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    this.makeFunction(s.name, noArgs, s.line, (self) => {
      self.nameOp("__name__", "Load");
      self.nameOp("__module__", "Store");
      self.loadConst({ t: "str", value: self.u.qualname });
      self.nameOp("__qualname__", "Store");
      if (hasAnnotations(s.body)) self.emit(Op.SETUP_ANNOTATIONS);
      if (doc !== null) {
        self.loadConst({ t: "str", value: doc });
        self.nameOp("__doc__", "Store");
      }
      self.statements(doc !== null ? s.body.slice(1) : s.body);
      if (self.u.scope.needsClassCell) {
        self.emit(Op.LOAD_CLOSURE, self.u.derefIndex("__class__"));
        self.emit(Op.DUP_TOP);
        self.nameOp("__classcell__", "Store");
        self.emit(Op.RETURN_VALUE);
      } else {
        self.loadNone();
        self.emit(Op.RETURN_VALUE);
      }
    }, true);
    this.loadConst({ t: "str", value: s.name });
    this.u.line = s.line ?? this.u.line;
    const args: Expr[] = [...s.bases];
    const starred = s.bases.some((b) => b.type === "Starred") || s.keywords.some((k) => k.arg === null);
    this.callArguments(args, s.keywords, starred, 2);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 1);
    this.nameOp(s.name, "Store");
  }
}

/** A body's docstring: its first statement when that is a string literal. */
function docstring(body: Stmt[]): string | null {
  const first = body[0];
  if (first !== undefined && first.type === "Expr" && first.value.type === "Constant" && first.value.value.t === "str") return first.value.value.value;
  return null;
}

function hasAnnotations(body: Stmt[]): boolean {
  for (const s of body) {
    if (s.type === "AnnAssign") return true;
    if ((s.type === "If" || s.type === "While" || s.type === "For") && (hasAnnotations(s.body) || hasAnnotations(s.orelse))) return true;
    if (s.type === "Try" && (hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody))) return true;
    if (s.type === "With" && hasAnnotations(s.body)) return true;
  }
  return false;
}

function describe(e: Expr): string {
  switch (e.type) {
    case "Call":
      return "function call";
    case "Constant":
      return "literal";
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "Compare":
      return "comparison";
    default:
      return "expression";
  }
}

/** Parses nothing: compiles a module's statements into its code object. */
export function compileModule(body: Stmt[], filename: string): Code {
  return new Compiler(filename).compileModule(body);
}

/** eval()'s code: an expression compiled to return its value. */
export function compileExpression(e: Expr, filename: string): Code {
  return new Compiler(filename).compileExpression(e);
}

/** The interactive prompt's code: module code whose expression statements print their values. */
export function compileInteractive(body: Stmt[], filename: string): Code {
  return new Compiler(filename).compileInteractive(body);
}
