// Module hooks for the Load stage: every user module gets an extra export,
// __rts_bindings__(), returning its top-level bindings after initialisation,
// so the translator can read the objects init-time code built (including
// module-private ones).  Plain JS: it runs in Node's loader thread.
const DECL = /^(?:export\s+)?(?:const|let|var|class|function\*?)\s+([A-Za-z_$][\w$]*)/gm;

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  const isUser = url.startsWith("file:") && /\.m?ts$/.test(url.split("?")[0]) && !url.includes("/node_modules/") && !url.includes("/framework/rlib/");
  if (!isUser || result.source == null) return result;
  const src = typeof result.source === "string" ? result.source : Buffer.from(result.source).toString("utf8");
  const names = new Set();
  for (const m of src.matchAll(DECL)) names.add(m[1]);
  const getters = [...names].map((n) => `get ${n}() { return ${n}; }`).join(", ");
  return { ...result, source: `${src}\nexport function __rts_bindings__() { return { ${getters} }; }\n` };
}
