// The Load stage: runs the program's module-level code on Node ("init
// time") and records what it built: the values of module-level bindings
// (prebuilt constants and the initial values of globals) and the run-time
// class object of every class (to recognise prebuilt instances).
import { LOOK_INSIDE_IFF, MARKED_FIELDS, MARKED_FUNCTIONS, VIRTUALIZABLE_FIELDS } from "../rlib/jit.ts";
import { register } from "node:module";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { ts } from "ts-morph";
import type { Frontend } from "../frontend/frontend.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";
import { initTime } from "../rlib/init-time.ts";

const PRIVATE_STATICS_KEY = "rts.privateStatics";
const PRIVATE_FIELDS_KEY = "rts.privateFields";
/** The method the Load stage adds to classes with static #private fields: their values by name. */
const PRIVATE_STATICS = Symbol.for(PRIVATE_STATICS_KEY);
/** The same for #private instance fields (prebuilt instances). */
export const PRIVATE_FIELDS = Symbol.for(PRIVATE_FIELDS_KEY);

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
  for (const sf of fe.loadedFiles()) files[pathToFileURL(sf.fileName).href] = compiledModule(sf);
  const version = await publish(files);
  const bindingsByFile = new Map<string, Record<string, unknown>>();
  // module-level code runs now: output (console.log, rts/rlib/os) would never reach the translated program
  const savedLog = console.log;
  initTime.running = true;
  // rts/jit's marks are this load's (a process may load the same program again)
  MARKED_FUNCTIONS.clear();
  LOOK_INSIDE_IFF.clear();
  MARKED_FIELDS.clear();
  VIRTUALIZABLE_FIELDS.clear();
  console.log = () => {
    throw new Error("console.log in module-level code: it runs at translation time, and the translated program would not print it (move it into main())");
  };
  process.setSourceMapsEnabled(true);
  try {
    for (const sf of fe.loadedFiles()) {
      let mod: { __rts_bindings__?: () => Record<string, unknown>; __rts_functions__?: () => Map<unknown, number> | undefined; __rts_objects__?: () => Map<object, number> | undefined };
      try {
        mod = await import(`${pathToFileURL(sf.fileName).href}?rts-load=${version}`);
      } catch (e) {
        throw initError(e, sf.fileName, fe);
      }
      if (mod.__rts_bindings__) bindingsByFile.set(sf.fileName, mod.__rts_bindings__());
      for (const [fn, pos] of mod.__rts_functions__?.() ?? []) fe.initFunctionSources.set(fn, { file: sf.fileName, pos });
      for (const [obj, pos] of mod.__rts_objects__?.() ?? []) fe.initLiteralSources.set(obj, `${sf.fileName}:${pos}`);
    }
  } finally {
    initTime.running = false;
    console.log = savedLog;
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
      const name = g.name.slice(g.name.indexOf(".") + 1);
      const holder = c.runtimeClass as Record<string, unknown> & { [PRIVATE_STATICS]?: () => Record<string, unknown> };
      g.value = name.startsWith("#") ? holder[PRIVATE_STATICS]?.()[name] : holder[name];
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

/** The error of module-level code, located at the innermost frame in the program's own files. */
function initError(e: unknown, file: string, fe: Frontend): RtsError {
  const msg = e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
  let loc = { file, line: 1, col: 1 };
  const files = new Set(fe.userFiles().map((sf) => sf.fileName));
  // with source maps on, the frames name the TypeScript files (file: URLs or paths)
  for (const m of (e instanceof Error ? e.stack ?? "" : "").matchAll(/(?:file:\/\/)?(\/[^\s?)]+?)(?:\?rts-load=\d+)?:(\d+):(\d+)/g)) {
    const f = decodeURIComponent(m[1]);
    if (files.has(f)) {
      loc = { file: f, line: Number(m[2]), col: Number(m[3]) };
      break;
    }
  }
  return new RtsError([new RtsDiagnostic(1006, `module-level code failed at translation time: ${msg}`, loc, "module-level code runs when the program is translated (as RPython's init time); it must not throw, print or read stdin")]);
}

/** compileModule's outputs by file (a long-lived process loads the toolkit's rts/* modules, and each program once per GC, many times). */
const compiled = new Map<string, { text: string; js: string }>();

function compiledModule(sf: ts.SourceFile): string {
  const known = compiled.get(sf.fileName);
  if (known?.text === sf.text) return known.js;
  const js = compileModule(sf);
  compiled.set(sf.fileName, { text: sf.text, js });
  return js;
}

/**
 * A user module as the Load stage runs it: TypeScript compiled to JS, each
 * function expression evaluated at init time wrapped as __rts_fn__(pos, f)
 * (so a function value found in init-time data maps back to its source:
 * the module's __rts_functions__() returns them), each object literal
 * evaluated at init time as __rts_obj__(pos, methods, o) (its methods are
 * function values of their own; __rts_objects__() maps each object to
 * its literal's position), and an extra export returning the module's
 * top-level bindings.
 */
