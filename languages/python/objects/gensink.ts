// What a generator offers its values to while a builtin consumes it whole.
import type { PyObject } from "./model.ts";

/**
 * Internal iteration of a generator (the consumer pushes into the producer):
 * a builtin that consumes a generator whole — list(g), tuple(g), sum(g),
 * set(g), any(g)... — runs it with a sink, and YIELD_VALUE offers each value
 * to the sink and goes on running where it accepts. The generator's loop is
 * then one run of its frame, not a resumption per value: one loop the JIT
 * traces and compiles, instead of an entry into compiled code per value.
 * A sink accepts only what it handles without running Python code, so
 * nothing observable happens between two steps of the generator, as when
 * its consumer pulls; what it declines is yielded as usual.
 */
export abstract class GenSink {
  /** Takes `v` (true), or declines it (false: the generator yields `v` to its consumer). */
  abstract offer(v: PyObject): boolean;
}
