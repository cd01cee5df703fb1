/**
 * The stand-in for the n-th hidden identifier (0 → `[A]`, 25 → `[Z]`, 26 → `[AA]`): letters, not digits, so a redacted
 * snapshot's text never gains a number that is not a quantity, and distinct people stay distinct in charts and tables.
 * @example pseudonym(27) // '[AB]'
 */
export function pseudonym(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `[${letters}]`;
}

/** True for a value `pseudonym` produced, which is what an identifier-free snapshot may hold in an identifier segment. @example isPseudonym('[AB]') // true */
export function isPseudonym(value: string): boolean {
  return /^\[[A-Z]+\]$/.test(value);
}
