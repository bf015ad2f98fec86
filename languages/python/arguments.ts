// Binding a call's arguments to a Python function's parameters: positional
// ones, *args, keywords by name, **kwargs, defaults and keyword-only
// defaults, with CPython's TypeError messages for every mismatch.
import { elidable, unrollSafe } from "rts/jit";
import { BindingMemo, CO_VARARGS, CO_VARKEYWORDS, type Code } from "./code.ts";
import { dictGetStr, dictSetStr, newDict } from "./objects/dict.ts";
import { typeError } from "./objects/exceptions.ts";
import { EMPTY_TUPLE, NO_VALUE, PyStr, pyTuple, type KwArgs, type PyFunction, type PyObject, type PyTuple } from "./objects/model.ts";
import type { Frame } from "./frame.ts";

/** 'a', 'b' and 'c' — CPython's list of missing names. */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Binds the arguments into the frame's locals (which start as NO_VALUE). */
export function bindArguments(func: PyFunction, frame: Frame, args: PyObject[], kw: KwArgs | null): void {
  const code = func.code;
  const argcount = code.argcount;
  const nargs = args.length;
  // the fast path: exactly the positional parameters
  if (kw === null && nargs === argcount && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    for (let i = 0; i < nargs; i++) frame.slots[i] = args[i];
    return;
  }
  bindArgumentsSlow(func, frame, args, kw);
}
// (the fast path's loop copies a call's arguments, as many as the code's parameters: unrolled in a trace)
unrollSafe(bindArguments);

/** Keywords, defaults, *args, **kwargs and the errors: called (a trace does not look inside). */
function bindArgumentsSlow(func: PyFunction, frame: Frame, args: PyObject[], kw: KwArgs | null): void {
  const code = func.code;
  const argcount = code.argcount;
  const nargs = args.length;
  const name = func.qualname;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  const kwonly = code.kwonlyargcount;
  const varargsIndex = argcount + kwonly;
  const varkwIndex = varargsIndex + (hasVarargs ? 1 : 0);
  const n = Math.min(nargs, argcount);
  for (let i = 0; i < n; i++) frame.slots[i] = args[i];
  if (hasVarargs) frame.slots[varargsIndex] = nargs > argcount ? pyTuple(args.slice(argcount)) : EMPTY_TUPLE;
  const kwdict = hasVarkw ? newDict() : null;
  if (kwdict !== null) frame.slots[varkwIndex] = kwdict;
  if (kw !== null) {
    const posonlyPassed: string[] = [];
    for (let k = 0; k < kw.names.length; k++) {
      const key = kw.names[k];
      let slot = -1;
      for (let i = code.posonlyargcount; i < argcount + kwonly; i++)
        if (code.varnames[i] === key) {
          slot = i;
          break;
        }
      if (slot < 0) {
        if (kwdict !== null) {
          if (dictGetStr(kwdict, key) !== null) throw typeError(`${name}() got multiple values for keyword argument '${key}'`);
          dictSetStr(kwdict, key, kw.values[k]);
          continue;
        }
        let posonly = false;
        for (let i = 0; i < code.posonlyargcount; i++) if (code.varnames[i] === key) posonly = true;
        if (posonly) {
          posonlyPassed.push(key);
          continue;
        }
        throw typeError(`${name}() got an unexpected keyword argument '${key}'`);
      }
      const current = frame.slots[slot];
      if (current !== NO_VALUE) throw typeError(`${name}() got multiple values for argument '${key}'`);
      frame.slots[slot] = kw.values[k];
    }
    if (posonlyPassed.length > 0) throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(", ")}'`);
  }
  if (nargs > argcount && !hasVarargs) {
    const defaults = func.defaults.length;
    let kwGiven = 0;
    for (let i = argcount; i < argcount + kwonly; i++) {
      const given = frame.slots[i];
      if (given !== NO_VALUE) kwGiven++;
    }
    const takes = defaults > 0 ? `from ${argcount - defaults} to ${argcount}` : String(argcount);
    const pos = argcount === 1 && defaults === 0 ? "positional argument" : "positional arguments";
    const given = kwGiven > 0 ? `${plural(nargs, "positional argument")} (and ${plural(kwGiven, "keyword-only argument")}) were given` : `${nargs} ${nargs === 1 ? "was" : "were"} given`;
    throw typeError(`${name}() takes ${takes} ${pos} but ${given}`);
  }
  // defaults for the positional parameters not given
  const firstDefault = argcount - func.defaults.length;
  const missing: string[] = [];
  for (let i = nargs; i < argcount; i++) {
    const given = frame.slots[i];
    if (given !== NO_VALUE) continue;
    if (i >= firstDefault) frame.slots[i] = func.defaults[i - firstDefault];
    else missing.push(code.varnames[i]);
  }
  if (missing.length > 0) throw typeError(`${name}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`);
  const missingKw: string[] = [];
  for (let i = argcount; i < argcount + kwonly; i++) {
    const given = frame.slots[i];
    if (given !== NO_VALUE) continue;
    const d = func.kwDefaults === null ? null : dictGetStr(func.kwDefaults, code.varnames[i]);
    if (d !== null) frame.slots[i] = d;
    else missingKw.push(code.varnames[i]);
  }
  if (missingKw.length > 0) throw typeError(`${name}() missing ${plural(missingKw.length, "required keyword-only argument")}: ${nameList(missingKw)}`);
}

