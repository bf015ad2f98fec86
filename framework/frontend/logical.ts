// Lowering of the logical operators: `&&` and `||` (on booleans, and on
// other values with JavaScript's result-is-an-operand semantics) and the
// logical assignments `??=`, `||=`, `&&=`.
import { ts } from "ts-morph";
import { Constant, type Value } from "../flow/model.ts";
import { ObjectLiteralLowering } from "./literals.ts";
import type { Place } from "./members.ts";

const K = ts.SyntaxKind;

/** e's value is only tested for truth: a condition, the operand of `!`, or a side of `&&`/`||` that is. */
function onlyTested(e: ts.Expression): boolean {
  let n: ts.Node = e;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if ((ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p)) && p.expression === n) return true;
  if ((ts.isForStatement(p) || ts.isConditionalExpression(p)) && p.condition === n) return true;
  if (ts.isPrefixUnaryExpression(p) && p.operator === K.ExclamationToken) return true;
  if (ts.isBinaryExpression(p) && (p.operatorToken.kind === K.AmpersandAmpersandToken || p.operatorToken.kind === K.BarBarToken)) return onlyTested(p);
  return false;
}

export abstract class LogicalLowering extends ObjectLiteralLowering {
  abstract lvalue(target: ts.Expression, at: ts.Node): Place;

  logical(e: ts.BinaryExpression, isAnd: boolean): Value {
    const t = this.checker.getTypeAtLocation(e);
    // (only tested, as in `if (e.kind === "x" && e.items)`: its truth is all that matters, so each side is tested)
    const boolean = !!(t.flags & ts.TypeFlags.BooleanLike) || onlyTested(e);
    // on other values JavaScript's result is an operand: `a || b` is a when a is truthy (then neither null nor undefined)
    const left = this.expr(e.left);
    const isBool = (x: ts.Expression): boolean => !!(this.checker.getTypeAtLocation(x).flags & ts.TypeFlags.BooleanLike);
    const test = isBool(e.left) ? left : this.b.emit("bool", [left], this.loc(e.left), "truthy");
    const merge = this.b.newBlock(1, "c");
    const rhs = this.b.newBlock();
    const shortcut = this.b.newBlock();
    if (isAnd) this.b.branch(test, rhs, shortcut);
    else this.b.branch(test, shortcut, rhs);
    this.b.startBlock(shortcut);
    this.b.goto(merge, [boolean ? new Constant(!isAnd) : isAnd ? this.falsyObject(e.left) ?? left : left]);
    this.b.startBlock(rhs);
    const right = this.expr(e.right);
    this.b.goto(merge, [boolean && !isBool(e.right) ? this.b.emit("bool", [right], this.loc(e.right), "truthy") : right]);
    this.b.startBlock(merge);
    return this.b.fixedArgs(merge)[0];
  }

  /**
   * `o && o.name` where o is an object or null: the falsy o is null (or
   * undefined), a value the right side's type can hold; null if o is
   * neither (a number or string is its own falsy value).
   */
  private falsyObject(left: ts.Expression): Constant | null {
    const t = this.checker.getTypeAtLocation(left);
    const members = t.isUnion() ? t.types : [t];
    const TF = ts.TypeFlags;
    const present = members.filter((m) => !(m.flags & (TF.Null | TF.Undefined | TF.Void)));
    if (present.length === 0 || !present.every((m) => m.flags & TF.Object)) return null;
    const hasNull = members.some((m) => m.flags & TF.Null);
    const hasUndef = members.some((m) => m.flags & (TF.Undefined | TF.Void));
    if (hasNull === hasUndef) return null;
    return new Constant(hasNull ? null : undefined);
  }

  /** `a ??= b`, `a ||= b`, `a &&= b`: b is evaluated and stored only when a's test says so; the result is a's new value. */
  logicalAssign(e: ts.BinaryExpression): Value {
    const opk = e.operatorToken.kind;
    const place = this.lvalue(e.left, e);
    const old = place.get();
    const loc = this.loc(e.left);
    const keep =
      opk === K.QuestionQuestionEqualsToken ? this.b.emit("not", [this.b.emit("nullish", [old], loc, "isnull")], loc, "keep")
      : opk === K.BarBarEqualsToken ? this.b.emit("bool", [old], loc, "keep")
      : this.b.emit("not", [this.b.emit("bool", [old], loc, "truthy")], loc, "keep");
    const merge = this.b.newBlock(1, "la");
    const store = this.b.newBlock();
    const skip = this.b.newBlock();
    this.b.branch(keep, skip, store);
    this.b.startBlock(skip);
    this.b.goto(merge, [old]);
    this.b.startBlock(store);
    const v = this.expr(e.right);
    place.set(v);
    this.b.goto(merge, [v]);
    this.b.startBlock(merge);
    return this.b.fixedArgs(merge)[0];
  }
}
