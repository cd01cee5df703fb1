const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const groupedNumber = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A plain number as typed in a sheet: optional sign, comma thousands separators in groups of three (`12,500.5`), spaces
 * used as separators (`12 500`), accounting parentheses for negatives (`(1,200)` → -1200) and full-width digits. Anything else, including
 * decimal commas (`1,5`, ambiguous with thousands), gives NaN so the caller can report it. Empty input gives NaN.
 * @example parseNumber('(1,200.50)') // -1200.5
 */
export function parseNumber(text: string): number {
  let body = text.normalize('NFKC').trim().replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-');
  let sign = 1;
  if (body.startsWith('(') && body.endsWith(')')) {
    body = body.slice(1, -1);
    sign = -1;
  }
  if (plainNumber.test(body)) return sign * Number(body);
  if (groupedNumber.test(body)) return sign * Number(body.replaceAll(',', ''));
  return NaN;
}
