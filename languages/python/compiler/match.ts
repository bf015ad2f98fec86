// The compiler's `match` statement (3.10 structural pattern matching): each
// case's pattern becomes tests that consume the matched value, jumping on
// failure through a small block that pops what the pattern had pushed;
// captures are stored as they match (CPython stores them when the whole
// pattern has matched; the difference shows only in names bound by a case
// that fails later, which the language leaves unspecified).
import type { MatchCase, Pattern } from "../ast.ts";
import { CompareOp, Op } from "../code.ts";
import { pyStr, pyTuple } from "../objects/model.ts";
import { ExpressionCompiler } from "./expressions.ts";
import { Label } from "./unit.ts";

/** Where a failing test goes: `target`, after popping the items the pattern had above the target's depth. */
interface FailContext {
  readonly target: Label;
  readonly base: number;
  readonly trampolines: [Label, number][];
}

export abstract class PatternCompiler extends ExpressionCompiler {
  protected abstract statementsOf(body: import("../ast.ts").Stmt[]): void;

  protected matchStatement(subject: import("../ast.ts").Expr, cases: MatchCase[]): void {
    this.expr(subject);
    const end = new Label();
    const base = this.u.depth; // [subject]
    cases.forEach((c) => {
      const caseFail = new Label();
      const ctx: FailContext = { target: caseFail, base, trampolines: [] };
      this.u.line = c.pattern.line ?? this.u.line;
      this.emit(Op.DUP_TOP);
      this.pattern(c.pattern, ctx);
      if (c.guard) this.jumpIf(c.guard, false, this.failHere(ctx));
      this.emit(Op.POP_TOP);
      this.statementsOf(c.body);
      this.u.jump(Op.JUMP, end);
      this.emitTrampolines(ctx);
      caseFail.depth = base;
      this.u.bind(caseFail);
    });
    this.emit(Op.POP_TOP);
    this.u.bind(end);
  }

  /** A label for a failure at the current depth: its trampoline pops down to the context's base. */
  private failHere(ctx: FailContext, popped = 0): Label {
    const l = new Label();
    ctx.trampolines.push([l, this.u.depth - popped - ctx.base]);
    return l;
  }

  /** A failing conditional jump: POP_JUMP_IF_FALSE to a trampoline for the depth after the pop. */
  private failIfFalse(ctx: FailContext): void {
    const l = this.failHere(ctx, 1);
    this.u.jump(Op.POP_JUMP_IF_FALSE, l);
  }

  private emitTrampolines(ctx: FailContext): void {
    for (const [label, extra] of ctx.trampolines) {
      label.depth = ctx.base + extra;
      this.u.bind(label);
      for (let k = 0; k < extra; k++) this.emit(Op.POP_TOP);
      this.u.jump(Op.JUMP, ctx.target);
    }
    ctx.trampolines.splice(0, ctx.trampolines.length);
  }

  /** Matches the value on top of the stack (consumed on both paths). */
  private pattern(p: Pattern, ctx: FailContext): void {
    this.u.line = p.line ?? this.u.line;
    switch (p.type) {
      case "MatchValue":
        this.expr(p.value);
        this.emit(Op.COMPARE_OP, CompareOp.EQ);
        this.failIfFalse(ctx);
        return;
      case "MatchSingleton":
        this.loadConst(p.value);
        this.emit(Op.IS_OP, 0);
        this.failIfFalse(ctx);
        return;
      case "MatchAs":
        if (p.pattern === null) {
          if (p.name === null) this.emit(Op.POP_TOP);
          else this.nameOp(p.name, "Store");
          return;
        }
        if (p.name !== null) this.emit(Op.DUP_TOP);
        this.pattern(p.pattern, ctx);
        if (p.name !== null) this.nameOp(p.name, "Store");
        return;
      case "MatchStar":
        if (p.name === null) this.emit(Op.POP_TOP);
        else this.nameOp(p.name, "Store");
        return;
      case "MatchOr": {
        const success = new Label();
        p.patterns.forEach((alt, i) => {
          if (i === p.patterns.length - 1) {
            this.pattern(alt, ctx);
            return;
          }
          // [value]: try this alternative on a copy; its failures come back here with [value]
          const next = new Label();
          const inner: FailContext = { target: next, base: this.u.depth, trampolines: [] };
          this.emit(Op.DUP_TOP);
          this.pattern(alt, inner);
          this.emit(Op.POP_TOP);
          this.u.jump(Op.JUMP, success);
          this.emitTrampolines(inner);
          next.depth = inner.base;
          this.u.bind(next);
        });
        this.u.bind(success);
        return;
      }
      case "MatchSequence": {
        const star = p.patterns.findIndex((x) => x.type === "MatchStar");
        const n = p.patterns.length;
        this.emit(Op.MATCH_SEQUENCE);
        this.failIfFalse(ctx);
        this.emit(Op.GET_LEN);
        this.loadConst({ t: "int", digits: String(star >= 0 ? n - 1 : n) });
        this.emit(Op.COMPARE_OP, star >= 0 ? CompareOp.GE : CompareOp.EQ);
        this.failIfFalse(ctx);
        if (star >= 0) this.emit(Op.UNPACK_EX, star | ((n - star - 1) << 8));
        else this.emit(Op.UNPACK_SEQUENCE, n);
        for (const sub of p.patterns) this.pattern(sub, ctx);
        return;
      }
      case "MatchMapping": {
        this.emit(Op.MATCH_MAPPING);
        this.failIfFalse(ctx);
        if (p.keys.length === 0 && p.rest === null) {
          this.emit(Op.POP_TOP);
          return;
        }
        this.emit(Op.GET_LEN);
        this.loadConst({ t: "int", digits: String(p.keys.length) });
        this.emit(Op.COMPARE_OP, CompareOp.GE);
        this.failIfFalse(ctx);
        for (const k of p.keys) this.expr(k);
        this.emit(Op.BUILD_TUPLE, p.keys.length); // [value, keys]
        this.emit(Op.MATCH_KEYS); // [value, keys, values | None]
        this.emit(Op.DUP_TOP);
        this.loadNone();
        this.emit(Op.IS_OP, 1);
        this.failIfFalse(ctx);
        this.emit(Op.UNPACK_SEQUENCE, p.keys.length);
        for (const sub of p.patterns) this.pattern(sub, ctx);
        if (p.rest !== null) {
          this.emit(Op.COPY_DICT_WITHOUT_KEYS); // [value, rest]
          this.nameOp(p.rest, "Store");
        } else this.emit(Op.POP_TOP);
        this.emit(Op.POP_TOP);
        return;
      }
      case "MatchClass": {
        this.expr(p.cls);
        const names = p.kwd_attrs;
        this.loadObject(`kwnames:${names.join(",")}`, pyTuple(names.map((n) => pyStr(n))));
        this.emit(Op.MATCH_CLASS, p.patterns.length); // [attributes | None]
        this.emit(Op.DUP_TOP);
        this.loadNone();
        this.emit(Op.IS_OP, 1);
        this.failIfFalse(ctx);
        this.emit(Op.UNPACK_SEQUENCE, p.patterns.length + p.kwd_patterns.length);
        for (const sub of [...p.patterns, ...p.kwd_patterns]) this.pattern(sub, ctx);
        return;
      }
    }
  }
}
