// Map and Set written in RTS (rts/rlib/maps over rts/lltype) against
// JavaScript's own, on Node where rts/lltype keeps the translated layout
// beside each JS Map: random operation sequences, including changes made
// while a for-of walks the map, must return the same values and visit the
// same entries.  (Translated, the corpus runs them on the C layout, under GC
// torture, and in the llinterp.)
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mapClear, mapDelete, mapFind, mapGet, mapGetOr, mapHas, mapIterNext, mapSet, setAdd } from "../../framework/rlib/maps.ts";
import { entriesOf, entryKey, entryValue, identityHash, identityOf, indexMask, keyHash, mapSize, mapUsed, stringHash } from "../../framework/rlib/lltype.ts";

/** for-of over a map made with the helpers, as the frontend lowers it; `body` may change the map. */
function forOf<K, V>(m: Map<K, V>, body: (k: K, v: V) => boolean): void {
  let it = entriesOf(m);
  let pos = 0;
  for (;;) {
    const p = mapIterNext(m, it, pos);
    it = entriesOf(m);
    if (p < 0) return;
    if (!body(entryKey(it, p), entryValue(it, p))) return;
    pos = p + 1;
  }
}

type Op = { k: "set"; key: number; v: number } | { k: "delete"; key: number } | { k: "get"; key: number } | { k: "clear" };

const key = fc.integer({ min: -20, max: 60 });
const simple: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ k: fc.constant("set" as const), key, v: fc.integer() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("delete" as const), key }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("get" as const), key }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("clear" as const) }) },
);
describe("Map in RTS", () => {
  it("behaves as JavaScript's Map on random operation sequences", () => {
    fc.assert(
      fc.property(fc.array(simple, { maxLength: 80 }), (ops) => {
        const mine = new Map<number, number>(); // only an identity: its inside is rts/lltype's
        const js = new Map<number, number>();
        const apply = (o: Op): void => {
          switch (o.k) {
            case "set":
              mapSet(mine, o.key, o.v);
              js.set(o.key, o.v);
              break;
            case "delete":
              expect(mapDelete(mine, o.key)).toBe(js.delete(o.key));
              break;
            case "get":
              expect(mapGet(mine, o.key)).toBe(js.get(o.key));
              expect(mapHas(mine, o.key)).toBe(js.has(o.key));
              expect(mapGetOr(mine, o.key, -1)).toBe(js.get(o.key) ?? -1);
              break;
            case "clear":
              mapClear(mine);
              js.clear();
              break;
          }
        };
        for (const o of ops) {
          apply(o);
          expect(mapSize(mine)).toBe(js.size);
          const entries: [number, number][] = [];
          forOf(mine, (k, v) => entries.push([k, v]) > 0);
          expect(entries).toEqual([...js]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("visits what JavaScript visits when the loop body inserts, deletes and clears", () => {
    fc.assert(
      fc.property(fc.array(fc.array(simple, { maxLength: 3 }), { maxLength: 60 }), fc.array(key, { maxLength: 20 }), (steps, start) => {
        const mine = new Map<number, number>();
        const js = new Map<number, number>();
        for (const k of start) {
          mapSet(mine, k, k);
          js.set(k, k);
        }
        const change = (m: Map<number, number>, helpers: boolean, o: Op): void => {
          if (o.k === "set") helpers ? mapSet(m, o.key, o.v) : m.set(o.key, o.v);
          else if (o.k === "delete") helpers ? mapDelete(m, o.key) : m.delete(o.key);
          else if (o.k === "clear") helpers ? mapClear(m) : m.clear();
        };
        const seenMine: number[] = [];
        let n = 0;
        forOf(mine, (k, v) => {
          seenMine.push(k, v);
          for (const o of steps[n] ?? []) change(mine, true, o);
          return ++n < 200;
        });
        const seenJs: number[] = [];
        n = 0;
        for (const [k, v] of js) {
          seenJs.push(k, v);
          for (const o of steps[n] ?? []) change(js, false, o);
          if (++n >= 200) break;
        }
        expect(seenMine).toEqual(seenJs);
        const after: [number, number][] = [];
        forOf(mine, (k, v) => after.push([k, v]) > 0);
        expect(after).toEqual([...js]);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps string keys apart by contents, and sets hold keys only", () => {
    const m = new Map<string, string>();
    for (let i = 0; i < 500; i++) mapSet(m, "k" + i, "v" + i);
    for (let i = 0; i < 500; i += 3) mapDelete(m, "k" + i);
    expect(mapGet(m, "k" + 4)).toBe("v4");
    expect(mapFind(m, "k3")).toBe(-1);
    expect(mapSize(m)).toBe(333);
    const s = new Set<string>() as unknown as Map<string, number>;
    for (const w of ["a", "b", "a", "c", "b"]) setAdd(s, w);
    expect(mapSize(s)).toBe(3);
    // the entries array shrinks back when most entries are holes
    for (let i = 0; i < 500; i++) mapDelete(m, "k" + i);
    mapSet(m, "x", "y");
    for (let i = 0; i < 40; i++) mapSet(m, "y" + i, "z");
    expect(mapUsed(m)).toBeLessThan(100);
    expect(indexMask(m) + 1).toBeLessThanOrEqual(256);
  });

  it("keys objects by identity: equal contents are different keys, a key's hash stays", () => {
    const m = new Map<object, number>();
    const keys = Array.from({ length: 300 }, (_, i) => ({ i }));
    keys.forEach((k, i) => mapSet(m, k, i));
    expect(mapGet(m, { i: 3 })).toBe(undefined);
    expect(keys.every((k, i) => mapGet(m, k) === i)).toBe(true);
    for (let i = 0; i < 300; i += 2) mapDelete(m, keys[i]);
    expect(mapSize(m)).toBe(150);
    expect(mapHas(m, keys[1]) && !mapHas(m, keys[0])).toBe(true);
    expect(keyHash(keys[7])).toBe(identityHash(identityOf(keys[7])));
    expect(identityOf(keys[7])).toBeGreaterThanOrEqual(2 ** 21);
  });

  it("hashes as the C runtime does (FNV-1a over code units, MurmurHash3's finalizer for ints)", () => {
    // tests/unit/strings.test.ts checks rts/rlib/strings strHash, and tests/runtime/strings_test.c the C runtime's rts_key_hash_int, against the same numbers
    const strings: [string, number][] = [["", 2166136261], ["a", 3826002220], ["hello", 1335831723], ["é€😀", 207495949]];
    for (const [s, h] of strings) expect(stringHash(s)).toBe(h);
    const ints: [number, number][] = [[0, 0], [1, 1364076727], [-1, 3459073689], [2 ** 32, 804215951], [-(2 ** 40) - 3, 2465257390], [2 ** 53 - 1, 2589884325], [123456789, 3126909082]];
    for (const [k, h] of ints) expect(keyHash(k)).toBe(h);
    expect(keyHash(null)).toBe(0);
    // an object's: of its identity number (tests/runtime checks rts_op_identity_hash against these)
    const ids: [number, number][] = [[1, 1364076727], [2097152, 3757349318], [2097153, 4279337710], [4194303, 3471742729]];
    for (const [id, h] of ids) expect(identityHash(id)).toBe(h);
    expect(identityHash(1)).toBe(keyHash(1));
    expect(keyHash(undefined)).toBe(0);
  });
});
