// Bitwise operators with int32 semantics: & | ^ ~ << >> >>>, |0 wrapping, shift-count masking.
function popcount(x: number): number {
  let n = 0;
  let v = x >>> 0;
  while (v !== 0) {
    n += v & 1;
    v = v >>> 1;
  }
  return n;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

export function main(argv: string[]): number {
  console.log(12 & 10);
  console.log(12 | 10);
  console.log(12 ^ 10);
  console.log(~5);
  console.log(~-1);
  console.log(~2147483647);
  console.log(~~7);
  console.log(1 << 4);
  console.log(1 << 31);
  console.log(1 << 32);
  console.log(1 << 33);
  console.log(-16 >> 2);
  console.log(-16 >>> 28);
  console.log(-1 >>> 0);
  console.log(-1 >>> 31);
  console.log(255 >> 4);
  console.log(0xff);
  console.log(0xFFFFFFFF | 0);
  console.log(0x7fffffff + 1);
  console.log((0x7fffffff + 1) | 0);
  console.log((2147483647 + 2147483647) | 0);
  console.log(4294967296 | 0);
  console.log(4294967297 | 0);
  console.log(6000000000 | 0);
  console.log(-6000000000 | 0);
  console.log(12345678901 & 0xffff);
  console.log(5000000000 >> 1);
  console.log(5000000000 >>> 1);
  console.log(0x12345678 ^ 0x0f0f0f0f);
  console.log(0x80000000 >> 0);
  console.log(0x80000000 >>> 0);
  let flags = 0;
  flags |= 1 << 3;
  flags |= 1 << 5;
  console.log(flags);
  flags &= ~(1 << 3);
  console.log(flags);
  flags ^= 0xff;
  console.log(flags);
  flags <<= 2;
  console.log(flags);
  flags >>= 1;
  console.log(flags);
  let u = -8;
  u >>>= 1;
  console.log(u);
  console.log(popcount(255));
  console.log(popcount(-1));
  console.log(popcount(0x55555555));
  console.log(rotl(0x12345678, 8));
  console.log(rotl(1, 31));
  console.log(rotl(0x12345678, 8) >>> 0);
  let h = 0;
  for (let i = 0; i < 100; i++) {
    h = (h * 31 + i * 7919) | 0;
  }
  console.log(h);
  let x = 2463534242;
  for (let i = 0; i < 5; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    console.log(x >>> 0);
  }
  console.log((3 & 1) === 1);
  console.log((5 | 0) === 5);
  return 0;
}
