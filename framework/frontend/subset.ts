// The subset check: one walk over every user source file, reporting the
// constructs RTS rejects outright, each with what to write instead.
import { ts } from "ts-morph";
import { M, type Message } from "../diagnostics/messages.ts";

const K = ts.SyntaxKind;

export type Report = (node: ts.Node, m: Message, ...args: string[]) => void;

export function checkSubset(sf: ts.SourceFile, report: Report): void {
  const visit = (n: ts.Node): void => {
    switch (n.kind) {
      case K.AnyKeyword:
        report(n, M.anyType);
        break;
      case K.AsExpression:
      case K.TypeAssertionExpression:
        if ((n as ts.AsExpression).type.kind === K.UnknownKeyword) report(n, M.castThroughUnknown);
        break;
      case K.BinaryExpression: {
        const op = (n as ts.BinaryExpression).operatorToken;
        if (op.kind === K.EqualsEqualsToken || op.kind === K.ExclamationEqualsToken) report(op, M.looseEquality, op.getText());
        break;
      }
      case K.CallExpression: {
        const c = n as ts.CallExpression;
        if (ts.isIdentifier(c.expression) && c.expression.text === "eval") report(c, M.evalCall);
        break;
      }
      case K.Identifier:
        if ((n as ts.Identifier).text === "arguments" && !ts.isPropertyAccessExpression(n.parent)) report(n, M.argumentsObj);
        break;
      case K.PropertyAccessExpression:
        if ((n as ts.PropertyAccessExpression).name.text === "prototype" && !isMarkedMethod(n)) report(n, M.prototypeAccess);
        break;
      case K.VariableDeclarationList:
        if (!((n as ts.VariableDeclarationList).flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) report(n.parent ?? n, M.varKeyword);
        break;
      case K.ForInStatement:
        report(n, M.forIn);
        break;
      case K.BigIntLiteral:
      case K.BigIntKeyword:
        report(n, M.bigint);
        break;
      case K.GetAccessor:
      case K.SetAccessor:
        if (ts.getModifiers(n as ts.AccessorDeclaration)?.some((m) => m.kind === K.StaticKeyword)) report(n, M.getter);
        break;
      case K.ClassStaticBlockDeclaration:
        report(n, M.staticMember);
        break;
      case K.WithStatement:
        report(n, M.withStatement);
        break;
      case K.FunctionDeclaration:
        if (!ts.isSourceFile(n.parent) && !ts.isBlock(n.parent)) report(n, M.nestedFunction);
      // falls through
      case K.ArrowFunction:
      case K.FunctionExpression:
      case K.MethodDeclaration:
      case K.Constructor: {
        const f = n as ts.FunctionLikeDeclaration;
        if (ts.getModifiers(f as ts.HasModifiers)?.some((m) => m.kind === K.AsyncKeyword)) report(f, M.asyncFn);
        for (const p of f.parameters) if (p.dotDotDotToken && !ts.isIdentifier(p.name)) report(p, M.destructuring);
        break;
      }
      case K.InterfaceDeclaration:
        for (const m of (n as ts.InterfaceDeclaration).members) {
          if (!ts.isPropertySignature(m) && !ts.isMethodSignature(m)) report(m, M.interfaceMember, m.getText().split("\n")[0].slice(0, 40));
        }
        break;
      case K.TypeLiteral:
        // a record type: properties only (an interface with methods is one classes implement)
        for (const m of (n as ts.TypeLiteralNode).members) {
          if (!ts.isPropertySignature(m) && !ts.isIndexSignatureDeclaration(m)) report(m, M.interfaceType, m.getText().split("\n")[0].slice(0, 40));
        }
        break;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}

/** rts/jit's marks name a method as `elidable(Cls.prototype.method)`: the one use of .prototype RTS allows. */
function isMarkedMethod(n: ts.Node): boolean {
  const method = n.parent;
  const call = method?.parent;
  return (
    !!call &&
    ts.isPropertyAccessExpression(method) &&
    method.expression === n &&
    ts.isCallExpression(call) &&
    call.arguments[0] === method &&
    ts.isIdentifier(call.expression) &&
    ["elidable", "unrollSafe", "dontLookInside", "lookInsideIff"].includes(call.expression.text)
  );
}
