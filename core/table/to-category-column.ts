import type { CategoryColumn } from './dataset.ts';
import { EMPTY, NUMERIC, type RawColumn } from './raw-table.ts';

/** True when trimming would change the text; the ASCII test skips `trim()` for the usual clean, Latin text. */
function needsTrim(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return false;
  return text.trim() !== text;
}

/** The code of a label, adding it when new. */
function codeOf(label: string, labels: string[], labelIndex: Map<string, number>): number {
  let code = labelIndex.get(label);
  if (code === undefined) {
    code = labels.push(label) - 1;
    labelIndex.set(label, code);
  }
  return code;
}

/**
 * Label codes of the numeric cells, numbers written in plain JS form (`3`, `10026`). Whole numbers in a compact range
 * (levels, ids) are looked up in a flat table, others in a Map: a million numeric ids then cost one pass, not a million
 * hash lookups; ids that only ever increase (a roster in id order) need no table at all, each being new. Returns how to
 * build the labels later when the column has no text labels and the table keeps its numbers apart (see lazyLabels), else
 * null once every label is in `labels`.
 */
function codeNumbers(column: RawColumn, codes: Int32Array, labels: string[], labelIndex: Map<string, number>): (() => string[]) | null {
  const { codes: raw, numbers } = column;
  let low = Infinity;
  let high = -Infinity;
  let whole = true;
  let increasing = true;
  let previous = -Infinity;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== NUMERIC) continue;
    const value = numbers[i];
    if (value < low) low = value;
    if (value > high) high = value;
    whole &&= Number.isInteger(value);
    increasing &&= value > previous;
    previous = value;
  }
  const lazy = whole && labelIndex.size === 0;
  if (lazy && increasing) {
    // Strictly increasing whole numbers: each numeric cell is a new label, in order.
    let distinct = 0;
    for (let i = 0; i < raw.length; i++) if (raw[i] === NUMERIC) codes[i] = distinct++;
    return () => numberLabels(column, codes, distinct);
  }
  const table = whole && high - low < Math.max(1024, 4 * raw.length) ? new Int32Array(high - low + 1).fill(-1) : null;
  if (table && lazy) {
    // No text labels to merge with and the table keeps whole numbers distinct: no string per number until labels are read
    // (toDataset of the 1M-row bench roster: 436 → 260 ms CPU, first run, median of 4 processes).
    let distinct = 0;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== NUMERIC) continue;
      const slot = numbers[i] - low;
      if (table[slot] < 0) table[slot] = distinct++;
      codes[i] = table[slot];
    }
    return () => numberLabels(column, codes, distinct);
  }
  const byValue = new Map<number, number>();
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== NUMERIC) continue;
    const value = numbers[i];
    const slot = value - low;
    let code = table ? table[slot] : (byValue.get(value) ?? -1);
    if (code < 0) {
      code = codeOf(String(value), labels, labelIndex);
      if (table) table[slot] = code;
      else byValue.set(value, code);
    }
    codes[i] = code;
  }
  return null;
}

/**
 * The `count` labels of a column of numbers coded by codeNumbers: each code's number in plain JS form, read back from the
 * raw column at the code's first row, so the table that coded them need not be kept until labels are read.
 */
function numberLabels(column: RawColumn, codes: Int32Array, count: number): string[] {
  const labels = new Array<string>(count);
  let next = 0;
  // Codes are given in order of first appearance: the first row of code k comes after that of code k - 1.
  for (let i = 0; i < codes.length && next < count; i++) {
    if (column.codes[i] === NUMERIC && codes[i] === next) labels[next++] = String(column.numbers[i]);
  }
  return labels;
}

/**
 * `categories` with `labels` built by `build` on first read and kept from then on: the labels of a million numeric ids are a
 * million strings that no metric reads (ids are compared by code), while a duplicate-id issue or a host may still ask.
 */
function lazyLabels<T extends object>(categories: T, build: () => string[]): T & { labels: string[] } {
  return Object.defineProperty(categories as T & { labels: string[] }, 'labels', {
    enumerable: true,
    configurable: true,
    get(): string[] {
      const labels = build();
      Object.defineProperty(categories, 'labels', { value: labels, enumerable: true, writable: true, configurable: true });
      return labels;
    },
  });
}

/**
 * A raw column as trimmed categories: exports pad text (`"Production       "`, `"M "`), and padded and unpadded spellings must
 * be one group. Numbers become their plain text (`JobLevel` 2 → `"2"`), whitespace-only cells are missing. Text labels keep
 * their order of first appearance, labels of numbers follow. When no text needs trimming and there are no numbers, the codes
 * and labels are the raw column's own arrays (read-only, like every Dataset column), so a million distinct ids cost one
 * scan and no copy; a column of whole numbers alone gets its labels only when they are first read (see lazyLabels). The
 * result is the Dataset's category column, `invalid` its mask. A column of 0 rows gives no codes and no labels.
 * @example toCategoryColumn(rawTableFromValues([['Sex'], ['M '], ['M']]).columns[0], new Uint8Array(2)) // { …, codes: [0, 0], labels: ['M'] }
 */
export function toCategoryColumn(column: RawColumn, invalid: Uint8Array): CategoryColumn {
  const { dictionary } = column;
  const base = { type: 'category', header: column.header, invalid, invalidCount: 0 } as const;
  const hasNumbers = column.codes.includes(NUMERIC);
  if (!hasNumbers && !dictionary.some(needsTrim)) return { ...base, codes: column.codes, labels: dictionary };
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const remap = new Int32Array(dictionary.length);
  for (let k = 0; k < dictionary.length; k++) {
    const text = dictionary[k].trim();
    remap[k] = text === '' ? EMPTY : codeOf(text, labels, labelIndex);
  }
  const raw = column.codes;
  const codes = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const code = raw[i];
    codes[i] = code >= 0 ? remap[code] : EMPTY;
  }
  const build = hasNumbers ? codeNumbers(column, codes, labels, labelIndex) : null;
  return build ? lazyLabels({ ...base, codes }, build) : { ...base, codes, labels };
}
