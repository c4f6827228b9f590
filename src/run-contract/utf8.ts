/** Byte counts of text as UTF-8, the way a pipe or a file on disk counts it, for strings that never were bytes. Pure. */

/** UTF-8 length of one UTF-16 code unit at `i` (a surrogate pair counts 4 on its high half, 0 on its low). */
function unitBytes(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 4 : 3;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    return prev >= 0xd800 && prev <= 0xdbff ? 0 : 3;
  }
  return 3;
}

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += unitBytes(text, i);
  return n;
}

/** The longest head of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
export function headWithinBytes(text: string, maxBytes: number): string {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const size = unitBytes(text, i); // a surrogate pair counts whole at its high half
    if (n + size > maxBytes) return text.slice(0, i);
    n += size;
    if (size === 4) i++;
  }
  return text;
}
