/**
 * Text made literal in CommonMark / GitHub Markdown, on one line: emphasis, code, link, table-pipe and strike characters are
 * backslash-escaped, as are a `<` that would open an HTML tag, an `&` that would start an entity, and a line start that would
 * open a heading, list, quote or rule; line breaks become spaces (a newline would end a table row or a list item). Values come
 * from user data, so none may turn into markup, while plain words such as `R&D` or `p < 0.001` stay readable in the raw file.
 * @example escapeMarkdown('<b>*R&D*</b> | 1') // '\\<b>\\*R&D\\*\\</b> \\| 1'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^[#>+-]/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
