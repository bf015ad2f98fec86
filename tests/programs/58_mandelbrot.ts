// Integration (floats): ASCII Mandelbrot set, Newton's method, Simpson integration, float accumulators.
function mandelIter(cr: number, ci: number, maxIter: number): number {
  let zr = 0.0;
  let zi = 0.0;
  let n = 0;
  while (n < maxIter && zr * zr + zi * zi <= 4.0) {
    const t = zr * zr - zi * zi + cr;
    zi = 2.0 * zr * zi + ci;
    zr = t;
    n++;
  }
  return n;
}

function newtonSqrt(x: number): number {
  let g = x / 2;
  for (let i = 0; i < 30; i++) g = (g + x / g) / 2;
  return g;
}

function f(x: number): number {
  return x * x * x - 2.0 * x + 1.0;
}

function simpson(a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) {
    const x = a + i * h;
    s += (i % 2 === 1 ? 4.0 : 2.0) * f(x);
  }
  return (s * h) / 3.0;
}

export function main(argv: string[]): number {
  const chars = " .:-=+*#%@";
  let total = 0;
  for (let row = 0; row < 24; row++) {
    let line = "";
    const ci = -1.2 + row * 0.1;
    for (let col = 0; col < 64; col++) {
      const cr = -2.1 + col * 0.045;
      const n = mandelIter(cr, ci, 200);
      total += n;
      line += n >= 200 ? "@" : chars[n % 9];
    }
    console.log(line);
  }
  console.log(total);
  console.log(newtonSqrt(2.0));
  console.log(newtonSqrt(1e10));
  console.log(newtonSqrt(0.0001));
  console.log(simpson(0.0, 2.0, 100));
  console.log(simpson(-1.0, 1.0, 10));
  let pi = 0.0;
  let sign = 1.0;
  for (let k = 0; k < 100000; k++) {
    pi += sign / (2 * k + 1);
    sign = -sign;
  }
  console.log(4 * pi);
  let e = 1.0;
  let term = 1.0;
  for (let k = 1; k < 20; k++) {
    term /= k;
    e += term;
  }
  console.log(e);
  let kahanSum = 0.0;
  let comp = 0.0;
  let naive = 0.0;
  for (let i = 0; i < 100000; i++) {
    naive += 0.1;
    const y = 0.1 - comp;
    const t = kahanSum + y;
    comp = t - kahanSum - y;
    kahanSum = t;
  }
  console.log(naive);
  console.log(kahanSum);
  return 0;
}
