// Where a program tests a value for undefined: comparisons (`x === undefined`,
// and `x === " "` or `x < 5`, which are defined for undefined), `x ?? d`,
// `x?.y`, and truthiness (conditions, `!x`, `&&`, `||`).  An element read
// `xs[i]` past the end is undefined on Node; RTS gives that value exactly
// where the program can see it — the read is in such a position, its
// contextual type admits undefined, or it is stored in a variable the
// function tests for undefined — and elsewhere the read is a T, so reading
// past the end there stops the program (docs/rts.md).
import { ts } from "ts-morph";

const K = ts.SyntaxKind;

/** The node standing for `e` in its parent (through parentheses). */
function outermost(e: ts.Node): ts.Node {
  let n = e;
  while (n.parent && ts.isParenthesizedExpression(n.parent)) n = n.parent;
  return n;
}

function isNullishLiteral(e: ts.Expression): boolean {
  return (ts.isIdentifier(e) && e.text === "undefined") || e.kind === K.NullKeyword;
}

/**
 * True when the value of `e` is tested for undefined where it appears.  With
 * `anyComparison`, every comparison counts (`s[i] === " "` and `s[i] < "0"`
 * are defined for undefined, and scan to the end of a string); otherwise
 * only comparisons with undefined or null do.
 */
export function isTestedPosition(e: ts.Node, anyComparison = true): boolean {
  const n = outermost(e);
  const p = n.parent;
  if (!p) return false;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    const other = p.left === n ? p.right : p.left;
    if (op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken) return anyComparison || isNullishLiteral(other);
    if (op === K.LessThanToken || op === K.LessThanEqualsToken || op === K.GreaterThanToken || op === K.GreaterThanEqualsToken) return anyComparison;
    // `a ?? b`: a is tested; b is when the whole expression is
    if (op === K.QuestionQuestionToken) return p.left === n || isTestedPosition(p, anyComparison);
    if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) return true;
    // `a ??= b`, `a ||= b`, `a &&= b`: a is read and tested
    if (op === K.QuestionQuestionEqualsToken || op === K.BarBarEqualsToken || op === K.AmpersandAmpersandEqualsToken) return p.left === n;
    return false;
  }
  if (ts.isPrefixUnaryExpression(p)) return p.operator === K.ExclamationToken;
  if (ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p)) return p.expression === n;
  if (ts.isForStatement(p)) return p.condition === n;
  if (ts.isConditionalExpression(p)) return p.condition === n || isTestedPosition(p, anyComparison);
  if (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p)) return !!p.questionDotToken && p.expression === n;
  return false;
}

/**
 * The symbols of the variables that `root` tests for undefined somewhere:
 * compared with undefined or null, `??`, `?.` or truthiness (an ordinary
 * comparison such as `argCount === arity` does not make a variable optional).
 */
export function testedSymbols(root: ts.Node, checker: ts.TypeChecker): Set<ts.Symbol> {
  const out = new Set<ts.Symbol>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && isTestedPosition(n, false)) {
      const sym = checker.getSymbolAtLocation(n);
      if (sym) out.add(sym);
    }
    ts.forEachChild(n, visit);
  };
  visit(root);
  return out;
}

/** The variable that `e` is stored into (`const v = e`, `v = e`), if any. */
export function assignedVariable(e: ts.Node, checker: ts.TypeChecker): ts.Symbol | undefined {
  const n = outermost(e);
  const p = n.parent;
  if (p && ts.isVariableDeclaration(p) && p.initializer === n && ts.isIdentifier(p.name)) return checker.getSymbolAtLocation(p.name);
  if (p && ts.isBinaryExpression(p) && p.operatorToken.kind === K.EqualsToken && p.right === n && ts.isIdentifier(p.left)) return checker.getSymbolAtLocation(p.left);
  return undefined;
}
