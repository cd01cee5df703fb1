/** Ideographs, kana, hangul, CJK punctuation and full-width forms: about one em wide, twice a Latin letter. */
const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * The width of a text in ens (half an em: about one Latin letter; a Chinese character counts two), so writers that must
 * lay text out without measuring fonts (Word column widths, slide line budgets) treat Chinese and English text alike.
 * Empty text is 0.
 * @example textWidth('R&D 研发') // 8
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += wide.test(char) ? 2 : 1;
  return width;
}
