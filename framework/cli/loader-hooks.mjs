// Node module hooks used by `rts run` and the translator's Load stage:
// resolve the `rts/...` specifiers to the toolkit, wherever the program lives.
// (Runs in Node's loader thread; plain JS so it needs no transpiler.)
const RLIB = {
  "rts/rlib": "../rlib/index.ts",
  "rts/rlib/os": "../rlib/os.ts",
  "rts/jit": "../rlib/jit.ts",
  "rts/ll": "../rlib/ll.ts",
};

export async function resolve(specifier, context, nextResolve) {
  const target = RLIB[specifier];
  if (target !== undefined) {
    return { url: new URL(target, import.meta.url).href, shortCircuit: true, format: "module" };
  }
  const resolved = await nextResolve(specifier, context);
  // RTS modules are always ES modules, also outside a "type": "module" package.
  if (resolved.url.startsWith("file:") && /\.m?ts$/.test(resolved.url)) return { ...resolved, format: "module" };
  return resolved;
}
