// Float arithmetic: division, mixing ints and floats, float remainder, accumulation.
function average(xs: number[]): number {
  let s = 0.0;
  for (const x of xs) {
    s += x;
  }
  return s / xs.length;
}

function hypot(a: number, b: number): number {
  return Math.sqrt(a * a + b * b);
}

function harmonic(n: number): number {
  let h = 0.0;
  for (let i = 1; i <= n; i++) {
    h += 1 / i;
  }
  return h;
}

export function main(argv: string[]): number {
  console.log(7 / 2);
  console.log(6 / 2);
  console.log(1 / 4);
  console.log(-7 / 2);
  console.log(1 / 3);
  console.log(2 / 3);
  console.log(100 / 7);
  const n = 3;
  const f = 0.5;
  console.log(n * f);
  console.log(n + f);
  console.log(n - f);
  console.log(n / f);
  console.log(f * 4);
  console.log(2.5 * 2.5);
  console.log(1.5 + 2.5);
  console.log(0.1 * 3);
  console.log(1.1 * 1.1);
  console.log(5.5 % 2);
  console.log(-5.5 % 2);
  console.log(7.25 % 0.5);
  console.log(10 % 3.5);
  console.log(2 ** 0.5);
  console.log(1.5 ** 2);
  console.log(2.0 ** -2 * 3);
  let x = 1.0;
  for (let i = 0; i < 10; i++) {
    x = x * 1.5;
  }
  console.log(x);
  let y = 100.0;
  y /= 8;
  console.log(y);
  y -= 0.5;
  console.log(y);
  y *= -2;
  console.log(y);
  console.log(average([1.5, 2.5, 3.5]));
  console.log(average([1.0, 2.0]));
  console.log(average([0.1, 0.2, 0.3]));
  console.log(hypot(3.0, 4.0));
  console.log(hypot(1.0, 1.0));
  console.log(harmonic(10));
  console.log(harmonic(1000));
  console.log(0.1 + 0.2 === 0.3);
  console.log(0.5 + 0.25 === 0.75);
  console.log(1.0 / 3 > 0.333);
  const c = 9.0 / 5.0;
  for (let t = -40; t <= 100; t += 35) {
    console.log(t + "C = " + (t * c + 32) + "F");
  }
  let g = 1.0;
  for (let i = 0; i < 5; i++) {
    g = (g + 2 / g) / 2;
  }
  console.log(g);
  return 0;
}
