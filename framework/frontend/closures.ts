// Capture analysis for closures (arrow functions, function expressions and
// nested function declarations).  For the tree of functions nested in one
// outermost function it finds what each nested function captures, and which
// captured bindings must live in a heap cell ("boxed") so that every closure
// and the enclosing function share them by reference, as in JavaScript.
// A captured binding that is never reassigned and is defined before the
// closure is created is copied into the closure instead (no cell).
import { ts } from "ts-morph";
import { ClassDesc, FieldDesc, FunctionDesc, REST } from "../flow/descriptors.ts";
import type { Frontend } from "./frontend.ts";
import { LibraryValues, restParameterIndex } from "./library-values.ts";

const K = ts.SyntaxKind;

export type NestedFunction = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | LiteralMethod;

/** A method of an object literal (`{ visit(n) { ... this ... } }`): a closure whose `this` is the object the literal made. */
export type LiteralMethod = ts.MethodDeclaration & { parent: ts.ObjectLiteralExpression };

export function isLiteralMethod(n: ts.Node): n is LiteralMethod {
  return ts.isMethodDeclaration(n) && ts.isObjectLiteralExpression(n.parent);
}

/** The object-literal method whose `this` a `this` at n is (through arrow functions), or null. */
export function literalMethodOf(n: ts.Node): LiteralMethod | null {
  for (let p = n.parent; p; p = p.parent) {
    if (ts.isArrowFunction(p)) continue;
    if (isLiteralMethod(p)) return p;
    if (ts.isFunctionLike(p) || ts.isClassLike(p)) return null;
  }
  return null;
}

/**
 * The binding of the object a literal with methods makes, which its
 * methods capture as their `this` (in a cell: they are made before it).
 */
export function literalThisKey(lit: ts.ObjectLiteralExpression): string {
  return `this@${lit.pos}`;
}

export interface ClosureInfo {
  /** Nested function → the binding keys it captures, in a fixed order ("this" for the enclosing this). */
  captures: Map<ts.Node, string[]>;
  /** Binding keys that live in a cell. */
  boxed: Set<string>;
}

export function isNestedFunction(n: ts.Node): n is NestedFunction {
  if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) return true;
  return ts.isFunctionDeclaration(n) && !!n.parent && !ts.isSourceFile(n.parent) && !ts.isModuleBlock(n.parent);
}

/** The key of a local binding: unique per declaration (shadowing-safe). */
export function bindingKey(decl: ts.Node): string {
  const name = (decl as ts.NamedDeclaration).name;
  return `${name ? name.getText() : "?"}@${decl.pos}`;
}

type Point = [number, number];
const before = (a: Point, b: Point): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Nested function declarations are created when their block is entered (hoisting). */
function creationPoint(fn: NestedFunction): Point {
  return ts.isFunctionDeclaration(fn) ? [fn.parent.pos, fn.pos] : [fn.pos, 0];
}

function definitionPoint(decl: ts.Node): Point {
  if (ts.isParameter(decl)) return [-1, 0];
  if (ts.isFunctionDeclaration(decl)) return [decl.parent.pos, decl.pos + 1];
  // for-of and catch variables are bound before their body runs
  if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent)) return [decl.parent.parent.statement.pos, 0];
  if (ts.isVariableDeclaration(decl) && ts.isCatchClause(decl.parent)) return [decl.parent.block.pos, 0];
  return [decl.end, 0];
}

function hasInitialValue(decl: ts.Node): boolean {
  if (ts.isVariableDeclaration(decl)) {
    if (decl.initializer) return true;
    const list = decl.parent;
    return ts.isCatchClause(list) || (ts.isVariableDeclarationList(list) && ts.isForOfStatement(list.parent));
  }
  return true; // parameters, binding elements, function declarations
}

function isAssignmentTarget(id: ts.Identifier): boolean {
  let n: ts.Node = id;
  while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (ts.isBinaryExpression(p) && p.left === n) return p.operatorToken.kind >= K.FirstAssignment && p.operatorToken.kind <= K.LastAssignment;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === K.PlusPlusToken || p.operator === K.MinusMinusToken)) return true;
  // [a, b] = ... destructuring assignment
  if (ts.isArrayLiteralExpression(p)) {
    let q: ts.Node = p;
    while (ts.isArrayLiteralExpression(q.parent)) q = q.parent;
    return ts.isBinaryExpression(q.parent) && q.parent.left === q && q.parent.operatorToken.kind === K.EqualsToken;
  }
  return false;
}

