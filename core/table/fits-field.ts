import { booleanParserOf } from './boolean-parser-of.ts';
import type { FieldId } from './fields.ts';
import { isDateNumberFormat } from './is-date-number-format.ts';
import { parseMoney } from './parse-money.ts';
import { parseNumber } from './parse-number.ts';
import { EMPTY, NUMERIC, type RawColumn } from './raw-table.ts';
import { dayFromMonthText } from './parse-month-column.ts';
import { readDateText } from './read-date-text.ts';
import { fieldSpecs } from './role-fields.ts';

// Distinct texts looked at: enough to tell a type, cheap on a million-row dictionary.
const SAMPLE_SIZE = 500;
// Ordinal fields often come as numbers (JobLevel 2, PerformanceRating 3).
const numericCategories: ReadonlySet<FieldId> = new Set(['jobLevel', 'performanceRating']);

interface ColumnProfile {
  texts: string[];
  nonEmpty: number;
  numbers: number[];
  distinct: number;
}

function profile(column: RawColumn): ColumnProfile {
  const texts = column.dictionary.slice(0, SAMPLE_SIZE).map((text) => text.trim()).filter((text) => text !== '');
  const numbers = new Set<number>();
  let nonEmpty = 0;
  for (let i = 0; i < column.codes.length; i++) {
    if (column.codes[i] === EMPTY) continue;
    nonEmpty++;
    if (column.codes[i] === NUMERIC) numbers.add(column.numbers[i]);
  }
  return { texts, nonEmpty, numbers: [...numbers], distinct: column.dictionary.length + numbers.size };
}

const every = (texts: string[], parse: (text: string) => number): boolean => texts.every((text) => !Number.isNaN(parse(text)));
const isDateText = (text: string): boolean => readDateText(text) !== null;
const isMonthText = (text: string): boolean => isDateText(text) || !Number.isNaN(dayFromMonthText(text));

/**
 * True when a column's values look like what a field holds — dates for hire date, amounts for salary, yes/no for flags,
 * few distinct texts for a category, mostly unique values for an id, months or dates for a period — so a header keyword
 * (`Joined`) is only trusted when the values agree. Numbers count as dates only under a date number format. A column with
 * no values gives false.
 * @example fitsField(rawTableFromValues([['Joined'], ['2024-01-05']]).columns[0], 'hireDate') // true
 */
export function fitsField(column: RawColumn, field: FieldId): boolean {
  const { texts, nonEmpty, numbers, distinct } = profile(column);
  if (nonEmpty === 0) return false;
  const textual = numbers.length === 0 && !texts.every(isDateText) && !every(texts, parseNumber);
  switch (fieldSpecs[field].type) {
    case 'date':
      return texts.every(isDateText) && (numbers.length === 0 || isDateNumberFormat(column.numberFormat ?? ''));
    case 'month':
      return texts.every(isMonthText) && (numbers.length === 0 || isDateNumberFormat(column.numberFormat ?? ''));
    case 'money':
      return every(texts, parseMoney);
    case 'number':
      return every(texts, parseNumber);
    case 'boolean':
      return every(texts, booleanParserOf(field)) && numbers.every((value) => value === 0 || value === 1);
    case 'id':
      return distinct >= 0.9 * nonEmpty;
    case 'text':
      return textual && distinct >= 0.5 * nonEmpty;
    case 'category':
      return (textual || (numericCategories.has(field) && numbers.length > 0)) && distinct <= Math.max(10, nonEmpty / 2);
  }
}
