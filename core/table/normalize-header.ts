/**
 * A header reduced to lower-case letters and digits (NFKC folds full-width forms first), so that exports spelling the same
 * header with different case, spacing, underscores or punctuation compare equal. Empty input gives ''.
 * @example normalizeHeader(' Date_of-Hire（入职） ') // 'dateofhire入职'
 */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
