/**
 * Text made safe to write into a cell: a leading = + - @ (or tab / carriage return) would make Excel read it as a formula,
 * so such text gets a leading apostrophe, Excel's own "this is text" mark (OWASP's CSV-injection advice). Other text is unchanged.
 * @example neutraliseCellText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function neutraliseCellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
