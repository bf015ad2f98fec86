// Module hooks for the Load stage (registered once per process by load.ts).
// The main thread compiles the user's modules itself (instrumented, with an
// extra export __rts_bindings__) and sends their text here, one batch per
// Load, under a version number: `file:///prog.ts?rts-load=N`.  Imports
// between the modules of one batch keep its version, so each Load runs
// the program's module-level code afresh, even in a long-lived process.
// Plain JS: it runs in Node's loader thread.
const sources = new Map(); // versioned URL -> module text

export function initialize(data) {
  const port = data.port;
  port.on("message", (batch) => {
    for (const [url, text] of Object.entries(batch.files)) sources.set(`${url}?rts-load=${batch.version}`, text);
    for (const url of batch.forget ?? []) sources.delete(url);
    port.postMessage({ ack: batch.version });
  });
  port.unref();
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const parent = context.parentURL ?? "";
  const q = parent.indexOf("?rts-load=");
  if (q >= 0 && resolved.url.startsWith("file:")) {
    const versioned = resolved.url.split("?")[0] + parent.slice(q);
    if (sources.has(versioned)) return { url: versioned, format: "module", shortCircuit: true };
  }
  return resolved;
}

export async function load(url, context, nextLoad) {
  const text = sources.get(url);
  if (text === undefined) return nextLoad(url, context);
  return { format: "module", source: text, shortCircuit: true };
}