/**
 * Analyses all functions nested in `root` (a top-level function, or a class
 * with its methods, constructor and field initializers).  `ownerOf` gives the
 * function-like node that declares a binding (null for module level).
 */
export function analyzeClosures(root: ts.Node, checker: ts.TypeChecker, ownerOf: (decl: ts.Node) => ts.Node | null): ClosureInfo {
  const captures = new Map<ts.Node, string[]>();
  const capturedBy = new Map<string, { decl: ts.Node; fns: NestedFunction[] }>();
  const assigned = new Set<string>();
  const stack: ts.Node[] = [];

  const capture = (key: string, decl: ts.Node, from: number): void => {
    // every nested function between the binding's owner and the use captures it
    for (let i = from; i < stack.length; i++) {
      const fn = stack[i] as NestedFunction;
      const list = captures.get(fn)!;
      if (!list.includes(key)) list.push(key);
      if (i === from && key !== "this") {
        const c = capturedBy.get(key) ?? { decl, fns: [] };
        c.fns.push(fn);
        capturedBy.set(key, c);
      }
    }
  };

  const visitIdentifier = (id: ts.Identifier, decl: ts.Node | undefined): void => {
    if (!decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl) || ts.isFunctionExpression(decl) || (ts.isFunctionDeclaration(decl) && isNestedFunction(decl)))) return;
    const key = bindingKey(decl);
    if (isAssignmentTarget(id)) assigned.add(key);
    // a nested function declaration refers to itself through its own closure
    const self = stack.indexOf(decl);
    const owner = ownerOf(decl);
    if (self < 0 && owner === null) return; // module level: a global, not a capture
    const ownerIdx = self >= 0 ? self : stack.indexOf(owner!);
    if (ownerIdx < 0 || ownerIdx === stack.length - 1) return;
    capture(key, decl, ownerIdx + 1);
  };

  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      // names that are not references: property names, declarations, labels
      if ((ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n)) return;
      if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p) || ts.isClassDeclaration(p) ||
           ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === n) return;
      if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return;
      if (ts.isShorthandPropertyAssignment(p)) return visitIdentifier(n, checker.getShorthandAssignmentValueSymbol(p)?.valueDeclaration);
      visitIdentifier(n, checker.getSymbolAtLocation(n)?.valueDeclaration);
      return;
    }
    if (n.kind === K.ThisKeyword) {
      // `this` in an arrow is the enclosing function's this
      let i = stack.length - 1;
      while (i > 0 && ts.isArrowFunction(stack[i])) i--;
      const m = stack[i];
      // an object literal's method: the object, a binding of the function around the literal
      if (i > 0 && isLiteralMethod(m)) capture(literalThisKey(m.parent), m.parent, i);
      else if (i < stack.length - 1) capture("this", n, i + 1);
      return;
    }
    if (ts.isTypeNode(n)) return;
    // closures (object literals' methods too) capture; class members are functions of their own
    const closure = isLiteralMethod(n) || isNestedFunction(n);
    if (closure || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isAccessor(n)) {
      if (closure) captures.set(n, []);
      stack.push(n);
      ts.forEachChild(n, visit);
      stack.pop();
      return;
    }
    ts.forEachChild(n, visit);
  };

  stack.push(root);
  ts.forEachChild(root, visit);

  const boxed = new Set<string>();
  for (const [key, { decl, fns }] of capturedBy) {
    const def = definitionPoint(decl);
    const late = fns.some((fn) => !before(def, creationPoint(fn)));
    if (assigned.has(key) || !hasInitialValue(decl) || late) boxed.add(key);
  }
  return { captures, boxed };
}

/**
 * The frontend's closures: capture analysis per outermost function, one
 * descriptor per nested function (per enclosing copy of a generic
 * function), and the closure class of each function used as a value.
 */
export class ClosureTable {
  private closureInfos = new Map<ts.Node, ClosureInfo>();
  private closureDescs = new Map<FunctionDesc, Map<ts.Node, FunctionDesc>>();
  private functionValues = new Map<FunctionDesc, FunctionDesc>();

  constructor(private readonly fe: Frontend) {}

