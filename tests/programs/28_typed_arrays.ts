// Int32Array, Uint8Array and Float64Array: zero-initialised, index get/set, length, wrapping on store.
function sumU8(a: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

export function main(argv: string[]): number {
  const u8 = new Uint8Array(8);
  console.log(u8.length);
  console.log(u8[3]);
  u8[0] = 300;
  u8[1] = -1;
  u8[2] = 255;
  u8[3] = 256;
  u8[4] = 65;
  u8[5] = -200;
  u8[6] = 1000000;
  console.log(u8[0] + " " + u8[1] + " " + u8[2] + " " + u8[3] + " " + u8[4] + " " + u8[5] + " " + u8[6]);
  console.log(sumU8(u8));
  u8[7] = u8[2] + 1;
  console.log(u8[7]);
  u8[2] += 10;
  console.log(u8[2]);
  u8[0]++;
  console.log(u8[0]);
  const i32 = new Int32Array(5);
  i32[0] = 2147483647;
  i32[1] = 2147483648;
  i32[2] = -2147483649;
  i32[3] = 4294967296 + 5;
  i32[4] = -7;
  console.log(i32[0] + " " + i32[1] + " " + i32[2] + " " + i32[3] + " " + i32[4]);
  i32[0] += 1;
  console.log(i32[0]);
  console.log(i32.length);
  const f64 = new Float64Array(4);
  console.log(f64[2]);
  f64[0] = 0.1;
  f64[1] = f64[0] + 0.2;
  f64[2] = 1 / 3;
  f64[3] = 1e300 * 1e300;
  console.log(f64[1]);
  console.log(f64[2]);
  console.log(f64[3]);
  console.log(f64.length);
  // a byte-level checksum
  const data = new Uint8Array(256);
  for (let i = 0; i < data.length; i++) data[i] = i * 7 + 3;
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]) % 65521;
    b = (b + a) % 65521;
  }
  console.log(b * 65536 + a);
  // counting with Int32Array
  const counts = new Int32Array(10);
  let x = 7;
  for (let i = 0; i < 1000; i++) {
    x = (x * 1103 + 17) % 8191;
    counts[x % 10]++;
  }
  let line = "";
  for (let i = 0; i < 10; i++) line += counts[i] + " ";
  console.log(line);
  // prefix sums in a Float64Array
  const pre = new Float64Array(11);
  for (let i = 1; i <= 10; i++) pre[i] = pre[i - 1] + i * 0.5;
  console.log(pre[10]);
  console.log(pre[10] - pre[5]);
  // bytes to string
  const msg = new Uint8Array(5);
  msg[0] = 72;
  msg[1] = 101;
  msg[2] = 108;
  msg[3] = 108;
  msg[4] = 111 + 256;
  let text = "";
  for (let i = 0; i < msg.length; i++) text += String.fromCharCode(msg[i]);
  console.log(text);
  return 0;
}
