// Arrays of class instances: building, searching, insertion sort by field, mutation through elements.
class Student {
  constructor(public name: string, public score: number) {}
}

function sortByScore(xs: Student[]): void {
  for (let i = 1; i < xs.length; i++) {
    const cur = xs[i];
    let j = i - 1;
    while (j >= 0 && (xs[j].score < cur.score || (xs[j].score === cur.score && xs[j].name > cur.name))) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = cur;
  }
}

function best(xs: Student[]): Student | null {
  let b: Student | null = null;
  for (const s of xs) {
    if (b === null || s.score > b.score) b = s;
  }
  return b;
}

function names(xs: Student[]): string {
  const ns: string[] = [];
  for (const s of xs) ns.push(s.name + ":" + s.score);
  return ns.join(" ");
}

export function main(argv: string[]): number {
  const cls: Student[] = [
    new Student("dan", 72),
    new Student("amy", 91),
    new Student("bob", 85),
    new Student("cat", 91),
    new Student("eve", 60),
  ];
  console.log(names(cls));
  console.log(best(cls)!.name);
  const none: Student[] = [];
  console.log(best(none) === null);
  sortByScore(cls);
  console.log(names(cls));
  for (const s of cls) s.score += 5;
  console.log(names(cls));
  cls[4].name = "EVE";
  console.log(cls[4].name + " " + cls.length);
  const passed: Student[] = [];
  for (const s of cls) {
    if (s.score >= 80) passed.push(s);
  }
  console.log(names(passed));
  passed[0].score = 0;
  console.log(cls[0].score);
  console.log(cls.indexOf(passed[1]));
  console.log(cls.includes(passed[2]));
  console.log(cls.includes(new Student("amy", 96)));
  const top2 = cls.slice(0, 2);
  console.log(names(top2));
  const removed = cls.pop()!;
  console.log(removed.name + " " + cls.length);
  const many: Student[] = [];
  for (let i = 0; i < 50; i++) {
    many.push(new Student("s" + i, (i * 37) % 101));
  }
  sortByScore(many);
  console.log(names(many.slice(0, 5)));
  console.log(names(many.slice(-3)));
  return 0;
}
