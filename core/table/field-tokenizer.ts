const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** The field's bytes hold doubled quotes or text after the closing quote: unescape before use. */
export const ESCAPED = 1;
/** The field's opening quote never closes: it runs to the end of the input. */
export const UNTERMINATED = 2;
/** FNV-1a (32-bit) constants: a byte-at-a-time hash cheap enough to run inside the scan loop. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Splits UTF-8 CSV bytes into fields, one `next()` call per field (RFC 4180: quoted fields with delimiters, doubled
 * quotes and CR/LF/CRLF inside; records end at CR, LF or CRLF). It pulls rather than calls back so the reader's loop
 * stays one inlinable function, and it hashes each field's bytes while scanning them so interning needs no second pass.
 * After `next()`, `start`/`end` bound the field's bytes (inside the quotes), `flags` says whether they need unescaping,
 * `hash` is their FNV-1a hash (unescaped fields only). Empty input yields one empty field.
 * @example const t = new FieldTokenizer(new TextEncoder().encode('a,"b"'), 0, 0x2c); t.next(); t.next(); // true, t.start === 3
 */
export class FieldTokenizer {
  start = 0;
  end = 0;
  flags = 0;
  hash = 0;

  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
    private readonly delimiter: number,
  ) {}

  /** Read the next field; true when it was the last of its record (a line break or the end of input followed). */
  next(): boolean {
    const bytes = this.bytes;
    let pos = this.pos;
    if (bytes[pos] === QUOTE) return this.nextQuoted();
    const delimiter = this.delimiter;
    const n = bytes.length;
    let hash = FNV_OFFSET;
    this.start = pos;
    while (pos < n) {
      const b = bytes[pos];
      if (b === delimiter || b === LF || b === CR) break;
      hash = Math.imul(hash ^ b, FNV_PRIME);
      pos++;
    }
    this.end = pos;
    this.flags = 0;
    this.hash = hash;
    return this.afterField(pos);
  }

  private nextQuoted(): boolean {
    const bytes = this.bytes;
    const delimiter = this.delimiter;
    const n = bytes.length;
    let pos = this.pos + 1;
    let hash = FNV_OFFSET;
    let flags = 0;
    let close = -1;
    this.start = pos;
    while (close < 0) {
      for (let b = bytes[pos]; pos < n && b !== QUOTE; b = bytes[++pos]) hash = Math.imul(hash ^ b, FNV_PRIME);
      if (pos === n) break;
      if (bytes[pos + 1] === QUOTE) {
        flags = ESCAPED;
        pos += 2;
      } else close = pos;
    }
    if (close < 0) {
      flags = ESCAPED | UNTERMINATED;
      pos = this.end = n;
    } else {
      pos = close + 1;
      if (pos < n && bytes[pos] !== delimiter && bytes[pos] !== LF && bytes[pos] !== CR) {
        // Text after the closing quote is kept, as spreadsheets do: `"a"b` reads as `ab`.
        flags = ESCAPED;
        while (pos < n && bytes[pos] !== delimiter && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
      }
      this.end = flags === ESCAPED ? pos : close;
    }
    this.flags = flags;
    this.hash = hash;
    return this.afterField(pos);
  }

  /** Step over the delimiter or line break that ends a field at `pos`; true when the record ended. */
  private afterField(pos: number): boolean {
    const bytes = this.bytes;
    if (pos >= bytes.length) {
      this.pos = bytes.length;
      return true;
    }
    const b = bytes[pos++];
    if (b === this.delimiter) {
      this.pos = pos;
      return false;
    }
    this.pos = b === CR && bytes[pos] === LF ? pos + 1 : pos;
    return true;
  }
}

/**
 * Copy an ESCAPED field's bytes into `target` with `""` made `"` and the closing quote dropped; returns the length.
 * `target` must hold `end - start` bytes. An empty range gives 0.
 * @example unescapeInto(new TextEncoder().encode('a""b"c'), 0, 6, new Uint8Array(6)) // 4 (`a"bc`)
 */
export function unescapeInto(bytes: Uint8Array, start: number, end: number, target: Uint8Array): number {
  let length = 0;
  let inQuotes = true;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === QUOTE && inQuotes) {
      if (i + 1 < end && bytes[i + 1] === QUOTE) target[length++] = bytes[++i];
      else inQuotes = false;
    } else target[length++] = b;
  }
  return length;
}

/**
 * FNV-1a hash of `src[start..end)`, the same hash the tokeniser computes while scanning (for unescaped copies of fields).
 * Empty input gives the FNV offset basis, 0x811c9dc5.
 * @example hashBytes(new Uint8Array([0x61]), 0, 1) // -468965076 (FNV-1a of 'a')
 */
export function hashBytes(src: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ src[i], FNV_PRIME);
  return hash;
}
