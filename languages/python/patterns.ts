// The patterns of `case` clauses (structural pattern matching, CPython
// 3.10's grammar): literals and dotted names as values, captures and `_`,
// sequences, mappings, class patterns, `|` alternatives and `as` bindings,
// built as CPython's Match* nodes.  The match statement itself is in
// statements.ts, which extends this parser.
import type { Expr, Loc, Pattern } from "./ast.ts";
import { numberValue, Parser } from "./parser.ts";
import type { Token } from "./tokenizer.ts";

export class PatternParser extends Parser {
  /** A case's patterns: an open sequence `a, *b` (a MatchSequence) or one pattern. */
  protected casePatterns(): Pattern {
    const start = this.peek();
    const first = this.maybeStarPattern();
    if (!this.isOp(",")) {
      if (first.type === "MatchStar") this.fail(start, "invalid syntax");
      return first;
    }
    const patterns = [first];
    while (this.eatOp(",")) {
      if (this.isOp(":") || this.isWord("if")) break;
      patterns.push(this.maybeStarPattern());
    }
    return { type: "MatchSequence", patterns, ...this.loc(start) };
  }

  private maybeStarPattern(): Pattern {
    const start = this.peek();
    if (!this.eatOp("*")) return this.pattern();
    const name = this.name();
    return { type: "MatchStar", name: name === "_" ? null : name, ...this.loc(start) };
  }

  /** pattern: or_pattern ['as' NAME] */
  private pattern(): Pattern {
    const start = this.peek();
    const p = this.orPattern();
    if (!this.eatWord("as")) return p;
    const t = this.peek();
    const name = this.name();
    if (name === "_") this.fail(t, "cannot use '_' as a target");
    return { type: "MatchAs", pattern: p, name, ...this.loc(start) };
  }

  private orPattern(): Pattern {
    const start = this.peek();
    const first = this.closedPattern();
    if (!this.isOp("|")) return first;
    const patterns = [first];
    while (this.eatOp("|")) patterns.push(this.closedPattern());
    return { type: "MatchOr", patterns, ...this.loc(start) };
  }

  private closedPattern(): Pattern {
    const t = this.peek();
    if (t.kind === "NUMBER" || t.kind === "STRING" || (t.kind === "OP" && t.text === "-")) {
      const value = this.literalExpr();
      return { type: "MatchValue", value, ...this.loc(t) };
    }
    if (t.kind === "NAME" && (t.text === "None" || t.text === "True" || t.text === "False")) {
      this.i++;
      return { type: "MatchSingleton", value: t.text === "None" ? { t: "None" } : { t: "bool", value: t.text === "True" }, ...this.loc(t) };
    }
    if (t.kind === "NAME") {
      const cls = this.nameOrAttr();
      if (this.eatOp("(")) return this.classPattern(t, cls);
      if (cls.type === "Name") {
        return { type: "MatchAs", pattern: null, name: cls.id === "_" ? null : cls.id, ...this.loc(t) };
      }
      return { type: "MatchValue", value: cls, ...this.loc(t) };
    }
    if (this.eatOp("(")) {
      if (this.eatOp(")")) return { type: "MatchSequence", patterns: [], ...this.loc(t) };
      const first = this.maybeStarPattern();
      if (this.eatOp(")")) {
        if (first.type === "MatchStar") return { type: "MatchSequence", patterns: [first], ...this.loc(t) };
        return first; // a group
      }
      return { type: "MatchSequence", patterns: this.sequenceRest([first], ")"), ...this.loc(t) };
    }
    if (this.eatOp("[")) {
      if (this.eatOp("]")) return { type: "MatchSequence", patterns: [], ...this.loc(t) };
      return { type: "MatchSequence", patterns: this.sequenceRest([this.maybeStarPattern()], "]"), ...this.loc(t) };
    }
    if (this.eatOp("{")) return this.mappingPattern(t);
    return this.fail(t);
  }

  /** After the first item of a sequence pattern: `, item`... up to `close`, consumed. */
  private sequenceRest(patterns: Pattern[], close: string): Pattern[] {
    while (this.eatOp(",")) {
      if (this.isOp(close)) break;
      patterns.push(this.maybeStarPattern());
    }
    this.expectOp(close);
    return patterns;
  }

  private mappingPattern(start: Token): Pattern {
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp("}")) {
      if (this.eatOp("**")) {
        rest = this.name();
        this.eatOp(",");
        break;
      }
      const t = this.peek();
      keys.push(t.kind === "NAME" && t.text !== "None" && t.text !== "True" && t.text !== "False" ? this.attrKey() : this.literalExpr());
      this.expectOp(":");
      patterns.push(this.pattern());
      if (!this.eatOp(",")) break;
    }
    this.expectOp("}");
    return { type: "MatchMapping", keys, patterns, rest, ...this.loc(start) };
  }

  /** A mapping key that is a name: a dotted one (a value), not a capture. */
  private attrKey(): Expr {
    const t = this.peek();
    const e = this.nameOrAttr();
    if (e.type === "Name") this.fail(t);
    return e;
  }

  private classPattern(start: Token, cls: Expr): Pattern {
    const patterns: Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: Pattern[] = [];
    while (!this.isOp(")")) {
      const t = this.peek();
      if (t.kind === "NAME" && this.isOp("=", 1)) {
        kwd_attrs.push(this.name());
        this.i++;
        kwd_patterns.push(this.pattern());
      } else {
        if (kwd_attrs.length > 0) this.fail(t, "positional patterns follow keyword patterns");
        patterns.push(this.pattern());
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")");
    return { type: "MatchClass", cls, patterns, kwd_attrs, kwd_patterns, ...this.loc(start) };
  }

  /** NAME ('.' NAME)*: a Name or Attribute chain (Load). */
  private nameOrAttr(): Expr {
    const start = this.peek();
    const id = this.name();
    let e: Expr = { type: "Name", id, ctx: "Load", ...this.loc(start) };
    while (this.eatOp(".")) {
      const attr = this.name();
      e = { type: "Attribute", value: e, attr, ctx: "Load", ...this.loc(start) };
    }
    return e;
  }

  /** A literal in a pattern: strings, a signed number, a complex `a + bj` / `a - bj`, None, True or False. */
  private literalExpr(): Expr {
    const start = this.peek();
    if (start.kind === "STRING") {
      const s = this.strings();
      if (s.type === "JoinedStr") this.fail(start, "patterns may only match literals and attribute lookups");
      return s;
    }
    if (start.kind === "NAME") {
      this.i++;
      return { type: "Constant", value: start.text === "None" ? { t: "None" } : { t: "bool", value: start.text === "True" }, kind: null, ...this.loc(start) };
    }
    const real = this.signedNumber();
    const t = this.peek();
    if (!(t.kind === "OP" && (t.text === "+" || t.text === "-"))) return real;
    this.i++;
    const imag = this.number();
    if (imag.type !== "Constant" || imag.value.t !== "complex") this.fail(t, "imaginary number required in complex literal");
    return { type: "BinOp", left: real, op: t.text === "+" ? "Add" : "Sub", right: imag, ...this.loc(start) };
  }

  private signedNumber(): Expr {
    const start = this.peek();
    if (!this.eatOp("-")) return this.number();
    const operand = this.number();
    return { type: "UnaryOp", op: "USub", operand, ...this.loc(start) };
  }

  private number(): Expr {
    const t = this.peek();
    if (t.kind !== "NUMBER") this.fail(t);
    this.i++;
    const loc: Loc = this.loc(t);
    return { type: "Constant", value: numberValue(t.text), kind: null, ...loc };
  }
}
