// if/else chains, while and do-while loops.
function classify(n: number): string {
  if (n % 15 === 0) {
    return "FizzBuzz";
  } else if (n % 5 === 0) {
    return "Buzz";
  } else if (n % 3 === 0) {
    return "Fizz";
  } else {
    return "" + n;
  }
}

function grade(score: number): string {
  let g = "F";
  if (score >= 90) g = "A";
  else if (score >= 80) g = "B";
  else if (score >= 70) g = "C";
  else if (score >= 60) g = "D";
  return g;
}

export function main(argv: string[]): number {
  let line = "";
  let i = 1;
  while (i <= 20) {
    line += classify(i) + " ";
    i++;
  }
  console.log(line);
  const scores: number[] = [95, 85, 75, 65, 55, 90, 60];
  for (const s of scores) {
    console.log(s + " -> " + grade(s));
  }
  // do-while runs at least once
  let n = 100;
  let runs = 0;
  do {
    runs++;
    n++;
  } while (n < 10);
  console.log(runs + " " + n);
  let m = 0;
  do {
    m += 3;
  } while (m < 20);
  console.log(m);
  // while with complex condition
  let a = 0;
  let b = 50;
  while (a < b && b - a > 3) {
    a += 2;
    b -= 3;
  }
  console.log(a + " " + b);
  // while(true) with break
  let k = 1;
  while (true) {
    k *= 2;
    if (k > 1000) break;
  }
  console.log(k);
  // nested if without else, dangling else binds inner
  for (let x = 0; x < 4; x++) {
    let out = "x" + x + ":";
    if (x > 0)
      if (x > 2) out += "big";
      else out += "mid";
    console.log(out);
  }
  // while with continue
  let j = 0;
  let odds = 0;
  while (j < 25) {
    j++;
    if (j % 2 === 0) continue;
    odds += j;
  }
  console.log(odds);
  // do-while with continue still checks the condition
  let c = 0;
  let evens = 0;
  do {
    c++;
    if (c % 2 === 1) continue;
    evens++;
  } while (c < 9);
  console.log(c + " " + evens);
  // integer square root by bisection
  let lo = 0;
  let hi = 1000000;
  const target = 123456789;
  while (lo < hi) {
    const mid = lo + ((hi - lo + 1) >> 1);
    if (mid * mid <= target) lo = mid;
    else hi = mid - 1;
  }
  console.log(lo);
  return 0;
}
