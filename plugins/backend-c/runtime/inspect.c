/* console.log as Node prints: the arguments joined by spaces, strings as
 * they are, everything else formatted as util.inspect does (depth 2, lines
 * of 80 columns, arrays of more than six items grouped in columns, 100
 * items at most, circular references marked).  A value's static type comes
 * with it as a descriptor (rts_idesc, emitted by the backend per type), and
 * instances find their fields through rts_inspect_classes[tid].  Text is
 * built in UTF-16 code units, the unit of the lengths Node's layout uses.
 * Nothing here allocates GC memory. */
#include "rts.h"
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* programs define it; a weak default keeps the runtime's own C tests linkable */
__attribute__((weak)) const rts_iclass *const rts_inspect_classes[1] = {NULL};

typedef rts_utext text;

static void put(text *t, rts_char ch) {
  rts_utext_put(t, ch, "console.log");
}

static void puts_ascii(text *t, const char *s) {
  rts_utext_ascii(t, s, "console.log");
}

static void puttext(text *t, const text *u) {
  for (int64_t i = 0; i < u->len; i++) put(t, u->c[i]);
}

static void putn(text *t, rts_char ch, int64_t n) {
  for (int64_t i = 0; i < n; i++) put(t, ch);
}

/* ---- entries: the formatted parts of one object ---- */
typedef struct entries {
  text *e;
  int64_t n, cap;
} entries;

static text *add_entry(entries *es) {
  if (es->n == es->cap) {
    es->cap = es->cap ? 2 * es->cap : 8;
    es->e = realloc(es->e, (size_t)es->cap * sizeof(text));
    if (!es->e) rts_fatal("out of memory", "console.log");
  }
  es->e[es->n] = (text){0};
  return &es->e[es->n++];
}

static void free_entries(entries *es) {
  for (int64_t i = 0; i < es->n; i++) free(es->e[i].c);
  free(es->e);
}

static bool has_newline(const text *t) {
  for (int64_t i = 0; i < t->len; i++)
    if (t->c[i] == '\n') return true;
  return false;
}

/* ---- the state of one console.log argument ---- */
enum { DEPTH = 2, BREAK_LENGTH = 80, COMPACT = 3, MAX_ITEMS = 100, MAX_SEEN = 256, MAX_STRING_LENGTH = 10000, MIN_LINE_LENGTH = 16 };

typedef struct ctx {
  int64_t indentation;
  int64_t current_depth;
  void *seen[MAX_SEEN]; /* objects on the path being formatted */
  int nseen;
  void *circular[MAX_SEEN]; /* objects referenced circularly, numbered from 1 */
  int ncircular;
} ctx;

static void format_value(ctx *cx, text *out, rts_word v, const rts_idesc *d, int64_t depth, bool top);

/* numbers: String(x), except that -0 shows its sign */
static void put_number(text *t, double x) {
  char buf[40];
  if (x == 0 && signbit(x)) {
    puts_ascii(t, "-0");
    return;
  }
  buf[rts_float_format(x, buf)] = 0;
  puts_ascii(t, buf);
}

static void put_int(text *t, int64_t x) {
  char buf[40];
  buf[rts_int_format(x, buf)] = 0;
  puts_ascii(t, buf);
}

/* Units of a string inside a structure: quoted with ', or " or ` when that avoids escapes. */
static void put_quoted_units(text *t, const rts_char *chars, int64_t len) {
  bool single = false, dbl = false, back = false;
  for (int64_t i = 0; i < len; i++) {
    rts_char c = chars[i];
    if (c == '\'') single = true;
    if (c == '"') dbl = true;
    if (c == '`' || (c == '$' && i + 1 < len && chars[i + 1] == '{')) back = true;
  }
  rts_char q = !single ? '\'' : !dbl ? '"' : !back ? '`' : '\'';
  put(t, q);
  for (int64_t i = 0; i < len; i++) {
    rts_char c = chars[i];
    char esc[8] = {0};
    if (c == q || c == '\\') {
      put(t, '\\');
      put(t, c);
      continue;
    }
    if (c == '\n') strcpy(esc, "\\n");
    else if (c == '\t') strcpy(esc, "\\t");
    else if (c == '\r') strcpy(esc, "\\r");
    else if (c == '\b') strcpy(esc, "\\b");
    else if (c == '\f') strcpy(esc, "\\f");
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) snprintf(esc, sizeof esc, "\\x%02X", c);
    else if (c >= 0xD800 && c <= 0xDFFF) {
      /* a lone surrogate is escaped; a pair passes */
      bool pair = c <= 0xDBFF ? i + 1 < len && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF
                              : i > 0 && chars[i - 1] >= 0xD800 && chars[i - 1] <= 0xDBFF;
      if (!pair) snprintf(esc, sizeof esc, "\\u%04x", c);
    }
    if (esc[0]) puts_ascii(t, esc);
    else put(t, c);
  }
  put(t, q);
}

