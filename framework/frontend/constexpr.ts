// Numeric constant expressions (`2 ** 64`, `-(1 << 20)`, `10 ** 20 + 1`):
// evaluated at translation time with JavaScript's own arithmetic, so they
// have exactly the value Node computes.  The result is an int constant when
// every leaf is an integer literal, every operator keeps ints ints (no `/`),
// and the value is an integer an int can hold; otherwise a float constant.
import { ts } from "ts-morph";

const K = ts.SyntaxKind;

export interface ConstNumber {
  value: number;
  /** Typed int (else float). */
  isInt: boolean;
}

const BINARY: Partial<Record<ts.SyntaxKind, (a: number, b: number) => number>> = {
  [K.PlusToken]: (a, b) => a + b,
  [K.MinusToken]: (a, b) => a - b,
  [K.AsteriskToken]: (a, b) => a * b,
  [K.SlashToken]: (a, b) => a / b,
  [K.PercentToken]: (a, b) => a % b,
  [K.AsteriskAsteriskToken]: (a, b) => a ** b,
  [K.AmpersandToken]: (a, b) => a & b,
  [K.BarToken]: (a, b) => a | b,
  [K.CaretToken]: (a, b) => a ^ b,
  [K.LessThanLessThanToken]: (a, b) => a << b,
  [K.GreaterThanGreaterThanToken]: (a, b) => a >> b,
  [K.GreaterThanGreaterThanGreaterThanToken]: (a, b) => a >>> b,
};

/** Operators whose result is an int whatever the operands (JavaScript's int32 bitwise operators). */
const INT32 = new Set([K.AmpersandToken, K.BarToken, K.CaretToken, K.LessThanLessThanToken, K.GreaterThanGreaterThanToken, K.GreaterThanGreaterThanGreaterThanToken]);

/** True for a literal written as an integer (not `1.0`, `1e3`, `0.5`). */
export function isIntLiteral(e: ts.NumericLiteral): boolean {
  const raw = e.getText();
  return Number.isInteger(Number(e.text)) && !/[.eE]/.test(/^0[xXoObB]/.test(raw) ? "" : raw);
}

/**
 * Whether a constant is typed int: a safe integer (not -0).  Larger
 * integral constants are floats, so arithmetic on them is double arithmetic
 * as on Node, never an int overflow; only computed ints go beyond 2^53.
 */
export function fitsInt(v: number): boolean {
  return Number.isSafeInteger(v) && !Object.is(v, -0);
}

function evaluate(e: ts.Expression): ConstNumber | null {
  if (ts.isParenthesizedExpression(e)) return evaluate(e.expression);
  if (ts.isNumericLiteral(e)) return { value: Number(e.text), isInt: isIntLiteral(e) };
  if (ts.isPrefixUnaryExpression(e)) {
    const x = evaluate(e.operand);
    if (!x) return null;
    switch (e.operator) {
      case K.MinusToken:
        return { value: -x.value, isInt: x.isInt };
      case K.PlusToken:
        return x;
      case K.TildeToken:
        return { value: ~x.value, isInt: true };
    }
    return null;
  }
  if (ts.isBinaryExpression(e)) {
    const f = BINARY[e.operatorToken.kind];
    if (!f) return null;
    const a = evaluate(e.left);
    const b = a && evaluate(e.right);
    if (!a || !b) return null;
    const isInt = INT32.has(e.operatorToken.kind) || (a.isInt && b.isInt && e.operatorToken.kind !== K.SlashToken);
    return { value: f(a.value, b.value), isInt };
  }
  return null;
}

/**
 * The value of a numeric expression made only of literals and operators
 * (at least one operator: a lone literal is not folded here), or null.
 */
export function constantNumber(e: ts.Expression): ConstNumber | null {
  if (ts.isNumericLiteral(e)) return null;
  const r = evaluate(e);
  if (!r) return null;
  return { value: r.value, isInt: r.isInt && fitsInt(r.value) };
}

/** A literal number, string or boolean (a negative number included). */
export function isSimpleLiteral(e: ts.Expression): boolean {
  return ts.isNumericLiteral(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ||
    e.kind === K.TrueKeyword || e.kind === K.FalseKeyword ||
    (ts.isPrefixUnaryExpression(e) && e.operator === K.MinusToken && ts.isNumericLiteral(e.operand));
}

