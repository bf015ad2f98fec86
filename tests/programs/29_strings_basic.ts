// Strings: length, s[i], charAt, charCodeAt, String.fromCharCode, concatenation, building char by char.
import { intDiv } from "rts/rlib";

function caesar(s: string, k: number): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + k) % 26) + 97);
    else if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + k) % 26) + 65);
    else out += s[i];
  }
  return out;
}

function countVowels(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") n++;
  }
  return n;
}

function hexDigit(d: number): string {
  return "0123456789abcdef"[d];
}

function toHex(n: number): string {
  if (n === 0) return "0";
  let s = "";
  while (n > 0) {
    s = hexDigit(n % 16) + s;
    n = intDiv(n, 16);
  }
  return s;
}

export function main(argv: string[]): number {
  const s = "Hello, World";
  console.log(s.length);
  console.log(s[0]);
  console.log(s[s.length - 1]);
  console.log(s.charAt(4));
  console.log(s.charCodeAt(0));
  console.log(s.charCodeAt(7));
  console.log(String.fromCharCode(72) + String.fromCharCode(105));
  console.log(String.fromCharCode(97 + 25));
  console.log("" === "");
  console.log("".length);
  console.log("abc" + "def");
  console.log("a" + 1 + 2);
  console.log(1 + 2 + "a");
  console.log("x" + true + false);
  console.log("num: " + 3.5);
  console.log(caesar("Hello, World!", 3));
  console.log(caesar(caesar("Round Trip", 10), 16));
  console.log(countVowels("the quick brown fox jumps over the lazy dog"));
  console.log(toHex(255) + " " + toHex(4096) + " " + toHex(48879) + " " + toHex(0));
  let built = "";
  for (let i = 0; i < 26; i++) built += String.fromCharCode(65 + i);
  console.log(built);
  console.log(built.length);
  let sum = 0;
  for (let i = 0; i < built.length; i++) sum += built.charCodeAt(i);
  console.log(sum);
  const tab = "a\tb";
  console.log(tab.length);
  console.log("quote\"s and \\ backslash");
  console.log('single \'quoted\'');
  const multi = "line1\nline2";
  console.log(multi);
  console.log(multi.length);
  let acc = "";
  for (let i = 0; i < 5; i++) {
    acc = acc + i;
    acc += "-";
  }
  console.log(acc);
  let big = "";
  for (let i = 0; i < 10000; i++) big += "ab";
  console.log(big.length + " " + big[9999] + big[10000]);
  const chars: string[] = [];
  for (let i = 0; i < 5; i++) chars.push("xyz"[i % 3]);
  console.log(chars.join(""));
  return 0;
}
