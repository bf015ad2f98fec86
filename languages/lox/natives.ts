// Native functions: host code callable from Lox.
import { clock } from "rts/rlib/os";
import { NumberValue, ObjNative, type Value } from "./value.ts";

/** clock(): seconds as a number, for timing benchmarks. */
export class ClockNative extends ObjNative {
  call(_args: Value[]): Value {
    return new NumberValue(clock());
  }
}
