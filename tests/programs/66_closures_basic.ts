// Closures basics: arrow functions, function expressions, nested named functions, functions as parameters and results.
function applyTwice(f: (x: number) => number, x: number): number {
  return f(f(x));
}

function compose(f: (x: number) => number, g: (x: number) => number): (x: number) => number {
  return (x: number) => f(g(x));
}

function makeAdder(n: number): (x: number) => number {
  return (x: number): number => x + n;
}

function makeMultiplier(k: number): (x: number) => number {
  const mul = function (x: number): number {
    return x * k;
  };
  return mul;
}

function sumWith(xs: number[], f: (x: number) => number): number {
  let s = 0;
  for (const x of xs) s += f(x);
  return s;
}

function outer(n: number): number {
  function square(x: number): number {
    return x * x;
  }
  function helper(a: number, b: number): number {
    return square(a) + square(b);
  }
  return helper(n, n + 1);
}

function hoisted(n: number): number {
  // nested function declarations are hoisted
  return twice(n) + 1;
  function twice(x: number): number {
    return 2 * x;
  }
}

function mapStr(s: string, f: (c: string) => string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += f(s[i]);
  return out;
}

function pickOp(name: string): (a: number, b: number) => number {
  if (name === "add") return (a: number, b: number) => a + b;
  if (name === "sub") return (a: number, b: number) => a - b;
  if (name === "mul") return (a: number, b: number) => a * b;
  return (a: number, b: number) => (a > b ? a : b);
}

function predicateToString(p: (n: number) => boolean, upto: number): string {
  const parts: string[] = [];
  for (let i = 0; i <= upto; i++) {
    if (p(i)) parts.push(String(i));
  }
  return parts.join(" ");
}

function fact(n: number): number {
  const go = function loop(k: number, acc: number): number {
    return k <= 1 ? acc : loop(k - 1, acc * k);
  };
  return go(n, 1);
}

export function main(argv: string[]): number {
  const inc = (x: number) => x + 1;
  const dbl = (x: number): number => {
    return x * 2;
  };
  console.log(inc(41));
  console.log(dbl(21));
  console.log(applyTwice(inc, 10));
  console.log(applyTwice(dbl, 10));
  console.log(applyTwice((x: number) => x * x, 3));
  console.log(compose(inc, dbl)(5));
  console.log(compose(dbl, inc)(5));
  const add10 = makeAdder(10);
  const add100 = makeAdder(100);
  console.log(add10(1) + " " + add100(1) + " " + add10(add100(0)));
  const triple = makeMultiplier(3);
  console.log(triple(14));
  console.log(makeMultiplier(7)(6));
  console.log(sumWith([1, 2, 3, 4], (x: number) => x * x));
  console.log(sumWith([1, 2, 3, 4], triple));
  console.log(sumWith([], inc));
  console.log(outer(3));
  console.log(hoisted(20));
  console.log(mapStr("abc", (c: string) => c + c));
  console.log(mapStr("hello", (c: string) => c.toUpperCase()));
  console.log(mapStr("", (c: string) => c + "!") + "|");
  const ops = ["add", "sub", "mul", "max"];
  for (const name of ops) {
    const op = pickOp(name);
    console.log(name + " " + op(7, 3) + " " + op(2, 9));
  }
  console.log(predicateToString((n: number) => n % 3 === 0, 15));
  console.log(predicateToString((n: number) => n > 100, 15) + "|");
  console.log(fact(10));
  const floatF = (x: number): number => x / 4;
  console.log(floatF(10));
  console.log(applyTwice(floatF, 1));
  const isEven = (n: number): boolean => n % 2 === 0;
  console.log(isEven(10) + " " + isEven(7));
  const greet = (name: string): string => `hello, ${name}!`;
  console.log(greet("rts"));
  const noArgs = (): number => 42;
  console.log(noArgs() + 1);
  const immediate = ((x: number) => x * 10)(9);
  console.log(immediate);
  let f: (x: number) => number = inc;
  console.log(f(1));
  f = dbl;
  console.log(f(1));
  f = compose(f, f);
  console.log(f(1));
  const same = inc;
  console.log(same === inc);
  console.log(makeAdder(1) === makeAdder(1));
  return 0;
}
