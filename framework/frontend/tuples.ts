// Lowering of tuples: a tuple type is a class (fields i0, i1, ...: TypeReader
// tupleClass), a tuple literal an instance of the class its context
// declares, its optional elements absent when left out; `t.length`, and
// casts of freshly made arrays to tuple types.
import { ts } from "ts-morph";
import { Constant, type Value } from "../flow/model.ts";
import { M } from "../diagnostics/messages.ts";
import { LogicalLowering } from "./logical.ts";

export abstract class TupleLowering extends LogicalLowering {
  abstract expr(e: ts.Expression): Value;

  /** `[a, b]` where a tuple is expected: an instance of the tuple type its context declares (the elements it leaves out are undefined). */
  tupleLiteral(e: ts.ArrayLiteralExpression, tuple: ts.Type): Value {
    const written = this.fe.types.contextualTuple(e) ?? tuple;
    const cls = this.fe.types.tupleClass(written, e, this.fn.typeEnv, this.fe.scopeName(this.fn));
    const required = this.fe.types.tupleMinLength(written);
    const items: Value[] = e.elements.map((x, i) => {
      if (ts.isSpreadElement(x)) return this.fail(x, M.spreadTuple);
      // an optional element is there iff it is not undefined (Node would count a written undefined in length)
      if (i >= required && this.fe.types.isUndefinable(this.checker.getTypeAtLocation(x))) this.fail(x, M.optionalTupleUndefined);
      return this.expr(x);
    });
    while (items.length < cls.fields.size) items.push(new Constant(undefined));
    return this.op("newtuple", [new Constant(cls), ...items], e, "tuple");
  }

  /** `t.length` of a tuple: its arity, or with optional elements the required ones plus those present (not undefined). */
  tupleLength(e: ts.Expression, tuple: ts.Type): Value {
    const n = this.checker.getTypeArguments(tuple as ts.TypeReference).length;
    const required = this.fe.types.tupleMinLength(tuple);
    if (required === n) return new Constant(n);
    const t = this.expr(e);
    let len: Value = new Constant(required);
    for (let i = required; i < n; i++) {
      const present = this.b.emit("ne", [this.b.emit("getattr", [t, new Constant(`i${i}`)], this.loc(e), "item"), new Constant(undefined)], this.loc(e), "present");
      const yes = this.b.newBlock();
      const no = this.b.newBlock();
      const join = this.b.newBlock(1, "len");
      this.b.branch(present, yes, no);
      this.b.startBlock(yes);
      this.b.goto(join, [this.b.emit("add", [len, new Constant(1)], this.loc(e), "len")]);
      this.b.startBlock(no);
      this.b.goto(join, [len]);
      this.b.startBlock(join);
      len = this.b.fixedArgs(join)[0];
    }
    return len;
  }

  /**
   * `pair.split("=") as [string, string]`: RTS's tuples are objects, not
   * arrays, so the cast copies the items into a tuple — faithful only for an
   * array nobody else holds (a call's result, a literal), as the copy is not
   * the array.
   */
  arrayAsTuple(e: ts.AsExpression | ts.TypeAssertion, array: Value, target: ts.Type): Value {
    let operand = e.expression;
    while (ts.isParenthesizedExpression(operand)) operand = operand.expression;
    if (!ts.isCallExpression(operand) && !ts.isNewExpression(operand) && !ts.isArrayLiteralExpression(operand)) this.fail(e, M.arrayAsTuple);
    const cls = this.fe.types.tupleClass(target, e, this.fn.typeEnv, this.fe.scopeName(this.fn));
    const items = [...cls.fields.keys()].map((_, i) => this.op("getitem_opt", [array, new Constant(i)], e, "item"));
    return this.op("newtuple", [new Constant(cls), ...items], e, "tuple");
  }
}
