// String helpers shared by test programs (no main).
export function reverse(s: string): string {
  let r = "";
  for (let i = s.length - 1; i >= 0; i--) {
    r += s[i];
  }
  return r;
}

export function isPalindrome(s: string): boolean {
  return reverse(s) === s;
}

export function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === c) n++;
  }
  return n;
}

export function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

export function isAlpha(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}

export function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r";
}
