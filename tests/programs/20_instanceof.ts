// instanceof on class hierarchies, narrowing after instanceof, identity comparisons.
class Token {
  constructor(public text: string) {}
}

class NumTok extends Token {
  constructor(text: string, public value: number) {
    super(text);
  }
}

class OpTok extends Token {
  constructor(text: string, public prec: number) {
    super(text);
  }
}

class ParenTok extends Token {}

class LParen extends ParenTok {}

class RParen extends ParenTok {}

class Unrelated {
  text = "u";
}

function describe(t: Token): string {
  if (t instanceof NumTok) return "num " + t.value;
  if (t instanceof OpTok) return "op " + t.text + " prec " + t.prec;
  if (t instanceof LParen) return "lparen";
  if (t instanceof ParenTok) return "other paren " + t.text;
  return "token " + t.text;
}

function pickTok(ts: Token[], i: number): Token | null {
  return i < ts.length ? ts[i] : null;
}

export function main(argv: string[]): number {
  const toks: Token[] = [
    new NumTok("12", 12),
    new OpTok("+", 1),
    new LParen("("),
    new NumTok("3", 3),
    new OpTok("*", 2),
    new RParen(")"),
    new Token("eof"),
  ];
  for (const t of toks) {
    console.log(describe(t));
  }
  let nums = 0;
  let parens = 0;
  let tokens = 0;
  for (const t of toks) {
    if (t instanceof NumTok) nums += t.value;
    if (t instanceof ParenTok) parens++;
    if (t instanceof Token) tokens++;
  }
  console.log(nums + " " + parens + " " + tokens);
  const l = new LParen("(");
  console.log(l instanceof LParen);
  console.log(l instanceof ParenTok);
  console.log(l instanceof Token);
  console.log(l instanceof RParen);
  const u = new Unrelated();
  console.log(u instanceof Unrelated);
  console.log(u.text);
  const base: Token = toks[0];
  console.log(base instanceof NumTok);
  console.log(base instanceof OpTok);
  console.log(base === toks[0]);
  console.log(base === toks[1]);
  let maybe: Token | null = pickTok(toks, 99);
  console.log(maybe instanceof Token);
  maybe = pickTok(toks, 4);
  console.log(maybe instanceof OpTok);
  if (maybe instanceof OpTok) {
    maybe.prec = 99;
  }
  console.log(describe(toks[4]));
  const e = new Error("x");
  console.log(e instanceof Error);
  return 0;
}