  /** Capture analysis of the top-level function or class that contains `n`. */
  closureInfoFor(n: ts.Node | null): ClosureInfo {
    if (!n) return { captures: new Map(), boxed: new Set() };
    let root = n;
    for (let p = n.parent; p && !ts.isSourceFile(p); p = p.parent) {
      if (ts.isClassDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isFunctionLike(p)) root = p;
    }
    let info = this.closureInfos.get(root);
    if (!info) {
      info = analyzeClosures(root, this.fe.checker, (d) => this.fe.enclosingFunction(d));
      this.closureInfos.set(root, info);
    }
    return info;
  }

  /** The descriptor of an arrow function, function expression or nested function declaration. */
  closureFor(n: NestedFunction, parent: FunctionDesc): FunctionDesc {
    // one descriptor per enclosing function: copies of a generic function have their own closures
    let perParent = this.closureDescs.get(parent);
    if (!perParent) this.closureDescs.set(parent, (perParent = new Map()));
    let d = perParent.get(n);
    if (d) return d;
    const name = n.name?.getText() ?? `${parent.qualname}$lambda`;
    d = new FunctionDesc(name, "closure", n, null, this.fe.paramKeys(n), this.fe.loc(n));
    const k = this.restIndexOfContext(n);
    if (k >= 0) {
      // k parameters before the array (unnamed ones where the closure declares fewer or gathers them in its own rest)
      const own = n.parameters.findIndex((p) => p.dotDotDotToken);
      const named = own >= 0 ? Math.min(own, k) : k;
      d.restFrom = k;
      d.params = [...d.params.slice(0, named), ...Array.from({ length: k - Math.min(named, d.params.length) }, (_, i) => `$arg${Math.min(named, d.params.length) + i}`), REST];
    }
    d.captures = this.closureInfoFor(n).captures.get(n) ?? [];
    d.typeEnv = parent.typeEnv;
    d.envClass = this.closureClass(d);
    perParent.set(n, d);
    return d;
  }

  /**
   * The index of the rest parameter of the function type a closure is
   * written for, where the closure's parameters do not line up with it
   * (-1 otherwise): it declares plain parameters there (`(self, k) => ...`
   * for `(self: Obj, ...args: Slot[]) => Slot`), fewer (`(self) => ...`),
   * or a rest parameter of its own elsewhere (`(self, sel, ...more) => ...`,
   * `(...all) => ...`).  Callers through the type pass one array from
   * there (FunctionDesc.restFrom).
   */
  private restIndexOfContext(n: NestedFunction): number {
    if (!ts.isArrowFunction(n) && !ts.isFunctionExpression(n)) return -1;
    if (n.parameters.some((p) => p.initializer || p.questionToken || !ts.isIdentifier(p.name))) return -1;
    const k = restParameterIndex(this.fe.checker, this.fe.checker.getContextualType(n));
    if (k < 0) return -1;
    const own = n.parameters.findIndex((p) => p.dotDotDotToken);
    if (own === k) return -1; // (its own rest parameter is the array)
    return own >= 0 || n.parameters.length !== k ? k : -1;
  }

  /** Library functions used as values (library-values.ts). */
  readonly library = new LibraryValues((d) => {
    d.envClass = this.closureClass(d);
  });

  /** A top-level function used as a value: a closure that calls it. */
  functionValue(fn: FunctionDesc): FunctionDesc {
    let d = this.functionValues.get(fn);
    if (!d) {
      d = new FunctionDesc(fn.name, "closure", null, null, fn.params, fn.loc);
      d.wraps = fn;
      d.envClass = this.closureClass(d);
      this.functionValues.set(fn, d);
    }
    return d;
  }

  private closureClass(d: FunctionDesc): ClassDesc {
    const c = new ClassDesc(`closure ${d.name}`, null, d.loc);
    c.closureOf = d;
    c.base = this.fe.closureRoot;
    this.fe.closureRoot.subclasses.push(c);
    d.captures.forEach((key, i) => {
      // set when the closure is made, never again (a variable assigned after its capture is captured as a cell)
      const f = new FieldDesc(`c${i}`, c, null, null, d.loc);
      f.readonly = true;
      c.fields.set(`c${i}`, f);
    });
    this.fe.allClasses.push(c);
    return c;
  }
}
