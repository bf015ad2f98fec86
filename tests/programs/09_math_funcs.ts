// Math.floor/ceil/round/trunc/sqrt/abs/min/max/pow on ints and floats.
export function main(argv: string[]): number {
  console.log(Math.floor(2.7));
  console.log(Math.floor(-2.3));
  console.log(Math.floor(5));
  console.log(Math.floor(7 / 2));
  console.log(Math.ceil(2.1));
  console.log(Math.ceil(-2.7));
  console.log(Math.ceil(7 / 2));
  console.log(Math.round(2.5));
  console.log(Math.round(3.5));
  console.log(Math.round(-2.5));
  console.log(Math.round(2.4));
  console.log(Math.round(-2.6));
  console.log(Math.round(0.49999999999999994));
  console.log(Math.trunc(2.7));
  console.log(Math.trunc(-2.7));
  console.log(String(Math.trunc(-0.5)));
  console.log(String(Math.ceil(-0.5)));
  console.log(String(Math.round(-0.4)));
  console.log(Math.sqrt(16));
  console.log(Math.sqrt(2));
  console.log(Math.sqrt(0.25));
  console.log(Math.sqrt(1e10));
  console.log(Math.abs(-5));
  console.log(Math.abs(5));
  console.log(Math.abs(-2.5));
  console.log(Math.min(3, 7));
  console.log(Math.max(3, 7));
  console.log(Math.min(-1.5, 2));
  console.log(Math.max(-1.5, -2));
  console.log(Math.pow(2, 10));
  console.log(Math.pow(2, 0.5));
  console.log(Math.pow(10, -2));
  console.log(Math.pow(1.5, 4));
  console.log(Math.pow(-3, 3));
  let best = 1000000;
  let worst = -1000000;
  const xs: number[] = [5, -3, 17, 0, 8, -12, 4];
  for (const x of xs) {
    best = Math.min(best, x);
    worst = Math.max(worst, x);
  }
  console.log(best + " " + worst);
  let total = 0.0;
  for (let i = 1; i <= 10; i++) {
    total += Math.sqrt(i);
  }
  console.log(total);
  console.log(Math.floor(total * 100) / 100);
  const amounts: number[] = [1.005, 2.675, 10.5, 99.995];
  for (const a of amounts) {
    console.log(Math.round(a * 100) / 100);
  }
  let r = 0.0;
  for (let i = 0; i < 20; i++) {
    r = r + Math.abs(Math.floor(i / 3) - Math.ceil(i / 4));
  }
  console.log(r);
  console.log(Math.floor(-7 / 2) + Math.ceil(-7 / 2));
  return 0;
}
