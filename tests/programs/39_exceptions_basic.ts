// throw new Error, try/catch, e.message, exceptions crossing several frames, catch-and-continue.
function checkedDiv(a: number, b: number): number {
  if (b === 0) throw new Error("division by zero");
  return a / b;
}

function parseDigit(c: string): number {
  const code = c.charCodeAt(0);
  if (code < 48 || code > 57) throw new Error("not a digit: " + c);
  return code - 48;
}

function parseNumber(s: string): number {
  if (s.length === 0) throw new Error("empty");
  let v = 0;
  for (let i = 0; i < s.length; i++) v = v * 10 + parseDigit(s[i]);
  return v;
}

function deep(n: number): number {
  if (n === 0) throw new Error("bottom reached");
  return deep(n - 1) + 1;
}

export function main(argv: string[]): number {
  try {
    console.log(checkedDiv(10, 4));
    console.log(checkedDiv(1, 0));
    console.log("not reached");
  } catch (e) {
    console.log("caught: " + (e as Error).message);
  }
  const inputs: string[] = ["123", "4x5", "", "007", "9"];
  let total = 0;
  for (const s of inputs) {
    try {
      const v = parseNumber(s);
      total += v;
      console.log("ok " + v);
    } catch (e) {
      console.log("bad [" + s + "]: " + (e as Error).message);
    }
  }
  console.log(total);
  try {
    deep(50);
  } catch (e) {
    console.log((e as Error).message);
  }
  let attempts = 0;
  while (true) {
    attempts++;
    try {
      if (attempts < 3) throw new Error("retry " + attempts);
      console.log("succeeded after " + attempts);
      break;
    } catch (e) {
      console.log((e as Error).message);
    }
  }
  const err = new Error("stored");
  console.log(err.message);
  try {
    throw err;
  } catch (e) {
    console.log(e === err);
  }
  let caughtCount = 0;
  for (let i = 0; i < 1000; i++) {
    try {
      if (i % 7 === 3) throw new Error("e" + i);
    } catch (e) {
      caughtCount++;
    }
  }
  console.log(caughtCount);
  try {
    try {
      throw new Error("inner");
    } catch (e) {
      console.log("inner caught " + (e as Error).message);
      throw new Error("from handler");
    }
  } catch (e) {
    console.log("outer caught " + (e as Error).message);
  }
  const msg = new Error("").message;
  console.log("[" + msg + "]");
  return 0;
}
