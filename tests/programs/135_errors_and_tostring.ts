// Errors as TypeScript writes them (name set in constructors, e.name, e.constructor.name,
// String(e), `${e}`, the builtin error classes) and toString() used by templates and String()
import { intDiv } from "rts/rlib";
class ParseError extends Error {
  constructor(msg: string, public readonly pos: number) {
    super(msg);
    this.name = "ParseError";
  }
}
class Plain extends Error {}
export function errors(): void {
  const errs: Error[] = [new ParseError("bad", 3), new Plain("p"), new RangeError("r"), new Error("e"), new TypeError("")];
  for (const e of errs) console.log(e.name, e.message, e instanceof ParseError);
  try {
    "x".repeat(-1);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
  try {
    throw new SyntaxError("syn");
  } catch (e) {
    if (e instanceof SyntaxError) console.log("syntax", e.name);
  }
  return;
}
class Vec {
  constructor(public x: number, public y: number) {}
  toString(): string { return `(${this.x}, ${this.y})`; }
}
class Vec3 extends Vec {
  constructor(x: number, y: number, public z: number) { super(x, y); }
  toString(): string { return `(${this.x}, ${this.y}, ${this.z})`; }
}
class Bare { n = 1; }
interface Shape { area(): number }
class Sq implements Shape { area(): number { return 4; } toString(): string { return "Sq"; } }
class Ci implements Shape { area(): number { return 3; } }
export function main(argv: string[]): number {
  const errs: Error[] = [new ParseError("bad", 3), new Plain("p"), new RangeError("r"), new Error(""), new TypeError("t")];
  for (const e of errs) console.log(`${e}`, String(e), e.toString(), e.constructor.name, e.name);
  const vs: Vec[] = [new Vec(1, 2), new Vec3(1, 2, 3)];
  for (const v of vs) console.log(`v=${v}`, String(v), v.constructor.name);
  console.log(`${new Bare()}`, new Bare().constructor.name);
  const shapes: Shape[] = [new Sq(), new Ci()];
  for (const s of shapes) console.log(`${s}`, s.constructor.name, s.area());
  const rec = { a: 1 };
  console.log(`${rec}`, rec.constructor.name);
  try {
    throw new ParseError("unexpected token", 7);
  } catch (e) {
    console.log(`caught ${e}`, e instanceof Error ? e.constructor.name : "?");
  }
  try {
    console.log(intDiv(7, argv.length - 1));
  } catch (e) {
    if (e instanceof RangeError) console.log(e.name, e.message, String(e));
  }
  errors();
  return 0;
}
