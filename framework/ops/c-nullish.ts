// The C tests of null and undefined, per low-level type: optional numbers and
// booleans use sentinel values no real one has (rts.h: RTS_INT_NULL/UNDEF,
// two NaN bit patterns, 2 and 3), pointers NULL and RTS_UNDEF_PTR.
import { isPtr, type LLType } from "../rtyper/lltypes.ts";

export type NullishTest = "null" | "undef" | "nullish";

/** The C test that `x`, of type `t`, is null / undefined / either. */
export function nullishTest(which: NullishTest, x: string, t: LLType): string {
  switch (t.k) {
    case "OptSigned":
      return which === "null" ? `(${x} == RTS_INT_NULL)` : which === "undef" ? `(${x} == RTS_INT_UNDEF)` : `((uint64_t)(${x} - RTS_INT_UNDEF) <= 1)`;
    case "OptFloat":
      return `rts_op_opt_float_is_${which}(${x})`;
    case "OptBool":
      return which === "null" ? `(${x} == RTS_BOOL_NULL)` : which === "undef" ? `(${x} == RTS_BOOL_UNDEF)` : `(${x} > 1)`;
  }
  if (!isPtr(t)) return "false";
  return which === "null" ? `(${x} == NULL)` : which === "undef" ? `((void *)${x} == RTS_UNDEF_PTR)` : `(${x} == NULL || (void *)${x} == RTS_UNDEF_PTR)`;
}
