// The Load stage: runs the program's module-level code on Node ("init
// time") and records what it built: the values of module-level bindings
// (prebuilt constants and the initial values of globals) and the run-time
// class object of every class (to recognise prebuilt instances).
import { register } from "node:module";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { ts } from "ts-morph";
import type { Frontend } from "../frontend/frontend.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";

let hookPort: MessagePort | null = null;
let loadCount = 0;

/** Sends one batch of compiled modules to the loader thread; resolves when it has them. */
async function publish(files: Record<string, string>): Promise<number> {
  if (!hookPort) {
    const { port1, port2 } = new MessageChannel();
    register("./load-hooks.mjs", { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });
    hookPort = port1;
    hookPort.unref();
  }
  const version = ++loadCount;
  const port = hookPort;
  await new Promise<void>((resolve) => {
    const onAck = (m: { ack: number }): void => {
      if (m.ack !== version) return;
      port.off("message", onAck);
      port.unref();
      resolve();
    };
    port.on("message", onAck);
    port.ref();
    port.postMessage({ version, files });
  });
  return version;
}

export async function loadProgram(fe: Frontend): Promise<void> {
  const files: Record<string, string> = {};
  for (const sf of fe.userFiles()) files[pathToFileURL(sf.fileName).href] = compileModule(sf);
  const version = await publish(files);
  const bindingsByFile = new Map<string, Record<string, unknown>>();
  for (const sf of fe.userFiles()) {
    let mod: { __rts_bindings__?: () => Record<string, unknown> };
    try {
      mod = await import(`${pathToFileURL(sf.fileName).href}?rts-load=${version}`);
    } catch (e) {
      const msg = e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
      throw new RtsError([new RtsDiagnostic(1006, `module initialisation failed: ${msg}`, { file: sf.fileName, line: 1, col: 1 }, "module-level code runs at translation time and must not throw")]);
    }
    if (mod.__rts_bindings__) bindingsByFile.set(sf.fileName, mod.__rts_bindings__());
  }
  for (const g of fe.allGlobals()) {
    const b = bindingsByFile.get(g.file);
    if (b && g.name in b) {
      g.value = b[g.name];
      g.loaded = true;
    }
  }
  fe.discoverClasses();
  for (const sf of fe.userFiles()) {
    const b = bindingsByFile.get(sf.fileName);
    if (!b) continue;
    for (const st of sf.statements) {
      if (ts.isFunctionDeclaration(st) && st.name && st.body && st.name.text in b) fe.runtimeFunctions.set(b[st.name.text], fe.functionFor(st));
    }
  }
  for (const c of fe.allClasses) {
    if (c.builtin || !c.decl) continue;
    const file = c.decl.getSourceFile().fileName;
    let b = bindingsByFile.get(file);
    if (!b && fe.isRlibFile(file)) b = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    if (b && c.name in b) c.runtimeClass = b[c.name];
    if (!c.runtimeClass || !c.decl) continue;
    // static fields: their value once the class is defined
    for (const g of fe.staticFields(c.decl)) {
      g.value = (c.runtimeClass as Record<string, unknown>)[g.name.slice(g.name.indexOf(".") + 1)];
      g.loaded = true;
    }
  }
}

function topLevelNames(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) out.push(d.name.text);
    } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) out.push(s.name.text);
  }
  return out;
}

/**
 * A user module as the Load stage runs it: TypeScript compiled to JS, each
 * function expression evaluated at init time wrapped as __rts_fn__(pos, f)
 * (so a function value found in init-time data maps back to its source),
 * and an extra export returning the module's top-level bindings.
 */
function compileModule(sf: ts.SourceFile): string {
  const out = ts.transpileModule(sf.text, {
    fileName: sf.fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, useDefineForClassFields: true, sourceMap: false },
    transformers: { before: [instrumentInitFunctions] },
  });
  const getters = topLevelNames(sf).map((n) => `get ${n}() { return ${n}; }`).join(", ");
  return (
    `${out.outputText}\nexport function __rts_bindings__() { return { ${getters} }; }\n` +
    `function __rts_fn__(pos, fn) { (globalThis.__rts_fns__ ??= new Map()).set(fn, ${JSON.stringify(sf.fileName)} + ":" + pos); return fn; }\n`
  );
}

/** Wraps the function expressions evaluated at init time (not those inside functions). */
function instrumentInitFunctions(context: ts.TransformationContext): (sf: ts.SourceFile) => ts.SourceFile {
  const f = context.factory;
  const wrap = (n: ts.Expression): ts.Expression => f.createCallExpression(f.createIdentifier("__rts_fn__"), undefined, [f.createNumericLiteral(n.pos), n]);
  const visitInit = (n: ts.Node): ts.Node => {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) return wrap(n);
    if (ts.isClassExpression(n)) return n;
    return ts.visitEachChild(n, visitInit, context);
  };
  const visitTop = (n: ts.Statement): ts.Statement => {
    if (ts.isVariableStatement(n)) return ts.visitEachChild(n, visitInit, context);
    if (ts.isClassDeclaration(n)) {
      const members = n.members.map((m) =>
        ts.isPropertyDeclaration(m) && m.initializer && ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)
          ? f.updatePropertyDeclaration(m, m.modifiers, m.name, m.questionToken ?? m.exclamationToken, m.type, ts.visitNode(m.initializer, visitInit) as ts.Expression)
          : m,
      );
      return f.updateClassDeclaration(n, n.modifiers, n.name, n.typeParameters, n.heritageClauses, members);
    }
    return n;
  };
  return (sf) => f.updateSourceFile(sf, sf.statements.map(visitTop));
}
