// rts/rlib helpers: intDiv, toInt, assert, StringBuilder; rts/rlib/os write and writeByte.
import { intDiv, toInt, assert, StringBuilder, AssertionError } from "rts/rlib";
import { write, writeByte } from "rts/rlib/os";

export function main(argv: string[]): number {
  console.log(intDiv(7, 2));
  console.log(intDiv(-7, 2));
  console.log(intDiv(7, -2));
  console.log(intDiv(-8, -2));
  console.log(intDiv(1000000007, 1000));
  console.log(toInt(3.99));
  console.log(toInt(-3.99));
  console.log(toInt(1e15 + 0.5));
  console.log(toInt(7 / 2) + toInt(10 / 3));
  const sb = new StringBuilder();
  for (let i = 0; i < 10; i++) {
    sb.append("" + i);
    sb.appendChar(97 + i);
  }
  console.log(sb.build());
  const sb2 = new StringBuilder();
  console.log("[" + sb2.build() + "]");
  for (let i = 0; i < 1000; i++) sb2.append("xy");
  console.log(sb2.build().length);
  assert(1 + 1 === 2, "math works");
  console.log("assert passed");
  try {
    assert(intDiv(9, 2) === 5, "intDiv(9, 2) should be 4");
  } catch (e) {
    if (e instanceof AssertionError) console.log("assertion failed: " + e.message);
    else throw e;
  }
  console.log("before write");
  write(1, "written with os.write\n");
  write(1, "no newline, ");
  write(1, "then newline\n");
  writeByte(1, 65);
  writeByte(1, 66);
  writeByte(1, 10);
  console.log("after write");
  let hex = "";
  const digits = "0123456789abcdef";
  let v = 3735928559;
  while (v > 0) {
    hex = digits[v % 16] + hex;
    v = intDiv(v, 16);
  }
  console.log(hex);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 5; j++) writeByte(1, 48 + ((i + j) % 10));
    writeByte(1, 10);
  }
  console.log("done");
  return 0;
}
