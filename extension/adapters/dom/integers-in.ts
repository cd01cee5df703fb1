/**
 * The whole numbers written in a count or pager text, thousands separators allowed, in reading order; [] when there are none.
 * @example integersIn('1-80 / 1,234') // [1, 80, 1234]
 */
export function integersIn(text: string): number[] {
  const found = text.match(/\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?!\d)|\d+/g) ?? [];
  return found.map((digits) => Number(digits.replace(/[^\d]/g, '')));
}

/** The last whole number of a count text, which is the total in every pager style seen ("20 of 150", "1-80 / 120", "[20/143]", "共 356 条"); null when none. */
export function lastInteger(text: string): number | null {
  return integersIn(text).at(-1) ?? null;
}
