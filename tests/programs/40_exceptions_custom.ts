// Custom Error subclasses with extra fields, instanceof dispatch in catch, rethrow, error hierarchies.
class ParseError extends Error {
  pos: number;
  constructor(msg: string, pos: number) {
    super(msg);
    this.pos = pos;
  }
}

class LexError extends ParseError {
  ch: string;
  constructor(msg: string, pos: number, ch: string) {
    super(msg, pos);
    this.ch = ch;
  }
}

class LimitError extends Error {
  constructor(msg: string) {
    super(msg);
  }
}

function risky(n: number): number {
  if (n === 1) throw new ParseError("unexpected token", 7);
  if (n === 2) throw new LexError("bad char", 3, "@");
  if (n === 3) throw new LimitError("too big");
  if (n === 4) throw new Error("plain");
  return n * 10;
}

function classify(n: number): string {
  try {
    return "value " + risky(n);
  } catch (e) {
    if (e instanceof LexError) return "lex error at " + e.pos + " '" + e.ch + "': " + e.message;
    if (e instanceof ParseError) return "parse error at " + e.pos + ": " + e.message;
    if (e instanceof LimitError) return "limit: " + e.message;
    return "other: " + (e as Error).message;
  }
}

function onlyParse(n: number): string {
  try {
    return "ok " + risky(n);
  } catch (e) {
    if (e instanceof ParseError) {
      return "handled " + e.message;
    } else {
      throw e;
    }
  }
}

export function main(argv: string[]): number {
  for (let n = 0; n <= 5; n++) console.log(classify(n));
  for (let n = 0; n <= 4; n++) {
    try {
      console.log(onlyParse(n));
    } catch (e) {
      if (e instanceof LimitError) {
        console.log("rethrown limit " + e.message);
      } else if (e instanceof Error) {
        console.log("rethrown error " + e.message);
      } else {
        throw e;
      }
    }
  }
  const le = new LexError("x", 1, "y");
  console.log(le instanceof LexError);
  console.log(le instanceof ParseError);
  console.log(le instanceof Error);
  console.log(le instanceof LimitError);
  console.log(le.message + le.pos + le.ch);
  try {
    throw le;
  } catch (e) {
    if (e instanceof ParseError) {
      e.pos = 99;
    }
  }
  console.log(le.pos);
  let wrapped = "";
  try {
    try {
      risky(2);
    } catch (e) {
      if (e instanceof ParseError) throw new LimitError("wrapped: " + e.message);
      throw e;
    }
  } catch (e) {
    if (e instanceof LimitError) wrapped = e.message;
  }
  console.log(wrapped);
  return 0;
}
