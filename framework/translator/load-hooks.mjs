// Module hooks for the Load stage.  Every user module gets an extra export,
// __rts_bindings__(), returning its top-level bindings after initialisation,
// so the translator can read the objects init-time code built (including
// module-private ones).  The frontend passes the binding names per file.
//
// Function values built at init time (an arrow function in a module-level
// array or Map, a static field holding a function) must be traced back to
// their source: user modules are compiled here with a transform that wraps
// each such function expression as __rts_fn__(pos, f), recording
// f -> "file:pos" in globalThis.__rts_fns__.
// Plain JS: it runs in Node's loader thread.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import tsMorph from "ts-morph";

const { ts } = tsMorph;
let namesByUrl = {};

export function initialize(data) {
  namesByUrl = data.names;
}

/** Wraps the function expressions evaluated at init time (not those inside functions). */
function instrument(context) {
  const f = context.factory;
  const wrap = (n) => f.createCallExpression(f.createIdentifier("__rts_fn__"), undefined, [f.createNumericLiteral(n.pos), n]);
  const visitInit = (n) => {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) return wrap(n);
    if (ts.isClassExpression(n)) return n;
    return ts.visitEachChild(n, visitInit, context);
  };
  const visitTop = (n) => {
    if (ts.isVariableStatement(n)) return ts.visitEachChild(n, visitInit, context);
    if (ts.isClassDeclaration(n)) {
      const members = n.members.map((m) =>
        ts.isPropertyDeclaration(m) && m.initializer && ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)
          ? f.updatePropertyDeclaration(m, m.modifiers, m.name, m.questionToken ?? m.exclamationToken, m.type, ts.visitNode(m.initializer, visitInit))
          : m,
      );
      return f.updateClassDeclaration(n, n.modifiers, n.name, n.typeParameters, n.heritageClauses, members);
    }
    return n;
  };
  return (sf) => f.updateSourceFile(sf, sf.statements.map(visitTop));
}

export async function load(url, context, nextLoad) {
  const names = namesByUrl[url.split("?")[0]];
  if (!names) return nextLoad(url, context);
  const file = fileURLToPath(url.split("?")[0]);
  const text = await readFile(file, "utf8");
  const out = ts.transpileModule(text, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, useDefineForClassFields: true, sourceMap: false },
    transformers: { before: [instrument] },
  });
  const getters = names.map((n) => `get ${n}() { return ${n}; }`).join(", ");
  const source =
    `${out.outputText}\nexport function __rts_bindings__() { return { ${getters} }; }\n` +
    `function __rts_fn__(pos, fn) { (globalThis.__rts_fns__ ??= new Map()).set(fn, ${JSON.stringify(file)} + ":" + pos); return fn; }\n`;
  return { format: "module", source, shortCircuit: true };
}