/* A string inside a structure, as Node's formatPrimitive: at most 10000
 * units, and a long one split after each newline into quoted pieces joined by +. */
static void put_string_entry(ctx *cx, text *out, const rts_str *s) {
  int64_t n = s->len < MAX_STRING_LENGTH ? s->len : MAX_STRING_LENGTH;
  if (n > MIN_LINE_LENGTH && n > BREAK_LENGTH - cx->indentation - 4) {
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
      if (rts_str_chars(s)[i] != '\n' || i + 1 == n) continue;
      put_quoted_units(out, rts_str_chars(s) + start, i + 1 - start);
      puts_ascii(out, " +\n");
      putn(out, ' ', cx->indentation + 2);
      start = i + 1;
    }
    put_quoted_units(out, rts_str_chars(s) + start, n - start);
  } else put_quoted_units(out, rts_str_chars(s), n);
  if (s->len > n) {
    char more[64];
    snprintf(more, sizeof more, "... %lld more character%s", (long long)(s->len - n), s->len - n > 1 ? "s" : "");
    puts_ascii(out, more);
  }
}

/* Property keys: names of letters, digits and _ (not first a digit) as they are, anything else quoted. */
static void put_key(text *t, const char *name) {
  bool ident = name[0] && !(name[0] >= '0' && name[0] <= '9');
  for (const char *p = name; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')) ident = false;
  if (ident) {
    puts_ascii(t, name);
    return;
  }
  put(t, '\'');
  puts_ascii(t, name);
  put(t, '\'');
}

/* A key of an object used as a map: as put_key, from a string's units. */
static void put_dict_key(text *t, const rts_str *k) {
  const rts_char *c = rts_str_chars(k);
  bool ident = k->len > 0 && !(c[0] >= '0' && c[0] <= '9');
  for (int64_t i = 0; i < k->len; i++)
    if (!((c[i] >= 'a' && c[i] <= 'z') || (c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9') || c[i] == '_')) ident = false;
  if (!ident) { put_quoted_units(t, c, k->len); return; }
  for (int64_t i = 0; i < k->len; i++) put(t, (char)c[i]);
}

/* The value of an array-index key ("0", "17"; not "01", "-1" or 2^32 - 1 and up), or -1. */
static int64_t index_key(const rts_str *k) {
  const rts_char *c = rts_str_chars(k);
  if (k->len == 0 || k->len > 10 || (k->len > 1 && c[0] == '0')) return -1;
  int64_t v = 0;
  for (int64_t i = 0; i < k->len; i++) {
    if (c[i] < '0' || c[i] > '9') return -1;
    v = v * 10 + (c[i] - '0');
  }
  return v < 4294967295LL ? v : -1;
}

/* The live entries of a dict in JavaScript's property order: array-index keys
 * ascending, then the others in insertion order.  Returns a malloc'd array. */
int64_t *rts_inspect_dict_order(const rts_map *m, int64_t *count) {
  int64_t *order = malloc(sizeof(int64_t) * (size_t)(m->used > 0 ? m->used : 1));
  int64_t n = 0;
  for (int64_t i = 0; i < m->used; i++) {
    const rts_mentry *en = &m->entries->data[i];
    if (!en->state || index_key(en->key.p) < 0) continue;
    int64_t j = n++, v = index_key(en->key.p);
    while (j > 0 && index_key(m->entries->data[order[j - 1]].key.p) > v) { order[j] = order[j - 1]; j--; }
    order[j] = i;
  }
  for (int64_t i = 0; i < m->used; i++) {
    const rts_mentry *en = &m->entries->data[i];
    if (en->state && index_key(en->key.p) < 0) order[n++] = i;
  }
  *count = n;
  return order;
}

/* ---- layout (Node's reduceToSingleString and groupArrayElements) ---- */
static bool below_break_length(const entries *es, int64_t start) {
  int64_t total = es->n + start;
  if (total + es->n > BREAK_LENGTH) return false;
  for (int64_t i = 0; i < es->n; i++) {
    total += es->e[i].len;
    if (total > BREAK_LENGTH) return false;
  }
  return true;
}

/* Node's getStringWidth: ASCII controls are 0 wide, from the first other
 * non-ASCII unit on each code point counts its display width (unicode.c). */
static int64_t entry_width(const text *t) {
  int64_t w = 0;
  for (int64_t i = 0; i < t->len; i++) {
    rts_char c = t->c[i];
    if (c < 127) {
      w += c >= 32;
      continue;
    }
    for (int64_t j = i; j < t->len; j++) {
      uint32_t p = t->c[j];
      if (p >= 0xD800 && p <= 0xDBFF && j + 1 < t->len && t->c[j + 1] >= 0xDC00 && t->c[j + 1] <= 0xDFFF) {
        p = 0x10000 + ((p - 0xD800) << 10) + (uint32_t)(t->c[j + 1] - 0xDC00);
        j++;
      }
      w += rts_unicode_width(p);
    }
    break;
  }
  return w;
}

/* Arrays of more than six entries: as many columns as look square (by display width). `numbers`: pad at the start. */
static bool group_entries(ctx *cx, entries *es, bool numbers, bool has_more) {
  int64_t n = has_more ? es->n - 1 : es->n;
  int64_t total = 0, max = 0;
  int64_t *width = malloc((size_t)(n > 0 ? n : 1) * sizeof(int64_t));
  for (int64_t i = 0; i < n; i++) {
    width[i] = entry_width(&es->e[i]);
    total += width[i] + 2;
    if (width[i] > max) max = width[i];
  }
  int64_t actual_max = max + 2;
  if (!(actual_max * 3 + cx->indentation < BREAK_LENGTH && ((double)total / (double)actual_max > 5 || max <= 6))) {
    free(width);
    return false;
  }
  double average_bias = sqrt((double)actual_max - (double)total / (double)es->n);
  double biased_max = fmax((double)actual_max - 3 - average_bias, 1);
  int64_t columns = (int64_t)round(sqrt(2.5 * biased_max * (double)n) / biased_max);
  int64_t by_width = (BREAK_LENGTH - cx->indentation) / actual_max;
  if (by_width < columns) columns = by_width;
  if (COMPACT * 4 < columns) columns = COMPACT * 4;
  if (15 < columns) columns = 15;
  if (columns <= 1) {
    free(width);
    return false;
  }
  int64_t *line_width = malloc((size_t)columns * sizeof(int64_t));
  for (int64_t c = 0; c < columns; c++) {
    int64_t w = 0;
    for (int64_t j = c; j < n; j += columns)
      if (width[j] > w) w = width[j];
    line_width[c] = w + 2;
  }
  entries rows = {0};
  for (int64_t i = 0; i < n; i += columns) {
    int64_t end = i + columns < n ? i + columns : n;
    text *row = add_entry(&rows);
    int64_t j = i;
    for (; j < end - 1; j++) {
      int64_t pad = line_width[j - i] - width[j] - 2;
      if (numbers) putn(row, ' ', pad);
      puttext(row, &es->e[j]);
      puts_ascii(row, ", ");
      if (!numbers) putn(row, ' ', pad);
    }
    if (numbers) putn(row, ' ', line_width[j - i] - 2 - width[j]);
    puttext(row, &es->e[j]);
  }
  if (has_more) puttext(add_entry(&rows), &es->e[es->n - 1]);
  free(line_width);
  free(width);
  free_entries(es);
  *es = rows;
  return true;
}

/* The entries between braces: on one line when short, else one per line (or grouped rows). */
static void reduce(ctx *cx, text *out, entries *es, const char *open, const char *close, bool array, bool numbers, bool has_more) {
  bool grouped = array && es->n > 6 && group_entries(cx, es, numbers, has_more);
  if (!grouped) {
    int64_t start = es->n + cx->indentation + (int64_t)strlen(open) + 10;
    if (below_break_length(es, start)) {
      text joined = {0};
      for (int64_t i = 0; i < es->n; i++) {
        if (i) puts_ascii(&joined, ", ");
        puttext(&joined, &es->e[i]);
      }
      if (!has_newline(&joined)) {
        puts_ascii(out, open);
        put(out, ' ');
        puttext(out, &joined);
        put(out, ' ');
        puts_ascii(out, close);
        free(joined.c);
        return;
      }
      free(joined.c);
    }
  }
  puts_ascii(out, open);
  for (int64_t i = 0; i < es->n; i++) {
    put(out, '\n');
    putn(out, ' ', cx->indentation + 2);
    puttext(out, &es->e[i]);
    if (i + 1 < es->n) put(out, ',');
  }
  put(out, '\n');
  putn(out, ' ', cx->indentation);
  puts_ascii(out, close);
}

/* ---- values ---- */
rts_word rts_inspect_field(const char *obj, const rts_ifield *f) {
  rts_word w;
  switch (f->desc->kind) {
    case RTS_I_BOOL: w.i = *(const bool *)(obj + f->offset); break;
    case RTS_I_FLOAT: case RTS_I_OPTFLOAT: w.f = *(const double *)(obj + f->offset); break;
    case RTS_I_INT: case RTS_I_OPTINT: case RTS_I_OPTBOOL: w.i = *(const int64_t *)(obj + f->offset); break;
    default: w.p = *(void *const *)(obj + f->offset);
  }
  return w;
}

/* the class of a boxed primitive of a value union, or NULL */
const rts_iclass *rts_inspect_boxed(rts_word v, const rts_idesc *d) {
  if (d->kind != RTS_I_INST || v.p == NULL || v.p == RTS_UNDEF_PTR) return NULL;
  const rts_iclass *cls = rts_inspect_classes[((rts_hdr *)v.p)->tid];
  return cls && cls->boxed ? cls : NULL;
}

static bool is_object(const rts_idesc *d) {
  return d->kind >= RTS_I_LIST && d->kind != RTS_I_FUNC;
}

/* The entry of a nested value, formatted two columns further in. */
static void format_entry(ctx *cx, text *out, rts_word v, const rts_idesc *d, int64_t depth) {
  cx->indentation += 2;
  format_value(cx, out, v, d, depth, false);
  cx->indentation -= 2;
}

bool rts_inspect_is_undefined(rts_word v, const rts_idesc *d) {
  switch (d->kind) {
    case RTS_I_INT: case RTS_I_FLOAT: case RTS_I_BOOL: return false;
    case RTS_I_OPTINT: return v.i == RTS_INT_UNDEF;
    case RTS_I_OPTFLOAT: return rts_float_bits(v.f) == RTS_FLOAT_UNDEF_BITS;
    case RTS_I_OPTBOOL: return v.i == RTS_BOOL_UNDEF;
    default: return v.p == RTS_UNDEF_PTR;
  }
}

static void format_object(ctx *cx, text *out, void *p, const rts_idesc *d, int64_t depth) {
  for (int i = 0; i < cx->nseen; i++) {
    if (cx->seen[i] != p) continue;
    int k = 0;
    while (k < cx->ncircular && cx->circular[k] != p) k++;
    if (k == cx->ncircular && k < MAX_SEEN) cx->circular[cx->ncircular++] = p;
    char buf[32];
    snprintf(buf, sizeof buf, "[Circular *%d]", k + 1);
    puts_ascii(out, buf);
    return;
  }
  const rts_iclass *cls = d->kind == RTS_I_INST || d->kind == RTS_I_TUPLE ? rts_inspect_classes[((rts_hdr *)p)->tid] : NULL;
  /* empty ones print whole at any depth: [] {} Map(0) {} Empty {} */
  bool empty;
  switch (d->kind) {
    case RTS_I_LIST: empty = ((rts_list *)p)->len == 0; break;
    case RTS_I_U8: case RTS_I_I32: case RTS_I_F64: empty = ((rts_u8arr *)p)->len == 0; break;
    case RTS_I_MAP: case RTS_I_SET: case RTS_I_DICT: empty = ((rts_map *)p)->size == 0; break;
    default: empty = !cls || cls->nfields == 0;
  }
  if (depth > DEPTH && !empty) {
    const char *what = d->kind == RTS_I_LIST || d->kind == RTS_I_TUPLE ? "[Array]" : d->kind == RTS_I_MAP ? "[Map]" : d->kind == RTS_I_SET ? "[Set]" : d->kind == RTS_I_DICT ? "[Object]"
                       : d->kind == RTS_I_U8 ? "[Uint8Array]" : d->kind == RTS_I_I32 ? "[Int32Array]" : d->kind == RTS_I_F64 ? "[Float64Array]" : NULL;
    if (what) puts_ascii(out, what);
    else {
      put(out, '[');
      puts_ascii(out, cls && cls->name[0] ? cls->name : "Object");
      put(out, ']');
    }
    return;
  }
  if (cx->nseen < MAX_SEEN) cx->seen[cx->nseen++] = p;
  cx->current_depth = depth;
  entries es = {0};
  char open[96];
  bool array = false, numbers = true, has_more = false;
  int64_t n = 0;
  switch (d->kind) {
    case RTS_I_LIST: {
      rts_list *l = p;
      n = l->len;
      array = true;
      for (int64_t i = 0; i < n && i < MAX_ITEMS; i++) {
        rts_word w = l->items->data[i];
        format_entry(cx, add_entry(&es), w, d->item, depth + 1);
        const rts_iclass *box = rts_inspect_boxed(w, d->item);
        int k = box ? box->fields[0].desc->kind : d->item->kind;
        if (!(k == RTS_I_INT || k == RTS_I_FLOAT || (k == RTS_I_OPTINT && (uint64_t)(w.i - RTS_INT_UNDEF) > 1) ||
              (k == RTS_I_OPTFLOAT && rts_float_bits(w.f) - RTS_FLOAT_UNDEF_BITS > 1)))
          numbers = false;
      }
      strcpy(open, "[");
      break;
    }
    case RTS_I_TUPLE: { /* a JavaScript array of fixed length */
      n = cls ? cls->nfields : 0;
      array = true;
      for (int64_t i = 0; i < n; i++) {
        const rts_ifield *f = &cls->fields[i];
        if (f->absent && rts_inspect_is_undefined(rts_inspect_field(p, f), f->desc)) { n = i; break; } /* optional elements left out */
        format_entry(cx, add_entry(&es), rts_inspect_field(p, f), f->desc, depth + 1);
        if (f->desc->kind != RTS_I_INT && f->desc->kind != RTS_I_FLOAT) numbers = false;
      }
      strcpy(open, "[");
      break;
    }
    case RTS_I_U8: case RTS_I_I32: case RTS_I_F64: {
      n = ((rts_u8arr *)p)->len;
      array = true;
      for (int64_t i = 0; i < n && i < MAX_ITEMS; i++) {
        text *e = add_entry(&es);
        if (d->kind == RTS_I_U8) put_int(e, ((rts_u8arr *)p)->data[i]);
        else if (d->kind == RTS_I_I32) put_int(e, ((rts_i32arr *)p)->data[i]);
        else put_number(e, ((rts_f64arr *)p)->data[i]);
      }
      snprintf(open, sizeof open, "%s(%lld) [", d->kind == RTS_I_U8 ? "Uint8Array" : d->kind == RTS_I_I32 ? "Int32Array" : "Float64Array", (long long)n);
      break;
    }
    case RTS_I_MAP: case RTS_I_SET: {
      rts_map *m = p;
      n = m->size;
      int64_t shown = 0;
      for (int64_t i = 0; i < m->used && shown < MAX_ITEMS; i++) {
        rts_mentry *en = &m->entries->data[i];
        if (!en->state) continue;
        text *e = add_entry(&es);
        format_entry(cx, e, en->key, d->item, depth + 1);
        if (d->kind == RTS_I_MAP) {
          puts_ascii(e, " => ");
          format_entry(cx, e, en->value, d->value, depth + 1);
        }
        shown++;
      }
      snprintf(open, sizeof open, "%s(%lld) {", d->kind == RTS_I_MAP ? "Map" : "Set", (long long)n);
      break;
    }
    case RTS_I_DICT: { /* an object used as a map: its properties in JavaScript's order */
      int64_t count;
      int64_t *order = rts_inspect_dict_order(p, &count);
      for (int64_t j = 0; j < count; j++) {
        rts_mentry *en = &((rts_map *)p)->entries->data[order[j]];
        text *e = add_entry(&es);
        put_dict_key(e, en->key.p);
        puts_ascii(e, ": ");
        format_entry(cx, e, en->value, d->value, depth + 1);
      }
      free(order);
      strcpy(open, "{");
      break;
    }
    default: { /* an instance: its runtime class's fields */
      if (cls) {
        for (uint32_t i = 0; i < cls->nfields; i++) {
          const rts_ifield *f = &cls->fields[i];
          if (f->absent && rts_inspect_is_undefined(rts_inspect_field(p, f), f->desc)) continue;
          text *e = add_entry(&es);
          put_key(e, f->name);
          puts_ascii(e, ": ");
          format_entry(cx, e, rts_inspect_field(p, f), f->desc, depth + 1);
        }
      }
      /* a record (a plain object) has no class name */
      if (cls && !cls->name[0]) strcpy(open, "{");
      else snprintf(open, sizeof open, "%s {", cls ? cls->name : "Object");
    }
  }
  if (n > MAX_ITEMS && (array || d->kind == RTS_I_MAP || d->kind == RTS_I_SET)) {
    char more[64];
    snprintf(more, sizeof more, "... %lld more item%s", (long long)(n - MAX_ITEMS), n - MAX_ITEMS > 1 ? "s" : "");
    puts_ascii(add_entry(&es), more);
    has_more = true;
  }
  cx->nseen--;
  /* a value referenced circularly from inside gets its mark */
  for (int k = 0; k < cx->ncircular; k++) {
    if (cx->circular[k] != p) continue;
    char ref[32];
    snprintf(ref, sizeof ref, "<ref *%d> ", k + 1);
    puts_ascii(out, ref);
  }
  const char *close = array ? "]" : "}";
  if (es.n == 0) {
    /* empty: [] {} Map(0) {} Uint8Array(0) [] */
    puts_ascii(out, open);
    puts_ascii(out, close);
  } else {
    bool typed = d->kind == RTS_I_U8 || d->kind == RTS_I_I32 || d->kind == RTS_I_F64;
    reduce(cx, out, &es, open, close, array, typed || numbers, has_more);
  }
  free_entries(&es);
}

static void format_value(ctx *cx, text *out, rts_word v, const rts_idesc *d, int64_t depth, bool top) {
  const rts_iclass *box = rts_inspect_boxed(v, d);
  if (box) {
    format_value(cx, out, rts_inspect_field(v.p, &box->fields[0]), box->fields[0].desc, depth, top);
    return;
  }
  switch (d->kind) {
    case RTS_I_INT: put_int(out, v.i); return;
    case RTS_I_FLOAT: put_number(out, v.f); return;
    case RTS_I_BOOL: puts_ascii(out, v.i ? "true" : "false"); return;
    case RTS_I_OPTINT:
      if (v.i == RTS_INT_UNDEF) puts_ascii(out, "undefined");
      else if (v.i == RTS_INT_NULL) puts_ascii(out, "null");
      else put_int(out, v.i);
      return;
    case RTS_I_OPTFLOAT:
      if (rts_float_bits(v.f) == RTS_FLOAT_UNDEF_BITS) puts_ascii(out, "undefined");
      else if (rts_float_bits(v.f) == RTS_FLOAT_NULL_BITS) puts_ascii(out, "null");
      else put_number(out, v.f);
      return;
    case RTS_I_OPTBOOL:
      puts_ascii(out, v.i == RTS_BOOL_UNDEF ? "undefined" : v.i == RTS_BOOL_NULL ? "null" : v.i ? "true" : "false");
      return;
  }
  if (v.p == NULL) {
    puts_ascii(out, "null");
    return;
  }
  if (v.p == RTS_UNDEF_PTR || d->kind == RTS_I_NONE) {
    puts_ascii(out, v.p == RTS_UNDEF_PTR ? "undefined" : "null");
    return;
  }
  if (d->kind == RTS_I_STR) {
    rts_str *s = v.p;
    if (top) for (int64_t i = 0; i < s->len; i++) put(out, rts_str_chars(s)[i]);
    else put_string_entry(cx, out, s);
    return;
  }
  if (d->kind == RTS_I_FUNC) {
    const rts_iclass *cls = rts_inspect_classes[((rts_hdr *)v.p)->tid];
    puts_ascii(out, cls && cls->name[0] ? "[Function: " : "[Function (anonymous)");
    if (cls && cls->name[0]) puts_ascii(out, cls->name);
    put(out, ']');
    return;
  }
  if (is_object(d)) {
    const rts_iclass *cls = d->kind == RTS_I_INST ? rts_inspect_classes[((rts_hdr *)v.p)->tid] : NULL;
    if (cls && cls->symbol) { /* Symbol(description) */
      rts_word desc = cls->nfields > 0 ? rts_inspect_field(v.p, &cls->fields[0]) : (rts_word){.p = NULL};
      puts_ascii(out, "Symbol(");
      if (desc.p != NULL && desc.p != RTS_UNDEF_PTR)
        for (int64_t i = 0; i < ((rts_str *)desc.p)->len; i++) put(out, rts_str_chars(desc.p)[i]);
      put(out, ')');
      return;
    }
    format_object(cx, out, v.p, d, depth);
  }
}

/* parseInt(String(x)) of a number: the leading -?digits of its decimal text */
static double parse_int_of_number(double x) {
  char buf[40];
  buf[rts_float_format(x, buf)] = 0;
  char *p = buf + (buf[0] == '-');
  if (*p < '0' || *p > '9') return NAN;
  char *end = p;
  while (*end >= '0' && *end <= '9') end++;
  *end = 0;
  return strtod(buf, NULL);
}

/* String(x) of an item of an array, as far as Number, parseInt and
 * parseFloat can tell: numbers and strings as String() gives them, null and
 * undefined as "", arrays joined with "," (a cyclic reference as ""), a Map,
 * Set or function as text that reads as no number.  An instance may define
 * toString(), which the runtime cannot call: a fatal error, not a guess. */
static void number_text(text *out, rts_word v, const rts_idesc *d, const void **stack, int depth) {
  const rts_iclass *box = rts_inspect_boxed(v, d);
  if (box) {
    number_text(out, rts_inspect_field(v.p, &box->fields[0]), box->fields[0].desc, stack, depth);
    return;
  }
  switch (d->kind) {
    case RTS_I_INT: put_int(out, v.i); return;
    case RTS_I_FLOAT: put_number(out, v.f == 0 ? 0.0 : v.f); return;
    case RTS_I_BOOL: puts_ascii(out, v.i ? "true" : "false"); return;
    case RTS_I_OPTINT: if ((uint64_t)(v.i - RTS_INT_UNDEF) > 1) put_int(out, v.i); return;
    case RTS_I_OPTFLOAT: if (rts_float_bits(v.f) - RTS_FLOAT_UNDEF_BITS > 1) put_number(out, v.f == 0 ? 0.0 : v.f); return;
    case RTS_I_OPTBOOL: if (v.i <= 1) puts_ascii(out, v.i ? "true" : "false"); return;
    case RTS_I_NONE: return;
    default: break;
  }
  void *p = v.p;
  if (p == NULL || p == RTS_UNDEF_PTR) return;
  if (d->kind == RTS_I_STR) {
    const rts_str *s = p;
    for (int64_t i = 0; i < s->len; i++) put(out, rts_str_chars(s)[i]);
    return;
  }
  if (d->kind == RTS_I_FUNC) { puts_ascii(out, "function"); return; }
  if (d->kind == RTS_I_MAP || d->kind == RTS_I_SET || d->kind == RTS_I_DICT) { puts_ascii(out, d->kind == RTS_I_MAP ? "[object Map]" : d->kind == RTS_I_SET ? "[object Set]" : "[object Object]"); return; }
  if (d->kind == RTS_I_INST)
    rts_fatal("console.log: a %d, %i or %f format with a class instance (Node converts it through its toString())", "console.log");
  for (int i = 0; i < depth; i++)
    if (stack[i] == p) return; /* join() of a cyclic array gives "" there */
  if (depth == 64) rts_fatal("console.log: a %d, %i or %f format with arrays nested too deeply", "console.log");
  stack[depth] = p;
  switch (d->kind) {
    case RTS_I_LIST: {
      const rts_list *l = p;
      for (int64_t i = 0; i < l->len; i++) {
        if (i) put(out, ',');
        number_text(out, l->items->data[i], d->item, stack, depth + 1);
      }
      return;
    }
    case RTS_I_TUPLE: {
      const rts_iclass *cls = rts_inspect_classes[((rts_hdr *)p)->tid];
      for (uint32_t i = 0; cls && i < cls->nfields; i++) {
        if (cls->fields[i].absent && rts_inspect_is_undefined(rts_inspect_field(p, &cls->fields[i]), cls->fields[i].desc)) break; /* optional elements left out */
        if (i) put(out, ',');
        number_text(out, rts_inspect_field(p, &cls->fields[i]), cls->fields[i].desc, stack, depth + 1);
      }
      return;
    }
    case RTS_I_U8: case RTS_I_I32: case RTS_I_F64: {
      int64_t n = ((rts_u8arr *)p)->len;
      for (int64_t i = 0; i < n; i++) {
        if (i) put(out, ',');
        if (d->kind == RTS_I_U8) put_int(out, ((rts_u8arr *)p)->data[i]);
        else if (d->kind == RTS_I_I32) put_int(out, ((rts_i32arr *)p)->data[i]);
        else put_number(out, ((rts_f64arr *)p)->data[i] == 0 ? 0.0 : ((rts_f64arr *)p)->data[i]);
      }
      return;
    }
    default: return;
  }
}

/* Number(x), parseInt(x) or parseFloat(x) of an array, Map, Set or function, through number_text */
static double number_of_object(char k, const rts_logarg *a) {
  text t = {0};
  const void *stack[64];
  number_text(&t, a->value, a->desc, stack, 0);
  rts_str *s = malloc(sizeof(rts_str) + (size_t)t.len * sizeof(rts_char));
  if (!s) rts_fatal("out of memory", "console.log");
  s->hdr = (rts_hdr){RTS_TID_STR, 0};
  s->len = t.len;
  s->hash = 0;
  if (t.len) memcpy(s->chars, t.c, (size_t)t.len * sizeof(rts_char));
  free(t.c);
  double r = k == 'd' ? rts_str_to_number(s) : k == 'i' ? rts_str_parse_int(s, 0) : rts_str_parse_float(s);
  free(s);
  return r;
}

/* %d, %i and %f convert their argument as util.format does: Number(x), parseInt(x), parseFloat(x) */
static double format_number_arg(char k, const rts_logarg *a) {
  rts_word v = a->value;
  enum { NUM, STR, BOOL, NUL, UNDEF } what;
  double x = 0;
  switch (a->desc->kind) {
    case RTS_I_INT: what = NUM; x = (double)v.i; break;
    case RTS_I_FLOAT: what = NUM; x = v.f; break;
    case RTS_I_BOOL: what = BOOL; x = (double)v.i; break;
    case RTS_I_OPTINT:
      what = v.i == RTS_INT_UNDEF ? UNDEF : v.i == RTS_INT_NULL ? NUL : NUM;
      x = (double)v.i;
      break;
    case RTS_I_OPTFLOAT:
      what = rts_float_bits(v.f) == RTS_FLOAT_UNDEF_BITS ? UNDEF : rts_float_bits(v.f) == RTS_FLOAT_NULL_BITS ? NUL : NUM;
      x = v.f;
      break;
    case RTS_I_OPTBOOL:
      what = v.i == RTS_BOOL_UNDEF ? UNDEF : v.i == RTS_BOOL_NULL ? NUL : BOOL;
      x = (double)v.i;
      break;
    default:
      if (v.p == NULL) what = NUL;
      else if (v.p == RTS_UNDEF_PTR || a->desc->kind == RTS_I_NONE) what = UNDEF;
      else if (a->desc->kind == RTS_I_STR) what = STR;
      else return number_of_object(k, a);
  }
  rts_str *s = v.p;
  switch (k) {
    case 'd': /* Number(x) */
      return what == NUM || what == BOOL ? x : what == STR ? rts_str_to_number(s) : what == NUL ? 0.0 : NAN;
    case 'i': /* parseInt(String(x)) */
      return what == NUM ? parse_int_of_number(x) : what == STR ? rts_str_parse_int(s, 0) : NAN;
    default: /* parseFloat(String(x)): String(-0) is "0" */
      return what == NUM ? (x == 0 ? 0.0 : x) : what == STR ? rts_str_parse_float(s) : NAN;
  }
}

/* util.format's %s %d %i %f %j %o %O %c %% in a first string argument followed by more */
static int64_t apply_format(text *out, const rts_str *f, const rts_logarg *args, int n) {
  int64_t used = 1;
  for (int64_t i = 0; i < f->len; i++) {
    rts_char c = rts_str_chars(f)[i];
    if (c != '%' || i + 1 >= f->len) {
      put(out, c);
      continue;
    }
    rts_char k = rts_str_chars(f)[i + 1];
    if (k == '%') {
      put(out, '%');
      i++;
      continue;
    }
    if (!strchr("sdifjoOc", (char)k) || k > 0x7f) {
      put(out, c);
      continue;
    }
    if (used >= n) {
      put(out, c);
      continue;
    }
    const rts_logarg *a = &args[used++];
    i++;
    if (k == 'c') continue;
    if (k == 'd' || k == 'i' || k == 'f') {
      put_number(out, format_number_arg((char)k, a));
      continue;
    }
    if (k == 'j' && is_object(a->desc)) rts_fatal("console.log: %j (JSON) of an object is not supported", "console.log");
    ctx cx = {0};
    format_value(&cx, out, a->value, a->desc, 0, k == 's' && a->desc->kind == RTS_I_STR);
  }
  return used;
}

void rts_log_values(int n, const rts_logarg *given) {
  /* boxed primitives of value unions as the primitives themselves (a string first argument is a format) */
  rts_logarg args[n > 0 ? n : 1];
  for (int i = 0; i < n; i++) {
    const rts_iclass *box = rts_inspect_boxed(given[i].value, given[i].desc);
    args[i] = box ? (rts_logarg){rts_inspect_field(given[i].value.p, &box->fields[0]), box->fields[0].desc} : given[i];
  }
  text out = {0};
  int first = 0;
  if (n > 1 && args[0].desc->kind == RTS_I_STR && args[0].value.p != NULL && args[0].value.p != RTS_UNDEF_PTR) {
    first = (int)apply_format(&out, args[0].value.p, args, n);
  }
  for (int i = first; i < n; i++) {
    if (i > 0) put(&out, ' ');
    ctx cx = {0};
    format_value(&cx, &out, args[i].value, args[i].desc, 0, true);
  }
  put(&out, '\n');
  rts_write_utf16(1, out.c, out.len);
  free(out.c);
}
