// switch on ints and strings: fallthrough, default in the middle, break, return from cases.
function dayName(d: number): string {
  switch (d) {
    case 0: return "Sun";
    case 1: return "Mon";
    case 2: return "Tue";
    case 3: return "Wed";
    case 4: return "Thu";
    case 5: return "Fri";
    case 6: return "Sat";
    default: return "???";
  }
}

function daysIn(month: number): number {
  let days = 0;
  switch (month) {
    case 2:
      days = 28;
      break;
    case 4: case 6: case 9: case 11:
      days = 30;
      break;
    default:
      days = 31;
  }
  return days;
}

function fall(n: number): string {
  let s = "";
  switch (n) {
    case 1:
      s += "one ";
    case 2:
      s += "two ";
      break;
    default:
      s += "dflt ";
    case 3:
      s += "three ";
    case 4:
      s += "four ";
  }
  return s;
}

function opApply(op: string, a: number, b: number): number {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "max": return a > b ? a : b;
  }
  return -1;
}

function kind(word: string): string {
  let k = "other";
  switch (word) {
    case "if": case "else": case "while":
      k = "keyword";
      break;
    case "":
      k = "empty";
      break;
    case "true":
    case "false":
      k = "bool";
  }
  return k;
}

export function main(argv: string[]): number {
  for (let d = -1; d <= 7; d++) {
    console.log(d + " " + dayName(d));
  }
  let year = 0;
  for (let m = 1; m <= 12; m++) {
    year += daysIn(m);
  }
  console.log(year);
  for (let n = 0; n <= 5; n++) {
    console.log("fall " + n + ": " + fall(n));
  }
  console.log(opApply("+", 3, 4));
  console.log(opApply("-", 3, 4));
  console.log(opApply("*", 3, 4));
  console.log(opApply("max", 3, 4));
  console.log(opApply("/", 3, 4));
  const words: string[] = ["if", "x", "", "true", "while", "False"];
  for (const w of words) {
    console.log("[" + w + "] " + kind(w));
  }
  let acc = 0;
  for (let i = 0; i < 10; i++) {
    switch (i % 4) {
      case 0:
        acc += 1;
        continue;
      case 1:
        acc += 10;
        break;
      case 2:
        acc += 100;
    }
    acc += 1000;
  }
  console.log(acc);
  const x = 7;
  switch (x * 2) {
    case 2 + 2:
      console.log("four");
      break;
    case 7 + 7:
      console.log("fourteen");
      break;
  }
  return 0;
}
