/**
 * A message template with its `{name}` placeholders filled in (unknown names left as written): the one formatter behind t(),
 * importable alone where the whole catalogue must not be bundled.
 * @example fillTemplate('Row {row}', { row: 4 }) // 'Row 4'
 */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
