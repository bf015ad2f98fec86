// Values that are sometimes ints and sometimes floats: variables, parameters, fields, arrays (widening).
class Acc {
  total = 0;
  add(x: number): void {
    this.total += x;
  }
}

function half(x: number): number {
  return x / 2;
}

function twice(x: number): number {
  return x * 2;
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

export function main(argv: string[]): number {
  let v = 1;
  console.log(v);
  v = v + 0.5;
  console.log(v);
  v = 3;
  console.log(v);
  v /= 2;
  console.log(v);
  console.log(twice(4));
  console.log(twice(0.25));
  console.log(twice(3) + twice(1.5));
  console.log(half(9));
  console.log(half(8));
  const acc = new Acc();
  acc.add(1);
  acc.add(2.5);
  acc.add(3);
  console.log(acc.total);
  const mixed: number[] = [1, 2.5, 3];
  console.log(sum(mixed));
  console.log(mixed.join(","));
  mixed.push(4);
  mixed[0] = 0.125;
  console.log(mixed.join(","));
  const ints: number[] = [1, 2, 3];
  console.log(sum(ints));
  console.log(Math.max(1, 2.5));
  console.log(Math.min(1, 2.5));
  let x = 10;
  for (let i = 0; i < 3; i++) x = x / 4;
  console.log(x);
  let y = 0;
  y += 0.1;
  y += 0.2;
  console.log(y);
  let z = 7;
  z = z * 1.0;
  console.log(z);
  console.log(z === 7);
  return 0;
}
