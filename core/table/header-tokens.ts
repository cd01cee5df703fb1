/**
 * The words of a header in lower case, split at camelCase humps, digits, spaces and punctuation; a run of Chinese (or other
 * non-ASCII) letters stays one word. Keyword matching uses whole words so `age` does not match `Manager` or `Average`.
 * Empty input gives [].
 * @example headerTokens('YearsWithCurrManager_2') // ['years', 'with', 'curr', 'manager', '2']
 */
export function headerTokens(header: string): string[] {
  const spaced = header.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ');
  return (spaced.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\x00-\x7F\s]+/g) ?? []).map((word) => word.toLowerCase());
}
