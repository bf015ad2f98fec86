// Hand-written JSON tokenizer (no regular expressions) and recursive-descent parser,
// plus a pretty printer; results compared against the built-in JSON object.

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

type Tok =
  | { t: "punct"; ch: "{" | "}" | "[" | "]" | ":" | "," ; at: number }
  | { t: "string"; value: string; at: number }
  | { t: "number"; value: number; at: number }
  | { t: "literal"; value: true | false | null; at: number }
  | { t: "end"; at: number };

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (offset ${offset})`);
    this.name = "JsonSyntaxError";
  }
}

const isDigit = (c: string): boolean => c >= "0" && c <= "9";
const isSpace = (c: string): boolean => c === " " || c === "\n" || c === "\r" || c === "\t";

function* lex(text: string): Generator<Tok> {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) { i++; continue; }
    const start = i;
    if ("{}[]:,".includes(c)) {
      i++;
      yield { t: "punct", ch: c as "{", at: start };
    } else if (c === '"') {
      i++;
      let out = "";
      while (true) {
        if (i >= text.length) throw new JsonSyntaxError("unterminated string", start);
        const ch = text[i++];
        if (ch === '"') break;
        if (ch !== "\\") { out += ch; continue; }
        const esc = text[i++];
        switch (esc) {
          case "n": out += "\n"; break;
          case "t": out += "\t"; break;
          case "r": out += "\r"; break;
          case "b": out += "\b"; break;
          case "f": out += "\f"; break;
          case "/": case "\\": case '"': out += esc; break;
          case "u": {
            const hex = text.slice(i, i + 4);
            let code = 0;
            for (const h of hex) {
              const d = "0123456789abcdef".indexOf(h.toLowerCase());
              if (d < 0) throw new JsonSyntaxError("bad unicode escape", i);
              code = code * 16 + d;
            }
            out += String.fromCharCode(code);
            i += 4;
            break;
          }
          default: throw new JsonSyntaxError(`bad escape \\${esc}`, i - 1);
        }
      }
      yield { t: "string", value: out, at: start };
    } else if (c === "-" || isDigit(c)) {
      if (c === "-") i++;
      while (i < text.length && isDigit(text[i])) i++;
      if (text[i] === ".") { i++; while (isDigit(text[i] ?? "")) i++; }
      if (text[i] === "e" || text[i] === "E") {
        i++;
        if (text[i] === "+" || text[i] === "-") i++;
        while (isDigit(text[i] ?? "")) i++;
      }
      const raw = text.slice(start, i);
      const value = Number(raw);
      if (Number.isNaN(value)) throw new JsonSyntaxError(`bad number '${raw}'`, start);
      yield { t: "number", value, at: start };
    } else {
      const words: Array<[string, true | false | null]> = [["true", true], ["false", false], ["null", null]];
      const hit = words.find(([w]) => text.startsWith(w, i));
      if (!hit) throw new JsonSyntaxError(`unexpected character '${c}'`, i);
      i += hit[0].length;
      yield { t: "literal", value: hit[1], at: start };
    }
  }
  yield { t: "end", at: text.length };
}

class JsonParser {
  private readonly tokens: Tok[];
  private i = 0;
  constructor(text: string) { this.tokens = [...lex(text)]; }

  parse(): JsonValue {
    const v = this.value();
    const rest = this.tokens[this.i];
    if (rest.t !== "end") throw new JsonSyntaxError("trailing data", rest.at);
    return v;
  }

  private isPunct(ch: string): boolean {
    const tok = this.tokens[this.i];
    return tok.t === "punct" && tok.ch === ch;
  }

  private expect(ch: string): void {
    if (!this.isPunct(ch)) throw new JsonSyntaxError(`expected '${ch}'`, this.tokens[this.i].at);
    this.i++;
  }

  private value(): JsonValue {
    const tok = this.tokens[this.i];
    switch (tok.t) {
      case "string": case "number": case "literal":
        this.i++;
        return tok.value;
      case "punct":
        if (tok.ch === "[") return this.array();
        if (tok.ch === "{") return this.object();
        throw new JsonSyntaxError(`unexpected '${tok.ch}'`, tok.at);
      case "end":
        throw new JsonSyntaxError("unexpected end of input", tok.at);
    }
  }

  private array(): JsonValue[] {
    this.expect("[");
    const items: JsonValue[] = [];
    if (this.isPunct("]")) { this.i++; return items; }
    do { items.push(this.value()); } while (this.isPunct(",") && ++this.i);
    this.expect("]");
    return items;
  }

  private object(): { [key: string]: JsonValue } {
    this.expect("{");
    const obj: { [key: string]: JsonValue } = {};
    if (this.isPunct("}")) { this.i++; return obj; }
    do {
      const key = this.tokens[this.i];
      if (key.t !== "string") throw new JsonSyntaxError("object key must be a string", key.at);
      this.i++;
      this.expect(":");
      obj[key.value] = this.value();
    } while (this.isPunct(",") && ++this.i);
    this.expect("}");
    return obj;
  }
}

function pretty(v: JsonValue, indent = ""): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const inner = indent + "  ";
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return `[\n${v.map((x) => inner + pretty(x, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${pretty(x, inner)}`).join(",\n")}\n${indent}}`;
}

function depth(v: JsonValue): number {
  if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depth));
  if (v !== null && typeof v === "object") return 1 + Math.max(0, ...Object.values(v).map(depth));
  return 0;
}

export function main(argv: string[]): number {
  const doc = `{
    "name": "widget", "id": 1042, "price": -12.5e1, "tags": ["a", "b\\n", "\\u0041\\u00e9"],
    "dims": {"w": 3, "h": 4.25, "nested": [[], {}, [true, false, null]]},
    "quote": "she said \\"hi\\""
  }`;
  const parsed = new JsonParser(doc).parse();
  console.log(pretty(parsed));
  console.log("depth:", depth(parsed));
  console.log("matches JSON.parse:", JSON.stringify(parsed) === JSON.stringify(JSON.parse(doc)));

  const bad = ['{"a": 1,}', "[1 2]", '{"a" 1}', '"open', "tru", "[1, 2] 3", "-"];
  for (const text of bad) {
    try {
      new JsonParser(text).parse();
      console.log(`${text} -> parsed?!`);
    } catch (e) {
      if (e instanceof JsonSyntaxError) console.log(`${text.padEnd(10)} -> ${e.message}`);
      else throw e;
    }
  }
  return 0;
}
