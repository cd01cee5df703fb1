import { EMPTY, NUMERIC, type RawColumn } from './raw-table.ts';

/** Dictionary codes and labels of a category column (-1 = missing). */
export interface CategoryCodes {
  codes: Int32Array;
  labels: string[];
}

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
 * hash lookups.
 */
function codeNumbers(column: RawColumn, codes: Int32Array, labels: string[], labelIndex: Map<string, number>): void {
  const { codes: raw, numbers } = column;
  let low = Infinity;
  let high = -Infinity;
  let whole = true;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== NUMERIC) continue;
    const value = numbers[i];
    if (value < low) low = value;
    if (value > high) high = value;
    whole &&= Number.isInteger(value);
  }
  const table = whole && high - low < Math.max(1024, 4 * raw.length) ? new Int32Array(high - low + 1).fill(-1) : null;
  const byValue = new Map<number, number>();
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== NUMERIC) continue;
    const value = numbers[i];
    const slot = value - low;
    let code = table ? table[slot] : (byValue.get(value) ?? -1);
    if (code < 0) {
      // No text labels to merge with and the flat table keeps whole numbers distinct: skip the string Map (1M ids: ~0.65 s → ~0.15 s).
      code = labelIndex.size === 0 && table ? labels.push(String(value)) - 1 : codeOf(String(value), labels, labelIndex);
      if (table) table[slot] = code;
      else byValue.set(value, code);
    }
    codes[i] = code;
  }
}

/**
 * A raw column as trimmed categories: exports pad text (`"Production       "`, `"M "`), and padded and unpadded spellings must
 * be one group. Numbers become their plain text (`JobLevel` 2 → `"2"`), whitespace-only cells are missing. Text labels keep
 * their order of first appearance, labels of numbers follow. When no text needs trimming and there are no numbers, the codes
 * and labels are the raw column's own arrays (read-only, like every Dataset column), so a million distinct ids cost one
 * scan and no copy. A column of 0 rows gives no codes and no labels.
 * @example toCategoryColumn(rawTableFromValues([['Sex'], ['M '], ['M']]).columns[0]) // { codes: [0, 0], labels: ['M'] }
 */
export function toCategoryColumn(column: RawColumn): CategoryCodes {
  const { dictionary } = column;
  const hasNumbers = column.codes.includes(NUMERIC);
  if (!hasNumbers && !dictionary.some(needsTrim)) return { codes: column.codes, labels: dictionary };
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
  if (hasNumbers) codeNumbers(column, codes, labels, labelIndex);
  return { codes, labels };
}
