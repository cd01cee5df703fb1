/**
 * The number format most cells of a column carry in a sample (ignoring `General`), so one odd cell does not decide whether
 * a column of serial numbers holds dates. A column with only `General` (or no rows) gives undefined.
 * @example dominantFormat([['m/d/yyyy'], ['m/d/yyyy'], ['General']], 0) // 'm/d/yyyy'
 */
export function dominantFormat(formats: readonly (readonly string[])[], column: number): string | undefined {
  const counts = new Map<string, number>();
  for (const row of formats) {
    const format = row[column];
    if (format && format !== 'General') counts.set(format, (counts.get(format) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [format, count] of counts) if (best === undefined || count > counts.get(best)!) best = format;
  return best;
}
