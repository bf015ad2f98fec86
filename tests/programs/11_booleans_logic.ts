// Booleans: !, && and || with short-circuit side effects, ??, ternaries.
class Box {
  constructor(public value: number) {}
}

function t(tag: string): boolean {
  console.log("t:" + tag);
  return true;
}

function f(tag: string): boolean {
  console.log("f:" + tag);
  return false;
}

function findBox(boxes: Box[], v: number): Box | null {
  for (const b of boxes) {
    if (b.value === v) return b;
  }
  return null;
}

function label(n: number): string {
  return n < 0 ? "neg" : n === 0 ? "zero" : n < 10 ? "small" : "big";
}

function xor(a: boolean, b: boolean): boolean {
  return a !== b;
}

export function main(argv: string[]): number {
  const yes = true;
  const no = false;
  console.log(yes);
  console.log(!yes);
  console.log(yes && no);
  console.log(yes || no);
  console.log(!(yes && no) === (!yes || !no));
  console.log(f("1") && t("2"));
  console.log(t("3") && f("4"));
  console.log(t("5") || f("6"));
  console.log(f("7") || t("8"));
  console.log(f("9") || f("10") || t("11") || t("12"));
  console.log(t("13") && t("14") && f("15") && t("16"));
  console.log((f("a") && t("b")) || t("c"));
  const boxes: Box[] = [new Box(1), new Box(5), new Box(9)];
  const dflt = new Box(-1);
  console.log((findBox(boxes, 5) ?? dflt).value);
  console.log((findBox(boxes, 6) ?? dflt).value);
  const found = findBox(boxes, 9);
  console.log(found !== null && found.value === 9);
  const missing = findBox(boxes, 2);
  console.log(missing === null || missing.value > 100);
  const name: string | null = boxes.length > 2 ? null : "few";
  console.log(name ?? "many");
  console.log(label(-3));
  console.log(label(0));
  console.log(label(7));
  console.log(label(70));
  console.log(xor(true, false));
  console.log(xor(true, true));
  let flag = false;
  for (let i = 0; i < 5; i++) {
    flag = !flag;
  }
  console.log(flag);
  let andAll = true;
  let orAll = false;
  const vals: boolean[] = [true, true, false, true];
  for (const v of vals) {
    andAll = andAll && v;
    orAll = orAll || v;
  }
  console.log(andAll);
  console.log(orAll);
  let bits = 0;
  for (let i = 0; i < 16; i++) {
    const a = (i & 1) === 1;
    const b = (i & 2) === 2;
    const c = (i & 4) === 4;
    if ((a || b) && !c) bits += 1 << i;
  }
  console.log(bits);
  console.log(yes ? 1 : 2);
  console.log(no ? "y" : "n");
  console.log("b=" + yes + "," + no);
  console.log(String(yes));
  console.log(yes === true);
  return 0;
}
