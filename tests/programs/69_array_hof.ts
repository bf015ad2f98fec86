// Array higher-order methods: map, filter, forEach, some, every, reduce, find, findIndex, sort with comparators (stable), chains.
class Person {
  constructor(
    public name: string,
    public age: number,
    public city: string,
  ) {}
}

function show(xs: number[]): string {
  return "[" + xs.join(",") + "]";
}

function byNum(a: number, b: number): number {
  return a - b;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function main(argv: string[]): number {
  const xs: number[] = [5, 3, 8, 1, 9, 2, 7];
  const empty: number[] = [];

  // map
  console.log(show(xs.map((x: number) => x * 10)));
  console.log(show(xs.map((x: number, i: number) => x * i)));
  console.log(xs.map((x: number) => "<" + x + ">").join(""));
  console.log(show(empty.map((x: number) => x + 1)));
  console.log(show(xs.map((x: number) => x / 2).map((x: number) => Math.floor(x))));
  console.log(xs.map((x: number) => x % 2 === 0).join(" "));

  // filter
  console.log(show(xs.filter((x: number) => x > 4)));
  console.log(show(xs.filter((x: number, i: number) => i % 2 === 0)));
  console.log(show(xs.filter((x: number) => x > 100)));
  const kept = xs.filter((x: number) => true);
  kept[0] = 500;
  console.log(xs[0] + " " + kept[0]);

  // forEach
  let total = 0;
  let trace = "";
  xs.forEach((x: number, i: number) => {
    total += x;
    trace += i + ":" + x + " ";
  });
  console.log(total + " | " + trace.trim());
  let lenSeen = 0;
  xs.forEach((x: number, i: number, arr: number[]) => {
    lenSeen = arr.length;
  });
  console.log(lenSeen);

  // some / every (including empty arrays)
  console.log(xs.some((x: number) => x > 8) + " " + xs.some((x: number) => x > 9));
  console.log(xs.every((x: number) => x > 0) + " " + xs.every((x: number) => x > 1));
  console.log(empty.some((x: number) => true) + " " + empty.every((x: number) => false));
  let probes = 0;
  xs.some((x: number) => {
    probes++;
    return x === 8;
  });
  console.log("some stopped after " + probes);

  // reduce with and without an initial value
  console.log(xs.reduce((a: number, b: number) => a + b, 0));
  console.log(xs.reduce((a: number, b: number) => a + b));
  console.log(xs.reduce((a: number, b: number) => (a > b ? a : b)));
  console.log(xs.reduce((acc: string, x: number) => acc + x, "digits:"));
  console.log(empty.reduce((a: number, b: number) => a + b, 42));
  console.log([7].reduce((a: number, b: number) => a * b));
  console.log(xs.reduce((acc: number, x: number, i: number) => acc + x * i, 0));
  try {
    console.log(empty.reduce((a: number, b: number) => a + b));
  } catch (e) {
    console.log("reduce of empty: " + (e instanceof TypeError));
  }

  // find / findIndex
  console.log(xs.find((x: number) => x > 7) ?? -1);
  console.log(xs.find((x: number) => x > 70) ?? -1);
  console.log(xs.findIndex((x: number) => x === 9) + " " + xs.findIndex((x: number) => x === 10));

  const people: Person[] = [
    new Person("ann", 31, "oslo"),
    new Person("bob", 25, "rome"),
    new Person("cid", 31, "lima"),
    new Person("dee", 19, "oslo"),
    new Person("eve", 25, "oslo"),
    new Person("fay", 31, "rome"),
  ];
  const found = people.find((p: Person) => p.city === "lima");
  console.log(found !== undefined ? found.name : "nobody");
  const missing = people.find((p: Person) => p.city === "kyiv");
  console.log(missing === undefined ? "nobody" : missing.name);
  const firstOld = people.find((p: Person) => p.age > 30);
  console.log(firstOld !== undefined ? firstOld.name : "none");

  // sort with comparators
  const nums = [10, 1, 5, 100, 25, 3, -4, 0];
  const sorted = nums.slice(0).sort(byNum);
  console.log(show(sorted));
  console.log(show(nums.slice(0).sort((a: number, b: number) => b - a)));
  const same = nums.sort(byNum);
  console.log((same === nums) + " " + show(nums));
  const words = ["pear", "apple", "fig", "banana", "kiwi", "cherry"];
  console.log(words.slice(0).sort(cmpStr).join(" "));
  console.log(words.slice(0).sort((a: string, b: string) => (a.length !== b.length ? a.length - b.length : cmpStr(a, b))).join(" "));
  console.log(words.slice(0).sort((a: string, b: string) => cmpStr(b, a)).join(" "));
  const floats = [2.5, -1.25, 3.75, 0.5];
  console.log(floats.sort((a: number, b: number) => a - b).join(" "));

  // stability: equal keys keep their original order
  const byAge = people.slice(0).sort((a: Person, b: Person) => a.age - b.age);
  console.log(byAge.map((p: Person) => p.name + p.age).join(" "));
  const byCity = people.slice(0).sort((a: Person, b: Person) => cmpStr(a.city, b.city));
  console.log(byCity.map((p: Person) => p.city + "/" + p.name).join(" "));
  const byAgeDesc = byCity.slice(0).sort((a: Person, b: Person) => b.age - a.age);
  console.log(byAgeDesc.map((p: Person) => p.name).join(" "));

  // longer stable sort on many equal keys
  const big: number[] = [];
  for (let i = 0; i < 40; i++) big.push(((i * 17) % 5) * 100 + i);
  big.sort((a: number, b: number) => Math.floor(a / 100) - Math.floor(b / 100));
  console.log(big.map((v: number) => v % 100).join(","));

  // chains
  const result = xs
    .filter((x: number) => x % 2 === 1)
    .map((x: number) => x * x)
    .sort((a: number, b: number) => b - a)
    .reduce((acc: string, x: number) => (acc === "" ? String(x) : acc + "+" + x), "");
  console.log(result);
  const avgAge = people.map((p: Person) => p.age).reduce((a: number, b: number) => a + b, 0) / people.length;
  console.log(avgAge);
  const osloNames = people
    .filter((p: Person) => p.city === "oslo")
    .map((p: Person) => p.name.toUpperCase())
    .join("/");
  console.log(osloNames);
  const cities: string[] = [];
  people.forEach((p: Person) => {
    if (!cities.includes(p.city)) cities.push(p.city);
  });
  console.log(cities.sort(cmpStr).join(","));
  const counts = cities.map((c: string) => c + "=" + people.filter((p: Person) => p.city === c).length);
  console.log(counts.join(" "));
  console.log(people.some((p: Person) => p.age < 20) + " " + people.every((p: Person) => p.name.length === 3));
  const oldest = people.reduce((best: Person, p: Person) => (p.age > best.age ? p : best));
  console.log(oldest.name);
  const matrix = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  console.log(matrix.map((row: number[]) => row.map((v: number) => v * 2).join(" ")).join(" / "));
  return 0;
}
