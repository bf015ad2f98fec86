// A jitcode as text, decoded from its words (so the text shows exactly what
// the runtime will read): `%i3` a register, `$5` a constant, `L12` a code
// offset, `<field Program.ops>` a descr, `I[%i0, $1]` a register list.
import { Constant } from "../../flow/model.ts";
import { typeName } from "../../rtyper/lltypes.ts";
import { INSN_FORMS } from "../insns.ts";
import type { Descr, JitCode, Kind } from "./jitcode.ts";

export function describeDescr(d: Descr): string {
  switch (d.kind) {
    case "field":
      return `<field ${d.layout.cls.name}.${d.field}>`;
    case "size":
      return `<size ${d.layout.cls.name}>`;
    case "call":
      return `<call ${d.fn.desc.qualname}${d.effects.elidable ? " elidable" : ""}${d.effects.canRaise ? " raises" : ""}>`;
    case "jitcode":
      return `<jitcode ${d.jitcode.name}>`;
    case "op": {
      const metas = d.op.args.filter((_, i) => d.argKinds[i] === "meta").map((c) => metaText((c as Constant).value));
      return `<op ${d.op.opname}${metas.length ? ` ${metas.join(" ")}` : ""}>`;
    }
    case "switch":
      return `<switch ${[...d.cases].map(([v, o]) => `${v}:L${o}`).join(" ")}>`;
    case "fatal":
      return `<fatal ${JSON.stringify(d.message)}>`;
  }
}

function metaText(x: unknown): string {
  if (typeof x === "string") return JSON.stringify(x);
  if (x && typeof x === "object") {
    const o = x as { cls?: { name: string }; desc?: { qualname: string }; k?: string; name?: string; ownInstancesOf?: unknown };
    if (o.cls) return o.ownInstancesOf ? `exactly ${o.cls.name}` : o.cls.name;
    if (o.desc) return o.desc.qualname;
    if (o.k) return typeName(o as never);
    if (typeof o.name === "string") return o.name;
  }
  return String(x);
}

export function formatJitCode(jc: JitCode, descrs: readonly Descr[]): string {
  const code = jc.code;
  const lines: string[] = [];
  const targets = new Set<number>();
  const decoded: { at: number; text: string }[] = [];
  const reg = (k: Kind, n: number): string => {
    if (n < jc.numRegs[k]) return `%${k}${n}`;
    const c = jc.consts[k][n - jc.numRegs[k]];
    return `$${c instanceof Constant ? String(c) : typeof c === "string" ? JSON.stringify(c) : String(c)}`;
  };
  let p = 0;
  while (p < code.length) {
    const at = p;
    const form = INSN_FORMS[code[p++]];
    const slash = form.indexOf("/");
    const name = form.slice(0, slash);
    const argcodes = form.slice(slash + 1);
    const parts: string[] = [];
    let result = "";
    for (let c = 0; c < argcodes.length; c++) {
      const a = argcodes[c];
      if (a === ">") {
        const k = argcodes[++c] as Kind;
        result = ` -> ${reg(k, code[p++])}`;
      } else if (a === "i" || a === "r" || a === "f") parts.push(reg(a, code[p++]));
      else if (a === "I" || a === "R" || a === "F") {
        const n = code[p++];
        const items: string[] = [];
        for (let k = 0; k < n; k++) items.push(reg(a.toLowerCase() as Kind, code[p++]));
        parts.push(`${a}[${items.join(", ")}]`);
      } else if (a === "L") {
        targets.add(code[p]);
        parts.push(`L${code[p++]}`);
      } else if (a === "d") {
        const d = descrs[code[p++]];
        if (d.kind === "switch") for (const o of d.cases.values()) targets.add(o);
        parts.push(describeDescr(d));
      } else if (a === "n") {
        const n = code[p++];
        if (name === "live") {
          const e = jc.liveness[n];
          parts.push([...e.i.map((r) => `%i${r}`), ...e.r.map((r) => `%r${r}`), ...e.f.map((r) => `%f${r}`)].join(" ") || "-");
        } else parts.push(String(n));
      }
    }
    decoded.push({ at, text: `${name}${parts.length ? " " + parts.join(", ") : ""}${result}` });
  }
  for (const d of decoded) {
    if (targets.has(d.at)) lines.push(`L${d.at}:`);
    lines.push(`  ${d.text}`);
  }
  return lines.join("\n");
}