// ---- calls bound where the arguments are: the layout of a simple call ----------------------------------

/**
 * Where each parameter of a call's frame takes its value from, for a call
 * of `code` with `nargs` arguments of which the last are the keywords
 * `names` (a tuple of str): the index of the argument (the positional ones
 * first, then the keywords in order — as they lie on the caller's stack),
 * or -1 for the parameter's default.  Null when the call needs the general
 * binding: *args or **kwargs parameters, keyword-only ones, a keyword not
 * naming a positional parameter or naming one given already, too many
 * arguments, one missing (bindArgumentsSlow raises CPython's errors).
 */
function argumentLayout(code: Code, names: PyTuple, nargs: number, ndefaults: number): number[] | null {
  if ((code.flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0 || code.kwonlyargcount !== 0) return null;
  const argcount = code.argcount;
  const nkw = names.items.length;
  const npos = nargs - nkw;
  if (npos < 0 || npos > argcount) return null;
  const layout: number[] = [];
  for (let i = 0; i < argcount; i++) layout.push(i < npos ? i : -2);
  for (let k = 0; k < nkw; k++) {
    const key = names.items[k];
    if (!(key instanceof PyStr)) return null;
    let slot = -1;
    for (let i = code.posonlyargcount; i < argcount; i++)
      if (code.varnames[i] === key.value) {
        slot = i;
        break;
      }
    if (slot < 0 || layout[slot] !== -2) return null;
    layout[slot] = npos + k;
  }
  const firstDefault = argcount - ndefaults;
  for (let i = 0; i < argcount; i++)
    if (layout[i] === -2) {
      if (i < firstDefault) return null;
      layout[i] = -1;
    }
  return layout;
}

function layoutOf(code: Code, names: PyTuple, nargs: number, ndefaults: number): number[] | null {
  const m = code.bindingMemo;
  if (m !== null && m.names === names && m.nargs === nargs && m.ndefaults === ndefaults) return m.layout;
  const layout = argumentLayout(code, names, nargs, ndefaults);
  code.bindingMemo = new BindingMemo(names, nargs, ndefaults, layout);
  return layout;
}

/** Whether a call of `code` with `nargs` arguments, the last the keywords `names`, binds by argumentLayout (pure: a constant in a trace). */
export function bindsSimply(code: Code, names: PyTuple, nargs: number, ndefaults: number): boolean {
  return layoutOf(code, names, nargs, ndefaults) !== null;
}
elidable(bindsSimply);

/** Parameter i's place in that layout (a constant in a trace, where the call is unrolled over the parameters). */
export function argumentPlace(code: Code, names: PyTuple, nargs: number, ndefaults: number, i: number): number {
  return layoutOf(code, names, nargs, ndefaults)![i];
}
elidable(argumentPlace);
