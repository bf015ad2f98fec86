/* RTS runtime: Unicode data as Node has it (unicode_tables.h is generated from
 * Node by gen-unicode.ts): case mapping and display widths. */
#include "rts.h"
#include "unicode_tables.h"

static int64_t find_range(const void *table, size_t size, int64_t n, uint32_t c) {
  const char *base = table;
  int64_t lo = 0, hi = n - 1;
  while (lo <= hi) {
    int64_t mid = (lo + hi) / 2;
    const uint32_t *r = (const uint32_t *)(base + (size_t)mid * size); /* every range starts with lo, hi */
    if (c < r[0]) hi = mid - 1;
    else if (c > r[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

#define COUNT(t) ((int64_t)(sizeof(t) / sizeof((t)[0])))

bool rts_is_cased(uint32_t c) { return find_range(rts_cased, sizeof rts_cased[0], COUNT(rts_cased), c) >= 0; }

bool rts_is_case_ignorable(uint32_t c) {
  return find_range(rts_case_ignorable, sizeof rts_case_ignorable[0], COUNT(rts_case_ignorable), c) >= 0;
}

static int encode(uint32_t c, rts_char *out) {
  if (c < 0x10000) {
    out[0] = (rts_char)c;
    return 1;
  }
  c -= 0x10000;
  out[0] = (rts_char)(0xD800 + (c >> 10));
  out[1] = (rts_char)(0xDC00 + (c & 0x3FF));
  return 2;
}

int rts_case_map(uint32_t c, bool upper, rts_char out[RTS_CASE_MAX]) {
  const rts_case_special *sp = upper ? rts_upper_special : rts_lower_special;
  int64_t lo = 0, hi = (upper ? COUNT(rts_upper_special) : COUNT(rts_lower_special)) - 1;
  while (lo <= hi) { /* sorted by code point */
    int64_t mid = (lo + hi) / 2;
    if (c < sp[mid].cp) hi = mid - 1;
    else if (c > sp[mid].cp) lo = mid + 1;
    else {
      for (uint32_t k = 0; k < sp[mid].n; k++) out[k] = sp[mid].units[k];
      return (int)sp[mid].n;
    }
  }
  const rts_case_range *rs = upper ? rts_upper_ranges : rts_lower_ranges;
  int64_t k = find_range(rs, sizeof rs[0], upper ? COUNT(rts_upper_ranges) : COUNT(rts_lower_ranges), c);
  if (k >= 0 && (c - rs[k].lo) % rs[k].stride == 0) c = (uint32_t)((int64_t)c + rs[k].delta);
  return encode(c, out);
}

int64_t rts_unicode_width(uint32_t c) {
  int64_t k = find_range(rts_widths, sizeof rts_widths[0], COUNT(rts_widths), c);
  return k >= 0 ? rts_widths[k].width : 1;
}
