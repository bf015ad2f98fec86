// JSON.stringify for the values whose type the frontend sees (strings,
// numbers, booleans, and arrays of them), written in RTS.

/** QuoteJSONString: `"`, the escapes JSON needs (lone surrogates as \udxxx, as ES2019 prints them), `"`. */
export function jsonQuote(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc = "";
    if (c === 34) esc = '\\"';
    else if (c === 92) esc = "\\\\";
    else if (c === 8) esc = "\\b";
    else if (c === 9) esc = "\\t";
    else if (c === 10) esc = "\\n";
    else if (c === 12) esc = "\\f";
    else if (c === 13) esc = "\\r";
    else if (c < 32) esc = "\\u" + hex4(c);
    else if (c >= 0xd800 && c <= 0xdfff) {
      const lead = c <= 0xdbff;
      const pair = lead ? i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff : i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
      if (!pair) esc = "\\u" + hex4(c);
    }
    if (esc === "") continue;
    out += s.slice(start, i) + esc;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

/** Four lowercase hex digits. */
function hex4(c: number): string {
  const digits = "0123456789abcdef";
  return digits[(c >> 12) & 15] + digits[(c >> 8) & 15] + digits[(c >> 4) & 15] + digits[c & 15];
}

/** A number: as String() prints it; NaN and the infinities are null. */
export function jsonNumber(x: number): string {
  return Number.isFinite(x) ? String(x) : "null";
}

export function jsonBoolean(b: boolean): string {
  return b ? "true" : "false";
}

/** An array of values f stringifies: `[a,b]`. */
export function jsonArray<T>(xs: T[], f: (x: T) => string): string {
  let out = "[";
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) out += ",";
    out += f(xs[i]);
  }
  return out + "]";
}

/** The gap of JSON.stringify(x, null, space) for a number: that many spaces, at most ten (none below one). */
export function jsonGapOfNumber(n: number): string {
  const k = Math.min(10, Math.trunc(n));
  return k >= 1 ? " ".repeat(k) : "";
}

/** The gap for a string: its first ten code units. */
export function jsonGapOfString(s: string): string {
  return s.length <= 10 ? s : s.slice(0, 10);
}
