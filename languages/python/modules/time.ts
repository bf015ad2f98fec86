// The time module: the clocks programs use to measure themselves.
import { clock, now } from "rts/rlib/os";
import { toFloat, toInt } from "rts/rlib";
import { PyBuiltin, PyModule, PyObject, NONE, pyFloat, pyInt } from "../objects/model.ts";
import { dictSetStr } from "../objects/dict.ts";
import { toFloatValue } from "../objects/numparse.ts";
import { MODULE_FACTORIES, newModule } from "../runtime.ts";

function def(m: PyModule, name: string, fn: (args: PyObject[]) => PyObject): void {
  dictSetStr(m.dict, name, new PyBuiltin(name, (args) => fn(args), null, null));
}

function makeTime(): PyModule {
  const m = newModule("time");
  const start = clock();
  def(m, "time", () => pyFloat(toFloat(now()) / 1000));
  def(m, "time_ns", () => pyInt(toInt(now() * 1000000)));
  def(m, "perf_counter", () => pyFloat(clock()));
  def(m, "perf_counter_ns", () => pyInt(toInt(clock() * 1e9)));
  def(m, "monotonic", () => pyFloat(clock()));
  def(m, "process_time", () => pyFloat(clock() - start));
  def(m, "sleep", (args) => {
    // a busy wait: the toolkit has no sleep primitive
    const until = clock() + toFloatValue(args[0]);
    while (clock() < until);
    return NONE;
  });
  return m;
}

MODULE_FACTORIES.set("time", makeTime);
