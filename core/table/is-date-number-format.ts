/**
 * True when an Excel number format shows a date (`m/d/yyyy`, `yyyy"年"m"月"d"日"`, `[$-409]d-mmm-yy`, `dddd, mmmm dd, yyyy`),
 * so the column's numbers are serial dates. Quoted literals, escapes and `[…]` sections are ignored; an `m` next to `h` or
 * `s` means minutes, so time-only formats (`h:mm`, `mm:ss`) are not dates. Empty, `General` and number formats (`0.00E+00`) give false.
 * @example isDateNumberFormat('m/d/yyyy') // true
 */
export function isDateNumberFormat(format: string): boolean {
  const codes = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').split(';')[0].toLowerCase();
  if (/[yd]/.test(codes)) return true;
  return /m/.test(codes) && !/[hs]/.test(codes);
}