function compileModule(sf: ts.SourceFile): string {
  const out = ts.transpileModule(sf.text, {
    fileName: sf.fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, useDefineForClassFields: true, inlineSourceMap: true },
    transformers: { before: [instrumentInitFunctions] },
  });
  const getters = topLevelNames(sf).map((n) => `get ${n}() { return ${n}; }`).join(", ");
  return (
    `${out.outputText}\nexport function __rts_bindings__() { return { ${getters} }; }\n` +
    // var: hoisted, so the wrapper works while module-level code runs, above this line
    `var __rts_fns__;\nfunction __rts_fn__(pos, fn) { (__rts_fns__ ??= new Map()).set(fn, pos); return fn; }\n` +
    `export function __rts_functions__() { return __rts_fns__; }\n` +
    `var __rts_objs__;\nfunction __rts_obj__(pos, methods, o) { for (const [name, at] of methods) __rts_fn__(at, o[name]); ` +
    `(__rts_objs__ ??= new Map()).set(o, pos); return o; }\n` +
    `export function __rts_objects__() { return __rts_objs__; }\n`
  );
}

/** Wraps the function expressions evaluated at init time (not those inside functions). */
function instrumentInitFunctions(context: ts.TransformationContext): (sf: ts.SourceFile) => ts.SourceFile {
  const f = context.factory;
  const wrap = (n: ts.Expression): ts.Expression => f.createCallExpression(f.createIdentifier("__rts_fn__"), undefined, [f.createNumericLiteral(n.pos), n]);
  const visitInit = (n: ts.Node): ts.Node => {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) return wrap(n);
    if (ts.isClassExpression(n)) return n;
    if (ts.isObjectLiteralExpression(n)) {
      // (a method's body runs later: only the other properties are init-time code)
      const props = n.properties.map((p) => (ts.isMethodDeclaration(p) || ts.isAccessor(p) ? p : (ts.visitNode(p, visitInit) as ts.ObjectLiteralElementLike)));
      const methods = n.properties.filter((p): p is ts.MethodDeclaration => ts.isMethodDeclaration(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)));
      const table = f.createArrayLiteralExpression(methods.map((m) => f.createArrayLiteralExpression([f.createStringLiteral((m.name as ts.Identifier).text), f.createNumericLiteral(m.pos)])));
      return f.createCallExpression(f.createIdentifier("__rts_obj__"), undefined, [f.createNumericLiteral(n.pos), table, f.updateObjectLiteralExpression(n, props)]);
    }
    return ts.visitEachChild(n, visitInit, context);
  };
  const isStatic = (m: ts.ClassElement): boolean => !!ts.getModifiers(m as ts.HasModifiers)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
  // #private fields cannot be read from outside the class: a method per class returns them
  const privateReader = (key: string, receiver: ts.Expression, names: string[], statik: boolean): ts.ClassElement =>
    f.createMethodDeclaration(
      statik ? [f.createModifier(ts.SyntaxKind.StaticKeyword)] : undefined, undefined, f.createComputedPropertyName(f.createCallExpression(
        f.createPropertyAccessExpression(f.createIdentifier("Symbol"), "for"), undefined, [f.createStringLiteral(key)])), undefined, undefined, [], undefined,
      f.createBlock([f.createReturnStatement(f.createObjectLiteralExpression(
        names.map((p) => f.createPropertyAssignment(f.createStringLiteral(p), f.createPropertyAccessExpression(receiver, f.createPrivateIdentifier(p)))),
      ))]),
    );
  const visitTop = (n: ts.Statement): ts.Statement => {
    if (ts.isVariableStatement(n) || ts.isExpressionStatement(n) || ts.isIterationStatement(n, false) || ts.isIfStatement(n) || ts.isBlock(n)) return ts.visitEachChild(n, visitInit, context);
    if (ts.isClassDeclaration(n)) {
      const members: ts.ClassElement[] = n.members.map((m) =>
        ts.isPropertyDeclaration(m) && m.initializer && isStatic(m)
          ? f.updatePropertyDeclaration(m, m.modifiers, m.name, m.questionToken ?? m.exclamationToken, m.type, ts.visitNode(m.initializer, visitInit) as ts.Expression)
          : m,
      );
      const privates = (statik: boolean): string[] =>
        n.members.filter((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && ts.isPrivateIdentifier(m.name) && isStatic(m) === statik).map((m) => m.name.getText());
      if (n.name && privates(true).length > 0) members.push(privateReader(PRIVATE_STATICS_KEY, f.createIdentifier(n.name.text), privates(true), true));
      if (privates(false).length > 0) members.push(privateReader(PRIVATE_FIELDS_KEY, f.createThis(), privates(false), false));
      return f.updateClassDeclaration(n, n.modifiers, n.name, n.typeParameters, n.heritageClauses, members);
    }
    return n;
  };
  return (sf) => f.updateSourceFile(sf, sf.statements.map(visitTop));
}
