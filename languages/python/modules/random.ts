// The _random module: the Mersenne Twister (MT19937, Matsumoto and
// Nishimura's published algorithm) as a builtin type, as CPython's
// _randommodule.c is.  random.py's Random subclasses it and derives
// everything else (seeding from str/bytes, randrange, choice, shuffle, the
// distributions) in Python, as CPython's random.py does; the generator's
// word arithmetic lives here, where it is int32 operations on an array
// instead of Python ints in a list (random() was four times CPython's time
// with the generator in Python, with the JIT).
import { BigNum } from "../bigint.ts";
import { typeError, valueError } from "../objects/exceptions.ts";
import {
  NONE, OBJECT_TYPE, PyBuiltin, PyInstance, PyInt, PyModule, PyObject, PyStaticMethod, PyTuple, PyType, builtinType, pyFloat, pyInt, pyTuple,
} from "../objects/model.ts";
import { dictSetStr } from "../objects/dict.ts";
import { asInt, intFromBig } from "../objects/numbers.ts";
import { toIndex } from "../objects/items.ts";
import { defMethod } from "../objects/ops.ts";
import { wrapBuiltin } from "../objects/lists.ts";
import { MODULE_FACTORIES, newModule } from "../runtime.ts";

const N = 624;
const M = 397;

export const RANDOM_TYPE = builtinType("Random", [OBJECT_TYPE]);
RANDOM_TYPE.module = "_random";

/** A generator's state: 624 words (as int32 values) and the index of the next one to temper. */
export class PyMersenne extends PyObject {
  readonly mt: number[] = new Array<number>(N).fill(0);
  index = N + 1;
  getType(): PyType {
    return RANDOM_TYPE;
  }
}

function stateOf(o: PyObject): PyMersenne {
  if (o instanceof PyMersenne) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyMersenne) return o.builtin;
  throw typeError(`descriptor requires a '_random.Random' object but received a '${o.getType().name}'`);
}

function initGenrand(g: PyMersenne, s: number): void {
  const mt = g.mt;
  mt[0] = s | 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1];
    mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) | 0;
  }
  g.index = N;
}

/** init_by_array: the state from a key of 32-bit words (seed() splits the int into them). */
function initByArray(g: PyMersenne, key: number[]): void {
  initGenrand(g, 19650218);
  const mt = g.mt;
  const n = key.length;
  let i = 1;
  let j = 0;
  for (let k = N > n ? N : n; k > 0; k--) {
    const prev = mt[i - 1];
    // (an int32, a word below 2^32 and j: exact as a double, then taken mod 2^32)
    mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j) | 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= n) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1];
    mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) | 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000 | 0;
  g.index = N;
}

function twist(g: PyMersenne): void {
  const mt = g.mt;
  for (let kk = 0; kk < N; kk++) {
    const y = (mt[kk] & 0x80000000) | (mt[kk + 1 < N ? kk + 1 : 0] & 0x7fffffff);
    const m = kk + M < N ? kk + M : kk + M - N;
    mt[kk] = mt[m] ^ (y >>> 1) ^ ((y & 1) !== 0 ? 0x9908b0df : 0);
  }
  g.index = 0;
}

/** The next 32 random bits, as a non-negative number. */
export function genrandUint32(g: PyMersenne): number {
  if (g.index >= N) twist(g);
  let y = g.mt[g.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random(): 53 random bits as a float in [0, 1), as CPython makes it. */
function randomFloat(g: PyMersenne): number {
  const a = genrandUint32(g) >>> 5;
  const b = genrandUint32(g) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/** getrandbits(k): k random bits, the first word the lowest, the last word's top bits (CPython's order). */
function randomBits(g: PyMersenne, k: number): PyObject {
  if (k <= 32) return pyInt(genrandUint32(g) >>> (32 - k));
  if (k <= 53) {
    const lo = genrandUint32(g);
    const hi = genrandUint32(g) >>> (64 - k);
    return pyInt(hi * 4294967296 + lo);
  }
  let x = BigNum.ZERO;
  let shift = 0;
  for (let left = k; left > 0; left -= 32) {
    let r = genrandUint32(g);
    if (left < 32) r >>>= 32 - left;
    x = x.or(BigNum.fromInt(r).shl(shift));
    shift += 32;
  }
  return intFromBig(x);
}

RANDOM_TYPE.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin(
      "__new__",
      (args) => {
        const cls = args[0];
        if (!(cls instanceof PyType) || !cls.isSubtypeOf(RANDOM_TYPE)) throw typeError("Random.__new__(X): X is not a subtype of Random");
        return wrapBuiltin(cls, RANDOM_TYPE, new PyMersenne());
      },
      null,
      null,
    ),
  ),
);
defMethod(RANDOM_TYPE, "random", (args) => pyFloat(randomFloat(stateOf(args[0]))));
defMethod(RANDOM_TYPE, "getrandbits", (args) => {
  if (args.length !== 2) throw typeError(`getrandbits() takes exactly one argument (${args.length - 1} given)`);
  const k = toIndex(args[1]);
  if (k < 0) throw valueError("number of bits must be non-negative");
  return k === 0 ? pyInt(0) : randomBits(stateOf(args[0]), k);
});
// (seed(n) for an int n, as CPython's random_seed: the key is the 32-bit words of abs(n), lowest first;
// random.py's seed() turns the other seeds into an int first)
defMethod(RANDOM_TYPE, "seed", (args) => {
  if (args.length !== 2) throw typeError(`seed() takes exactly one argument (${args.length - 1} given)`);
  const n = asInt(args[1]);
  if (n === null) throw typeError(`seed must be an int, not ${args[1].getType().name}`);
  const words: number[] = [];
  if (n instanceof PyInt) {
    let v = Math.abs(n.value);
    while (v > 0) {
      words.push(v % 4294967296);
      v = Math.floor(v / 4294967296);
    }
  } else {
    const mask = BigNum.fromInt(0xffffffff);
    for (let v = n.big.abs(); !v.isZero(); v = v.shr(32)) words.push(v.and(mask).toNumber());
  }
  if (words.length === 0) words.push(0);
  initByArray(stateOf(args[0]), words);
  return NONE;
});
defMethod(RANDOM_TYPE, "getstate", (args) => {
  const g = stateOf(args[0]);
  const items: PyObject[] = [];
  for (const w of g.mt) items.push(pyInt(w >>> 0));
  items.push(pyInt(g.index));
  return pyTuple(items);
});
defMethod(RANDOM_TYPE, "setstate", (args) => {
  const g = stateOf(args[0]);
  const st = args[1];
  if (!(st instanceof PyTuple)) throw typeError("state vector must be a tuple");
  if (st.items.length !== N + 1) throw valueError("state vector is the wrong size");
  const words: number[] = [];
  for (let i = 0; i < N; i++) {
    const w = st.items[i];
    if (!(w instanceof PyInt)) throw typeError("state vector items must be integers");
    words.push(w.value);
  }
  const index = st.items[N];
  if (!(index instanceof PyInt)) throw typeError("state vector items must be integers");
  if (index.value < 0 || index.value > N) throw valueError("invalid state");
  for (let i = 0; i < N; i++) g.mt[i] = words[i] | 0;
  g.index = index.value;
  return NONE;
});

function makeRandom(): PyModule {
  const m = newModule("_random");
  dictSetStr(m.dict, "Random", RANDOM_TYPE);
  return m;
}

MODULE_FACTORIES.set("_random", makeRandom);
