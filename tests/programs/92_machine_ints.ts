// Explicit wrap-around arithmetic (rts/rlib): modulo 2^64 like a machine
// word, then a JavaScript number again; and JavaScript's own int32 tools.
import { intmask, wrapAdd, wrapMul, wrapSub } from "rts/rlib";

function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function main(argv: string[]): number {
  let x = 88172645463325252;
  for (let i = 0; i < 6; i++) {
    x = wrapAdd(wrapMul(x, 6364136223846793005), 1442695040888963407);
    console.log("lcg64 " + x);
  }
  console.log(`${wrapSub(-9223372036854775808, -1)} ${intmask(2 ** 64 + 4096)} ${intmask(1.5e19)} ${intmask(-7.5)} ${intmask(NaN)}`);
  console.log(`${wrapMul(123456789, 987654321)} ${wrapAdd(5, 6)} ${wrapSub(3, 10)} ${wrapMul(-3, 4)}`);
  console.log(`${wrapMul(4294967296, 4294967296)} ${wrapAdd(9007199254740991, 9007199254740991)}`);
  for (const w of ["", "a", "hello", "RTS interpreters"]) console.log(`fnv1a32(${w}) = ${fnv1a32(w)}`);
  console.log(`${Math.imul(0x7fffffff, 3)} ${(0xffffffff + 5) | 0} ${-1 >>> 28} ${Math.clz32(1)} ${Math.clz32(0)}`);
  return 0;
}
