// Unions of unrelated classes discriminated with instanceof, narrowing in if/else chains, nullable unions, functions returning unions.
class Num {
  constructor(public value: number) {}
}

class Str {
  constructor(public text: string) {}
}

class Pt {
  constructor(
    public x: number,
    public y: number,
  ) {}
  norm1(): number {
    return Math.abs(this.x) + Math.abs(this.y);
  }
}

class Fail {
  constructor(public reason: string) {}
}

type Value = Num | Str | Pt;
type Result = Num | Fail;

function show(v: Value): string {
  if (v instanceof Num) {
    return "num " + v.value;
  } else if (v instanceof Str) {
    return 'str "' + v.text + '"';
  } else {
    // only Pt is left
    return "pt (" + v.x + "," + v.y + ") |" + v.norm1() + "|";
  }
}

function weight(v: Value): number {
  if (v instanceof Str) return v.text.length;
  if (v instanceof Pt) return v.norm1();
  return v.value;
}

function parse(s: string): Value {
  if (s.length === 0) return new Str("");
  const comma = s.indexOf(",");
  if (comma >= 0) return new Pt(toNum(s.slice(0, comma)), toNum(s.slice(comma + 1)));
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45) return new Num(toNum(s));
  return new Str(s);
}

function toNum(s: string): number {
  let neg = false;
  let i = 0;
  if (s[0] === "-") {
    neg = true;
    i = 1;
  }
  let n = 0;
  for (; i < s.length; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return neg ? -n : n;
}

function safeDiv(a: number, b: number): Result {
  if (b === 0) return new Fail("division by zero");
  if (a % b !== 0) return new Fail(a + " not divisible by " + b);
  return new Num(a / b);
}

function chain(a: number, b: number, c: number): Result {
  const r1 = safeDiv(a, b);
  if (r1 instanceof Fail) return r1;
  return safeDiv(r1.value, c);
}

function describeResult(r: Result): string {
  return r instanceof Num ? "ok " + r.value : "fail: " + r.reason;
}

function lookup(xs: Value[], i: number): Value | null {
  return i >= 0 && i < xs.length ? xs[i] : null;
}

function firstStr(xs: Value[]): Str | null {
  for (const x of xs) if (x instanceof Str) return x;
  return null;
}

function combine(a: Value, b: Value): Value {
  if (a instanceof Num && b instanceof Num) return new Num(a.value + b.value);
  if (a instanceof Pt && b instanceof Pt) return new Pt(a.x + b.x, a.y + b.y);
  if (a instanceof Str || b instanceof Str) return new Str(show(a) + "+" + show(b));
  return new Str("mixed");
}

export function main(argv: string[]): number {
  const inputs = ["42", "hello", "3,-4", "-17", "", "0,0", "x1"];
  const values: Value[] = [];
  for (const s of inputs) values.push(parse(s));
  for (const v of values) console.log(show(v) + " w=" + weight(v));

  let nums = 0;
  let strs = 0;
  let pts = 0;
  for (const v of values) {
    if (v instanceof Num) nums++;
    else if (v instanceof Str) strs++;
    else pts++;
  }
  console.log(nums + " " + strs + " " + pts);

  console.log(describeResult(safeDiv(84, 2)));
  console.log(describeResult(safeDiv(1, 0)));
  console.log(describeResult(safeDiv(10, 3)));
  console.log(describeResult(chain(100, 5, 4)));
  console.log(describeResult(chain(100, 0, 4)));
  console.log(describeResult(chain(100, 5, 3)));

  const hit = lookup(values, 2);
  if (hit !== null) console.log("found " + show(hit));
  const miss = lookup(values, 99);
  console.log(miss === null ? "no value at 99" : show(miss));
  const v2 = lookup(values, 0);
  if (v2 instanceof Num) console.log("index 0 is a number: " + (v2.value + 1));
  if (!(v2 instanceof Str)) console.log("index 0 is not a string");

  const fs = firstStr(values);
  console.log(fs === null ? "none" : fs.text.toUpperCase());
  const none = firstStr([new Num(1), new Pt(1, 1)]);
  console.log(none === null ? "none" : none.text);

  console.log(show(combine(new Num(2), new Num(3))));
  console.log(show(combine(new Pt(1, 2), new Pt(10, 20))));
  console.log(show(combine(new Num(1), new Str("a"))));
  console.log(show(combine(new Num(1), new Pt(0, 1))));

  // reassigning a union variable changes the narrowed type
  let cur: Value = new Num(5);
  let steps = "";
  for (let i = 0; i < 4; i++) {
    if (cur instanceof Num) {
      steps += "N";
      cur = new Str("s" + cur.value);
    } else if (cur instanceof Str) {
      steps += "S";
      cur = new Pt(cur.text.length, i);
    } else {
      steps += "P";
      cur = new Num(cur.x * 10 + cur.y);
    }
  }
  console.log(steps + " -> " + show(cur));

  // nullable union field
  let slot: Num | Str | null = null;
  console.log(slot === null ? "empty" : "full");
  slot = new Str("abc");
  if (slot !== null && slot instanceof Str) console.log("slot str " + slot.text);
  slot = new Num(9);
  if (slot instanceof Num) console.log("slot num " + slot.value * 2);
  const values2: (Value | null)[] = [null, new Num(1), null, new Str("z")];
  let desc = "";
  for (const v of values2) desc += v === null ? "_" : show(v)[0];
  console.log(desc);
  return 0;
}
