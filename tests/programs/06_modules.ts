// Functions, scalar constants and classes imported from helper modules; same-named private helpers.
import { LIMIT, GREETING, square, gcd, clamp, tenTimesPlusOne, isPrime } from "./lib/util.ts";
import { Shape, Rect, Square, Circle } from "./lib/shapes.ts";
import { reverse, isPalindrome, countChar } from "./lib/strutil.ts";

// Same name as private helpers in lib/util.ts and lib/counter.ts.
function helper(x: number): number {
  return x - 1;
}

export function main(argv: string[]): number {
  console.log(LIMIT);
  console.log(GREETING + ", world");
  console.log(square(12));
  console.log(gcd(1071, 462));
  console.log(gcd(17, 5));
  console.log(clamp(150, 0, LIMIT));
  console.log(clamp(-3, 0, LIMIT));
  console.log(clamp(42, 0, LIMIT));
  console.log(tenTimesPlusOne(4));
  console.log(helper(4));
  let primeCount = 0;
  for (let n = 0; n < LIMIT; n++) {
    if (isPrime(n)) primeCount++;
  }
  console.log(primeCount);
  let s = 0;
  for (let p = 2; p < 14; p++) {
    if (isPrime(p)) s += square(p);
  }
  console.log(s);
  const shapes: Shape[] = [new Rect(3, 4), new Square(5), new Circle(2)];
  for (const sh of shapes) {
    console.log(sh.describe());
  }
  const r = new Rect(2, 9);
  console.log(r.name + " " + r.w + "x" + r.h);
  console.log(r instanceof Shape);
  console.log(shapes[1] instanceof Rect);
  console.log(shapes[2] instanceof Rect);
  console.log(reverse("stressed"));
  console.log(isPalindrome("racecar"));
  console.log(isPalindrome("rts"));
  console.log(countChar("mississippi", "s"));
  return 0;
}
