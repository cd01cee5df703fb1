import { cellIssue, type ColumnLocation, type IssueCode } from './cell-issue.ts';
import type { FieldRule } from './field-rules.ts';
import { EMPTY, NUMERIC, cellText, type DataIssue, type RawColumn } from './raw-table.ts';

/** How one column's cells become numbers: parsed once per distinct text, plus a conversion for numeric cells. */
export interface NumericDecoding {
  /** Value of each dictionary entry; NaN where unusable or blank. */
  dictionaryValues: Float64Array;
  /** Issue code of each unusable dictionary entry; null for good and blank (whitespace-only) entries. */
  dictionaryFailures: readonly (IssueCode | null)[];
  /** Value of a numeric cell; NaN when it is unusable. */
  fromNumber: (value: number) => number;
  /** True when `fromNumber` is the identity (amounts, counts), so a clean column can keep its raw numbers as its values. */
  numbersAsIs?: boolean;
  /** Issue code for an unusable numeric cell. */
  numberFailure: IssueCode;
  /** Range rule; its zod schema's bounds are checked for every value. */
  rule?: FieldRule;
  /** How a bound is written in an issue (dates as ISO). */
  formatBound?: (value: number) => string;
  /** Out-of-range values a system writes for "none" (9999-12-31 for no end date): read as empty and counted, not as errors. */
  placeholder?: (value: number) => boolean;
}

/** Decoded values with the validity mask the Dataset columns carry. */
export interface DecodedNumbers {
  /** May be the raw column's own `numbers` (read-only, like every Dataset array): see decodeNumericColumn. */
  values: Float64Array;
  /** null when no cell was invalid: clean columns then share one all-zero mask instead of a megabyte each. */
  invalid: Uint8Array | null;
  invalidCount: number;
  /** Cells read as empty because their value is a placeholder, and the first such value (NaN when none). */
  placeholders: { count: number; first: number };
}

/**
 * Turn a raw column into numbers in one tight loop over its codes, looking up per-distinct-value results instead of parsing
 * per row. Unusable or out-of-range cells become NaN, are marked invalid and get a located issue naming the value as
 * written; empty and blank cells are just missing. When numbers pass as they are (`numbersAsIs`), every text is blank and every
 * number is within the rule's bounds, the values are the raw column's `numbers` themselves (NaN wherever a cell is not a
 * number): a million-row salary column then costs one scan and no copy. A column of 0 rows gives empty arrays.
 * @example decodeNumericColumn(column(['7', 'x']), { dictionaryValues: Float64Array.of(7, NaN), dictionaryFailures: [null, 'invalid-number'], fromNumber: (v) => v, numberFailure: 'invalid-number' }, at, issues).values // [7, NaN]
 */
export function decodeNumericColumn(column: RawColumn, decoding: NumericDecoding, at: ColumnLocation, issues: DataIssue[]): DecodedNumbers {
  const { codes, numbers } = column;
  const { dictionaryValues, dictionaryFailures, fromNumber, numberFailure, rule } = decoding;
  const min = rule?.schema.minValue ?? -Infinity;
  const max = rule?.schema.maxValue ?? Infinity;
  const format = decoding.formatBound ?? String;
  const placeholders = { count: 0, first: NaN };
  if (decoding.numbersAsIs && keepsNumbers(column, decoding, min, max)) return { values: numbers, invalid: null, invalidCount: 0, placeholders };
  const values = new Float64Array(codes.length);
  let invalid: Uint8Array | null = null;
  let invalidCount = 0;
  // One params object per bad dictionary text, however many rows repeat it (see cellIssue).
  const paramsByCode = new Map<number, Record<string, string>>();
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === EMPTY) {
      values[i] = NaN;
      continue;
    }
    const value = code === NUMERIC ? fromNumber(numbers[i]) : dictionaryValues[code];
    if (value >= min && value <= max) {
      values[i] = value;
      continue;
    }
    values[i] = NaN;
    const outOfRange = !Number.isNaN(value);
    if (outOfRange && decoding.placeholder?.(value)) {
      if (placeholders.count++ === 0) placeholders.first = value;
      continue;
    }
    const failure = outOfRange ? rule!.code : code === NUMERIC ? numberFailure : dictionaryFailures[code];
    if (failure === null) continue;
    invalid ??= new Uint8Array(codes.length);
    invalid[i] = 1;
    invalidCount++;
    let params = code === NUMERIC ? undefined : paramsByCode.get(code);
    if (!params) {
      const text = cellText(column, i).trim();
      params = outOfRange ? { value: text, min: format(min), max: format(max) } : { value: text };
      if (code !== NUMERIC) paramsByCode.set(code, params);
    }
    issues.push(cellIssue(at, i, failure, params));
  }
  return { values, invalid, invalidCount, placeholders };
}

/** Whether decoding would give the raw numbers back: no text reads as a number or fails, and every number is within bounds. */
function keepsNumbers(column: RawColumn, { dictionaryValues, dictionaryFailures }: NumericDecoding, min: number, max: number): boolean {
  for (let k = 0; k < dictionaryValues.length; k++) if (!Number.isNaN(dictionaryValues[k]) || dictionaryFailures[k] !== null) return false;
  const { codes, numbers } = column;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] !== NUMERIC) continue;
    const value = numbers[i];
    if (!(value >= min && value <= max)) return false;
  }
  return true;
}
