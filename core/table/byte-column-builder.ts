import { EMPTY, NUMERIC, type RawColumn } from './raw-table.ts';
import { decodeBytes, decodeUtf8Strict } from './text-codec.ts';

const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Thrown when a cell's bytes are not UTF-8 while UTF-8 was only presumed, so the reader retries in another encoding. */
export class NotUtf8Error extends Error {}

/**
 * Builds one RawColumn from UTF-8 cell bytes, row by row, without making a string per cell: canonical decimals go
 * to `numbers`, other text is interned by hashing its bytes, and only each distinct value is ever decoded.
 * Typed arrays grow by doubling and are trimmed by `finish`; a builder given no cells finishes as a column of 0 rows.
 * @example const b = new ByteColumnBuilder(1); const r = new TextEncoder().encode('R&D'); b.add(r, 0, 3, hashBytes(r, 0, 3)); b.finish('Dept', true, () => new Float64Array(1)).dictionary // ['R&D']
 */
export class ByteColumnBuilder {
  private codes: Int32Array;
  /** Allocated at the column's first number: most HR columns are text and would carry 8 MB of NaN per million rows. */
  private numbers: Float64Array | null = null;
  private length = 0;
  /**
   * Open-addressing hash table of the distinct texts: code + 1 per slot (0 = free); a power of two, at most half full. One
   * int per slot (hash and offset live per code in `meta`) keeps the tables of the 1M-row bench roster's names and dates a
   * quarter of their 16-byte-slot size, where probes missed the CPU cache: readCsv ~3–7% less CPU (median of 6 processes each).
   */
  private slots: Int32Array = new Int32Array(64);
  /** Per code k: its mixed hash at 2k, its arena offset at 2k + 1; its bytes end where the next code's begin. */
  private meta: Int32Array = new Int32Array(32);
  private arena: Uint8Array = new Uint8Array(0);
  /** DataViews of the arena and of the last `src` seen, so interning compares four bytes at a time (see sameBytes). */
  private arenaView = new DataView(this.arena.buffer);
  private source: Uint8Array | null = null;
  private sourceView = this.arenaView;
  private distinct = 0;
  private nonAscii = false;

  constructor(capacity: number) {
    this.codes = new Int32Array(Math.max(capacity, 16));
  }

  /** Append an empty cell. */
  addEmpty(): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length++] = EMPTY;
  }

  /** Append the cell whose UTF-8 bytes are `src[start..end)`; `hash` is their FNV-1a hash, which the tokeniser computes while scanning. */
  add(src: Uint8Array, start: number, end: number, hash: number): void {
    if (this.length === this.codes.length) this.grow();
    const row = this.length++;
    if (start === end) {
      this.codes[row] = EMPTY;
      return;
    }
    const first = src[start];
    if (first === MINUS || (first >= ZERO && first <= NINE)) {
      const value = canonicalNumber(src, start, end);
      if (value === value) {
        this.codes[row] = NUMERIC;
        (this.numbers ??= nanArray(this.codes.length, null))[row] = value;
        return;
      }
    }
    this.codes[row] = this.intern(src, start, end, hash);
  }

  /**
   * The finished column; `strict` decodes its texts as UTF-8 or throws NotUtf8Error. A column without numbers gets
   * `noNumbers()`, an all-NaN array the caller may share between such columns.
   */
  finish(header: string, strict: boolean, noNumbers: () => Float64Array): RawColumn {
    const numbers = this.numbers ? trimmed(this.numbers, this.length) : noNumbers();
    return { header, codes: trimmed(this.codes, this.length), dictionary: this.dictionary(strict), numbers };
  }

  private grow(): void {
    const codes = new Int32Array(this.codes.length * 2);
    codes.set(this.codes);
    this.codes = codes;
    if (this.numbers) this.numbers = nanArray(codes.length, this.numbers);
  }

  private intern(src: Uint8Array, start: number, end: number, hash: number): number {
    let h = hash ^ (hash >>> 15);
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const slots = this.slots;
    const meta = this.meta;
    const mask = slots.length - 1;
    const length = end - start;
    if (src !== this.source) {
      this.source = src;
      this.sourceView = new DataView(src.buffer, src.byteOffset, src.byteLength);
    }
    let slot = h & mask;
    for (let code = slots[slot] - 1; code >= 0; code = slots[slot] - 1) {
      const offset = meta[2 * code + 1];
      if (meta[2 * code] === h && meta[2 * code + 3] - offset === length && sameBytes(this.arenaView, offset, this.sourceView, start, length)) return code;
      slot = (slot + 1) & mask;
    }
    const code = this.store(src, start, end);
    this.meta[2 * code] = h;
    slots[slot] = code + 1;
    if (this.distinct * 2 > slots.length) this.rehash();
    return code;
  }

  private store(src: Uint8Array, start: number, end: number): number {
    const code = this.distinct++;
    if (2 * code + 3 >= this.meta.length) this.meta = resized(this.meta, this.meta.length * 2);
    const offset = this.meta[2 * code + 1];
    const needed = offset + end - start;
    if (needed > this.arena.length) {
      const arena = new Uint8Array(Math.max(1024, needed * 2));
      arena.set(this.arena.subarray(0, offset));
      this.arena = arena;
      this.arenaView = new DataView(arena.buffer);
    }
    for (let i = start, j = offset; i < end; i++, j++) {
      const b = src[i];
      if (b >= 0x80) this.nonAscii = true;
      this.arena[j] = b;
    }
    this.meta[2 * code + 3] = needed;
    return code;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let code = 0; code < this.distinct; code++) {
      let slot = this.meta[2 * code] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
  }

  private dictionary(strict: boolean): string[] {
    const dictionary = new Array<string>(this.distinct);
    if (!this.nonAscii) {
      // ASCII bytes are their own character offsets: decode once, then cut.
      const text = decodeBytes(this.arena.subarray(0, this.meta[2 * this.distinct + 1]), 'utf-8');
      for (let code = 0; code < this.distinct; code++) dictionary[code] = text.slice(this.meta[2 * code + 1], this.meta[2 * code + 3]);
      return dictionary;
    }
    for (let code = 0; code < this.distinct; code++) {
      const bytes = this.arena.subarray(this.meta[2 * code + 1], this.meta[2 * code + 3]);
      const text = strict ? decodeUtf8Strict(bytes) : decodeBytes(bytes, 'utf-8');
      if (text === null) throw new NotUtf8Error();
      dictionary[code] = text;
    }
    return dictionary;
  }
}

