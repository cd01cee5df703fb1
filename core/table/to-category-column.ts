import { EMPTY, NUMERIC, type RawColumn } from './raw-table.ts';

/** Dictionary codes and labels of a category column (-1 = missing). */
export interface CategoryCodes {
  codes: Int32Array;
  labels: string[];
}

/** Label code of every numeric cell, numbers written in plain JS form (`3`, `10026`); one lookup per row. */
function codeNumbers(column: RawColumn, codes: Int32Array, labels: string[], labelIndex: Map<string, number>): void {
  const numberCodes = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    if (column.codes[i] !== NUMERIC) continue;
    const value = column.numbers[i];
    let code = numberCodes.get(value);
    if (code === undefined) {
      const label = String(value);
      code = labelIndex.get(label);
      if (code === undefined) {
        code = labels.push(label) - 1;
        labelIndex.set(label, code);
      }
      numberCodes.set(value, code);
    }
    codes[i] = code;
  }
}

/**
 * A raw column as trimmed categories: exports pad text (`"Production       "`, `"M "`), and padded and unpadded spellings must
 * be one group. Numbers become their plain text (`JobLevel` 2 → `"2"`), whitespace-only cells are missing. Text labels keep
 * their order of first appearance, labels of numbers follow. When no text needs trimming and there are no numbers, the codes
 * are copied as they are, so a million distinct ids cost one pass. A column of 0 rows gives no codes and no labels.
 * @example toCategoryColumn(rawTableFromValues([['Sex'], ['M '], ['M']]).columns[0]) // { codes: [0, 0], labels: ['M'] }
 */
export function toCategoryColumn(column: RawColumn): CategoryCodes {
  const trimmed = column.dictionary.map((text) => text.trim());
  const needsTrim = trimmed.some((text, k) => text !== column.dictionary[k]);
  const hasNumbers = column.codes.includes(NUMERIC);
  if (!needsTrim && !hasNumbers) return { codes: column.codes.slice(), labels: trimmed };
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const remap = Int32Array.from(trimmed, (text) => {
    if (text === '') return EMPTY;
    let code = labelIndex.get(text);
    if (code === undefined) {
      code = labels.push(text) - 1;
      labelIndex.set(text, code);
    }
    return code;
  });
  const codes = new Int32Array(column.codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = column.codes[i];
    codes[i] = code >= 0 ? remap[code] : EMPTY;
  }
  if (hasNumbers) codeNumbers(column, codes, labels, labelIndex);
  return { codes, labels };
}
