const trueWords = new Set(['yes', 'y', 'true', '1', '是']);
const falseWords = new Set(['no', 'n', 'false', '0', '否']);

/**
 * A yes/no flag as exports write it (`Yes`/`No`, `Y`/`N`, `TRUE`/`FALSE`, `1`/`0`, `是`/`否`; case-insensitive, trimmed):
 * 1 for yes, 0 for no, NaN for anything else so the caller can report the cell. Empty input gives NaN.
 * @example parseBoolean(' yes ') // 1
 */
export function parseBoolean(text: string): number {
  const word = text.trim().toLowerCase();
  if (trueWords.has(word)) return 1;
  if (falseWords.has(word)) return 0;
  return NaN;
}
