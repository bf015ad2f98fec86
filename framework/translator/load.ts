// The Load stage: runs the program's module-level code on Node ("init
// time") and records what it built: the values of module-level bindings
// (prebuilt constants and the initial values of globals) and the run-time
// class object of every class (to recognise prebuilt instances).
import { register } from "node:module";
import { pathToFileURL } from "node:url";
import { ts } from "ts-morph";
import type { Frontend } from "../frontend/frontend.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";

export async function loadProgram(fe: Frontend): Promise<void> {
  const names: Record<string, string[]> = {};
  for (const sf of fe.userFiles()) names[pathToFileURL(sf.fileName).href] = topLevelNames(sf);
  register("./load-hooks.mjs", { parentURL: import.meta.url, data: { names } });
  const bindingsByFile = new Map<string, Record<string, unknown>>();
  for (const sf of fe.userFiles()) {
    let mod: { __rts_bindings__?: () => Record<string, unknown> };
    try {
      mod = await import(pathToFileURL(sf.fileName).href);
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
