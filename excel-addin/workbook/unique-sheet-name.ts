/** Excel's limit on a worksheet name's length. */
const maxSheetNameLength = 31;

/**
 * A worksheet name not yet taken (compared case-insensitively, as Excel does): the base name, else "base (2)", "base (3)"…,
 * cut to Excel's 31 characters and stripped of the characters Excel forbids (: \ / ? * [ ]), so writing never overwrites a sheet.
 * @example uniqueSheetName('PeopleCase evidence', ['PeopleCase evidence']) // 'PeopleCase evidence (2)'
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const clean = base.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'PeopleCase';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${clean.slice(0, maxSheetNameLength - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
