// Tokenizer for the calculator test program (no main).
import { isDigit, isAlpha, isSpace } from "./strutil.ts";

export class CalcError extends Error {
  constructor(msg: string) {
    super(msg);
  }
}

export class Tok {
  constructor(public kind: string, public text: string, public num: number) {}
}

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c) || c === ".") {
      let j = i;
      let v = 0.0;
      while (j < src.length && isDigit(src[j])) {
        v = v * 10 + (src.charCodeAt(j) - 48);
        j++;
      }
      if (j < src.length && src[j] === ".") {
        j++;
        let scale = 0.1;
        while (j < src.length && isDigit(src[j])) {
          v += (src.charCodeAt(j) - 48) * scale;
          scale /= 10;
          j++;
        }
      }
      out.push(new Tok("num", src.slice(i, j), v));
      i = j;
    } else if (isAlpha(c)) {
      let j = i;
      while (j < src.length && (isAlpha(src[j]) || isDigit(src[j]))) j++;
      out.push(new Tok("id", src.slice(i, j), 0.0));
      i = j;
    } else if ("+-*/%^()=".includes(c)) {
      out.push(new Tok("op", c, 0.0));
      i++;
    } else {
      throw new CalcError("unexpected character '" + c + "' at " + i);
    }
  }
  out.push(new Tok("eof", "", 0.0));
  return out;
}
