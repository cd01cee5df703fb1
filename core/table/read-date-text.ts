/** The parts of a date as written, before the column decides whether `a/b/yyyy` means month/day or day/month. */
export interface DateReading {
  /** The year as written: 4 digits, or 2 when `twoDigitYear`. */
  year: number;
  twoDigitYear: boolean;
  /** The first and second of the month and day parts in written order (month, day when `monthFirst` is true). */
  first: number;
  second: number;
  /** true when the text itself says which part is the month (ISO, `yyyy/m/d`, `年月日`, month names); null when the column must decide. */
  monthFirst: true | null;
}

// A trailing time of day as Excel, databases and HRIS exports append it; the calendar date as written is kept.
const time = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?`;
const yearFirst = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${time}$`, 'i');
const yearLast = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${time}$`, 'i');
const chinese = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const compact = /^(\d{4})(\d{2})(\d{2})$/;
const dayMonthName = /^(\d{1,2})[-\s/.]?([a-z]{3,9})\.?[-\s/.,]*(\d{4}|\d{2})$/i;
const monthNameDay = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1-based month of an English month name or its 3-letter abbreviation (`Sept` too); 0 when it is not one. */
function monthOfName(name: string): number {
  const lower = name.toLowerCase();
  const index = monthNames.findIndex((full) => full === lower || full.slice(0, 3) === lower || (lower === 'sept' && full === 'september'));
  return index + 1;
}

function decided(year: number, month: number, day: number, twoDigitYear = false): DateReading {
  return { year, twoDigitYear, first: month, second: day, monthFirst: true };
}

/**
 * Split one trimmed date text into year, month and day as written — `2024-01-05`, ISO with a time or ` UTC`, `yyyy/m/d`,
 * `2024年1月5日`, `20240105`, `5-Jan-2024`, `Jan 5, 2024` — or into undecided parts for `a/b/yyyy`, `a-b-yy` and `a.b.yyyy`,
 * whose month/day order the whole column decides. Calendar validity is checked later. Returns null for anything that is not
 * shaped like a date, including empty input.
 * @example readDateText('7/5/2011') // { year: 2011, twoDigitYear: false, first: 7, second: 5, monthFirst: null }
 */
export function readDateText(text: string): DateReading | null {
  let m = yearFirst.exec(text);
  if (m) return decided(Number(m[1]), Number(m[3]), Number(m[4]));
  if ((m = chinese.exec(text) ?? compact.exec(text))) return decided(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = yearLast.exec(text))) {
    return { year: Number(m[4]), twoDigitYear: m[4].length === 2, first: Number(m[1]), second: Number(m[3]), monthFirst: null };
  }
  if ((m = dayMonthName.exec(text))) {
    const month = monthOfName(m[2]);
    return month ? decided(Number(m[3]), month, Number(m[1]), m[3].length === 2) : null;
  }
  if ((m = monthNameDay.exec(text))) {
    const month = monthOfName(m[1]);
    return month ? decided(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}
