// UTF-8 between text (JavaScript strings) and bytes (one character per
// byte, 0..255, as PyBytes holds them): str.encode, bytes.decode, str(b, enc).

/** UTF-8 encoding of text, as bytes characters. */
export function encodeUtf8(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** UTF-8 bytes (codes 0..255 in a string) to text. */
export function decodeUtf8(b: string): string {
  let out = "";
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c < 0xe0) out += String.fromCharCode(((c & 31) << 6) | (b.charCodeAt(++i) & 63));
    else if (c < 0xf0) {
      const c2 = b.charCodeAt(++i);
      const c3 = b.charCodeAt(++i);
      out += String.fromCharCode(((c & 15) << 12) | ((c2 & 63) << 6) | (c3 & 63));
    } else {
      const c2 = b.charCodeAt(++i);
      const c3 = b.charCodeAt(++i);
      const c4 = b.charCodeAt(++i);
      out += String.fromCodePoint(((c & 7) << 18) | ((c2 & 63) << 12) | ((c3 & 63) << 6) | (c4 & 63));
    }
  }
  return out;
}
