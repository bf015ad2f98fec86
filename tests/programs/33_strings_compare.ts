// String comparison: === !== < > <= >= (code-unit order), sorting strings by hand, min/max.
function insertionSort(xs: string[]): void {
  for (let i = 1; i < xs.length; i++) {
    const cur = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j] > cur) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = cur;
  }
}

function cmp(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

export function main(argv: string[]): number {
  console.log("apple" < "banana");
  console.log("apple" > "banana");
  console.log("apple" < "apples");
  console.log("Zebra" < "apple");
  console.log("a" < "B");
  console.log("10" < "9");
  console.log("" < "a");
  console.log("abc" <= "abc");
  console.log("abc" >= "abd");
  console.log("abc" === "ab" + "c");
  console.log("abc" !== "ABC".toLowerCase());
  console.log(cmp("x", "y") + " " + cmp("y", "x") + " " + cmp("same", "same"));
  const words: string[] = ["pear", "Apple", "fig", "apple", "banana", "Fig", "", "b", "ba", "10", "9", "a b"];
  insertionSort(words);
  console.log(words.join(","));
  let mn = words[0];
  let mx = words[0];
  for (const w of words) {
    if (w < mn) mn = w;
    if (w > mx) mx = w;
  }
  console.log("[" + mn + "] [" + mx + "]");
  const a = "hello";
  let b = "hel";
  b += "lo";
  console.log(a === b);
  console.log(a.slice(1) === "ello");
  const s1 = "x".repeat(3);
  console.log(s1 === "xxx");
  let eqCount = 0;
  const keys: string[] = ["k1", "k2", "k1", "k3", "k1"];
  for (const k of keys) {
    if (k === "k1") eqCount++;
  }
  console.log(eqCount);
  // lexicographic compare of versions as strings vs numbers
  console.log("1.10" < "1.9");
  console.log("abc".charCodeAt(2) < "abd".charCodeAt(2));
  console.log("Z".toLowerCase() > "a");
  // an operand read past the end is undefined: every comparison with it is false
  const fruits: string[] = ["apple", "banana", "apple", ""];
  let orders = "";
  for (let i = 0; i < 6; i++)
    for (let j = 0; j < 6; j++)
      orders += (fruits[i] < fruits[j] ? "1" : "0") + (fruits[i] <= fruits[j] ? "1" : "0") + (fruits[i] > fruits[j] ? "1" : "0") + (fruits[i] >= fruits[j] ? "1" : "0") + (fruits[i] < "b" ? "1" : "0") + ("b" >= fruits[j] ? "1" : "0") + " ";
  console.log(orders);
  return 0;
}
