// Float-to-string conversion must match JavaScript's Number#toString exactly.
function show(label: string, x: number): void {
  console.log(label + " " + x);
}

export function main(argv: string[]): number {
  console.log(0.1 + 0.2);
  console.log(0.1 + 0.7);
  console.log(1e21);
  console.log(1e20);
  console.log(123456789012345680000.0);
  console.log(999999999999999900000.0);
  console.log(1e-7);
  console.log(1.5e-7);
  console.log(1e-6);
  console.log(0.000001234);
  console.log(0.0000001234);
  console.log(123.456);
  console.log(-123.456);
  console.log(12345678.9);
  console.log(2.5e-3);
  console.log(1.0);
  console.log(3.0 * 2);
  console.log(100 / 3);
  console.log(4.35 * 100);
  console.log(1e15 + 0.3);
  console.log(5e-324);
  console.log(1.7976931348623157e308);
  console.log(2.2250738585072014e-308);
  console.log(1.2e300 * 1.5);
  console.log(-1.5e-10);
  console.log(6.02214076e23);
  console.log(1.602176634e-19);
  console.log(9.95);
  console.log(0.5);
  console.log(-0.75);
  const nz = -0.0;
  console.log(String(nz));
  console.log("" + nz);
  console.log(`${nz}`);
  console.log(1 / nz);
  console.log(String(0.0 * -1.0));
  show("a", 1 / 7);
  show("b", 22 / 7);
  show("c", 1e21 / 10);
  show("d", 1e21 * 10);
  show("e", 123e-20);
  show("f", 0.1 * 0.1);
  show("g", 3.14159);
  show("h", 1 / 1024);
  let p = 1.0;
  for (let i = 0; i < 25; i++) {
    p = p * 10;
    if (i > 17) console.log(p);
  }
  let q = 1.0;
  for (let i = 0; i < 10; i++) {
    q = q / 10;
    if (i > 3) console.log(q);
  }
  let r = 1.0;
  for (let i = 0; i < 8; i++) {
    r = r * 3.7;
    console.log(r);
  }
  console.log(String(0.3));
  console.log((2.75).toString());
  console.log(`t=${1.25}`);
  return 0;
}
