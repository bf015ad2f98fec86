// Template literals with int/float/bool/string parts; String(x) and x.toString() on numbers.
class P {
  constructor(public x: number, public y: number) {}
  str(): string {
    return `P(${this.x}, ${this.y})`;
  }
}

export function main(argv: string[]): number {
  const n = 42;
  const f = 2.5;
  const b = true;
  const s = "str";
  console.log(`n=${n} f=${f} b=${b} s=${s}`);
  console.log(`${n}`);
  console.log(`${n + 1} ${n * 2} ${n / 4} ${n % 5}`);
  console.log(`nested ${`inner ${n}`} done`);
  console.log(`expr ${n > 40 ? "big" : "small"}`);
  console.log(`${s}${s}${s}`);
  console.log(`no substitutions`);
  console.log(`${0.1 + 0.2}|${1e21}|${1e-7}|${-1.5}`);
  console.log(`${1 / 0}|${-1 / 0}`);
  console.log(`a\tb\\c`);
  console.log(`dollar $ and brace { }`);
  console.log(`${"x".repeat(3)}-${s.length}-${s.toUpperCase()}`);
  const p = new P(3, -4);
  console.log(p.str());
  console.log(`point: ${p.str()}`);
  console.log(String(n));
  console.log(String(f));
  console.log(String(-7));
  console.log(String(false));
  console.log(String(1e21));
  console.log(String(123456789));
  console.log(n.toString());
  console.log(f.toString());
  console.log((-0.5).toString());
  console.log((7).toString() + (8).toString());
  console.log(String(n).length);
  console.log(String(3.0) === "3");
  console.log(n.toString() === "42");
  let line = "";
  for (let i = 0; i < 5; i++) line += `${i}:${i * i};`;
  console.log(line);
  const items: string[] = ["a", "b"];
  console.log(`${items.length} items: ${items.join("/")}`);
  const multi = `line one
line two`;
  console.log(multi);
  console.log(`${b && false} ${b || false} ${!b}`);
  return 0;
}
