// Module hooks for the Load stage: every user module gets an extra export,
// __rts_bindings__(), returning its top-level bindings after initialisation,
// so the translator can read the objects init-time code built (including
// module-private ones).  The frontend passes the binding names per file.
// Plain JS: it runs in Node's loader thread.
let namesByUrl = {};

export function initialize(data) {
  namesByUrl = data.names;
}

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  const names = namesByUrl[url.split("?")[0]];
  if (!names || result.source == null) return result;
  const src = typeof result.source === "string" ? result.source : Buffer.from(result.source).toString("utf8");
  const getters = names.map((n) => `get ${n}() { return ${n}; }`).join(", ");
  return { ...result, source: `${src}\nexport function __rts_bindings__() { return { ${getters} }; }\n` };
}
