// Integration: a JSON-like document tree (abstract base, subclasses, arrays, maps) printed with escaping.
import { StringBuilder } from "rts/rlib";

abstract class JValue {
  abstract write(sb: StringBuilder, indent: number): void;
  count(): number { return 1; }
}

class JNum extends JValue {
  constructor(public v: number) { super(); }
  write(sb: StringBuilder, indent: number): void { sb.append("" + this.v); }
}

class JStr extends JValue {
  constructor(public s: string) { super(); }
  write(sb: StringBuilder, indent: number): void {
    sb.append("\"");
    for (let i = 0; i < this.s.length; i++) {
      const c = this.s[i];
      if (c === "\"") sb.append("\\\"");
      else if (c === "\\") sb.append("\\\\");
      else if (c === "\n") sb.append("\\n");
      else if (c.charCodeAt(0) < 32) sb.append("\\u" + ("" + c.charCodeAt(0)).padStart(4, "0"));
      else sb.append(c);
    }
    sb.append("\"");
  }
}

class JBool extends JValue {
  constructor(public b: boolean) { super(); }
  write(sb: StringBuilder, indent: number): void { sb.append(this.b ? "true" : "false"); }
}

class JNull extends JValue {
  write(sb: StringBuilder, indent: number): void { sb.append("null"); }
}

class JArr extends JValue {
  items: JValue[] = [];
  add(v: JValue): JArr {
    this.items.push(v);
    return this;
  }
  write(sb: StringBuilder, indent: number): void {
    if (this.items.length === 0) {
      sb.append("[]");
      return;
    }
    sb.append("[");
    for (let i = 0; i < this.items.length; i++) {
      if (i > 0) sb.append(", ");
      this.items[i].write(sb, indent);
    }
    sb.append("]");
  }
  count(): number {
    let n = 1;
    for (const it of this.items) n += it.count();
    return n;
  }
}

class JObj extends JValue {
  fields = new Map<string, JValue>();
  put(k: string, v: JValue): JObj {
    this.fields.set(k, v);
    return this;
  }
  write(sb: StringBuilder, indent: number): void {
    sb.append("{\n");
    let i = 0;
    for (const [k, v] of this.fields) {
      sb.append(" ".repeat(indent + 2));
      new JStr(k).write(sb, 0);
      sb.append(": ");
      v.write(sb, indent + 2);
      i++;
      sb.append(i < this.fields.size ? ",\n" : "\n");
    }
    sb.append(" ".repeat(indent) + "}");
  }
  count(): number {
    let n = 1;
    for (const v of this.fields.values()) n += v.count();
    return n;
  }
}

export function main(argv: string[]): number {
  const inner = new JObj().put("x", new JNum(1.5)).put("y", new JNum(-2.0)).put("ok", new JBool(true));
  const arr = new JArr().add(new JNum(1.0)).add(new JStr("two")).add(new JNull()).add(new JArr());
  const doc = new JObj()
    .put("version", new JNum(1.0))
    .put("name", new JStr("rts \"test\"\nline2"))
    .put("path", new JStr("C:\\tmp\\x"))
    .put("tab", new JStr("a\tb"))
    .put("point", inner)
    .put("list", arr)
    .put("big", new JNum(1e21))
    .put("small", new JNum(0.1 + 0.2));
  doc.put("version", new JNum(2.5));
  const sb = new StringBuilder();
  doc.write(sb, 0);
  console.log(sb.build());
  console.log(doc.count());
  const nested = new JArr();
  let cur = nested;
  for (let i = 0; i < 5; i++) {
    const next = new JArr();
    cur.add(new JNum(i * 1.0)).add(next);
    cur = next;
  }
  const sb2 = new StringBuilder();
  nested.write(sb2, 0);
  console.log(sb2.build());
  console.log(nested.count());
  return 0;
}
