// int.to_bytes and int.from_bytes: an int's two's complement bytes, big-
// or little-endian, and back.
import { toInt } from "rts/rlib";
import { BigNum } from "../bigint.ts";
import { overflowError, typeError, valueError } from "./exceptions.ts";
import { INT_TYPE, KwArgs, PyBuiltin, PyBytes, PyClassMethod, PyObject, PyStr, pyInt, pyStr } from "./model.ts";
import { call, defMethod, truthy, typeName } from "./ops.ts";
import { asInt, bigOf, intFromBig } from "./numbers.ts";
import { iterate, toIndex } from "./items.ts";
/** to_bytes/from_bytes' (length, byteorder, signed) from positional and keyword arguments. */
class BytesArgs {
  length: PyObject = pyInt(1);
  little = false;
  signed = false;
}
function bytesArgs(what: string, args: PyObject[], kw: KwArgs | null, names: string[]): BytesArgs {
  const r = new BytesArgs();
  let order: PyObject = args.length > 2 ? args[2] : pyStr("big");
  if (args.length > 1) r.length = args[1];
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === names[0]) r.length = kw.values[i];
    else if (n === "byteorder") order = kw.values[i];
    else if (n === "signed") r.signed = truthy(kw.values[i]);
    else throw typeError(`'${n}' is an invalid keyword argument for ${what}()`);
  });
  if (!(order instanceof PyStr)) throw typeError(`${what}() argument 'byteorder' must be str, not ${typeName(order)}`);
  if (order.value !== "big" && order.value !== "little") throw valueError("byteorder must be either 'little' or 'big'");
  r.little = order.value === "little";
  return r;
}

defMethod(INT_TYPE, "to_bytes", (args, kw) => {
  const a = bytesArgs("to_bytes", args, kw, ["length"]);
  const n = toIndex(a.length);
  if (n < 0) throw valueError("length argument must be non-negative");
  const self = asInt(args[0]);
  if (self === null) throw typeError(`descriptor 'to_bytes' requires a 'int' object but received a '${typeName(args[0])}'`);
  let v = bigOf(self);
  if (v.sign() < 0 && !a.signed) throw overflowError("can't convert negative int to unsigned");
  const bits = 8 * n;
  const fits = a.signed ? n > 0 && v.compare(BigNum.ONE.shl(bits - 1)) < 0 && v.compare(BigNum.ONE.shl(bits - 1).neg()) >= 0 : v.compare(BigNum.ONE.shl(bits)) < 0;
  if (!fits && !(n === 0 && v.isZero())) throw overflowError("int too big to convert");
  if (v.sign() < 0) v = v.add(BigNum.ONE.shl(bits));
  const mask = BigNum.fromInt(255);
  let out = "";
  for (let k = 0; k < n; k++) {
    const c = String.fromCharCode(v.and(mask).toNumber());
    out = a.little ? out + c : c + out;
    v = v.shr(8);
  }
  return new PyBytes(out);
});
INT_TYPE.dict.set("from_bytes", new PyClassMethod(new PyBuiltin("from_bytes", (args, kw) => {
  // (args[0] is the class; the bytes are the "length" slot of bytesArgs' positional layout)
  const a = bytesArgs("from_bytes", args, kw, ["bytes"]);
  const src = a.length;
  const s = src instanceof PyBytes ? src.value : bytesOfInts(src);
  let v = BigNum.fromInt(0);
  for (let k = 0; k < s.length; k++) v = v.shl(8).add(BigNum.fromInt(toInt(s.charCodeAt(a.little ? s.length - 1 - k : k))));
  if (a.signed && s.length > 0 && (s.charCodeAt(a.little ? s.length - 1 : 0) & 0x80) !== 0) v = v.sub(BigNum.ONE.shl(8 * s.length));
  const r = intFromBig(v);
  return args[0] === INT_TYPE ? r : call(args[0], [r], null);
}, null, null)));

/** The bytes of an iterable of ints 0..255 (from_bytes of a list). */
function bytesOfInts(o: PyObject): string {
  const items = iterate(o);
  let out = "";
  for (const x of items) {
    const n = toIndex(x);
    if (n < 0 || n > 255) throw valueError("bytes must be in range(0, 256)");
    out += String.fromCharCode(n);
  }
  return out;
}