/** A view when little capacity is spare (copying a million-row column doubles peak memory), else a compact copy. */
function trimmed<T extends Int32Array | Float64Array>(array: T, length: number): T {
  return (length >= array.length * 0.9 ? array.subarray(0, length) : array.slice(0, length)) as T;
}

function nanArray(length: number, prefix: Float64Array | null): Float64Array {
  const array = new Float64Array(length);
  if (prefix) array.set(prefix);
  return array.fill(NaN, prefix ? prefix.length : 0);
}

/**
 * Whether `a[offset..offset + length)` and `b[start..start + length)` hold the same bytes, four at a time (the last word
 * overlapping the one before it): every interned cell that hits the hash table is compared in full, and word reads took
 * the 1M-row bench roster's readCsv from ~1,050 to ~870 ms CPU (median of 4 warm runs each, /tmp harness, shared machine).
 */
function sameBytes(a: DataView, offset: number, b: DataView, start: number, length: number): boolean {
  if (length < 4) {
    for (let i = 0; i < length; i++) if (a.getUint8(offset + i) !== b.getUint8(start + i)) return false;
    return true;
  }
  const last = length - 4;
  for (let i = 0; i < last; i += 4) if (a.getInt32(offset + i) !== b.getInt32(start + i)) return false;
  return a.getInt32(offset + last) === b.getInt32(start + last);
}

function resized(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(length);
  copy.set(array);
  return copy;
}

/**
 * The value of a canonical decimal (`-?(0|[1-9]\d*)(\.\d+)?`), or NaN for anything else, so zip codes such as `01960`
 * and texts such as `1e5` stay text. Up to 15 digits the value is one correctly rounded division, the same double
 * Number() gives; longer ones are left to Number(). Values too large for a double stay text.
 */
function canonicalNumber(src: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = src[i] === MINUS;
  if (negative) i++;
  if (i === end || src[i] < ZERO || src[i] > NINE) return NaN;
  if (src[i] === ZERO && i + 1 < end && src[i + 1] !== DOT) return NaN;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  for (; i < end; i++) {
    const c = src[i];
    if (c < ZERO || c > NINE) break;
    mantissa = mantissa * 10 + (c - ZERO);
    digits++;
  }
  if (i < end) {
    if (src[i] !== DOT || i + 1 === end) return NaN;
    for (i++; i < end; i++) {
      const c = src[i];
      if (c < ZERO || c > NINE) return NaN;
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      scale++;
    }
  }
  if (digits > 15) {
    const value = Number(decodeBytes(src.subarray(start, end), 'utf-8'));
    return Number.isFinite(value) ? value : NaN;
  }
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}
