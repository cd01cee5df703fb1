/**
 * A worksheet name as it must appear before `!` in an address or formula: quoted (inner quotes doubled) unless it is a plain
 * word, so `Q1 data` and `R&D` sheets work.
 * @example sheetRef("Q1 data") // "'Q1 data'"
 */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}
