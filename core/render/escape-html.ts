const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML element content and quoted attribute values: every value may come from a spreadsheet or an HRIS
 * page, so it is always data, never markup (DESIGN.md §6).
 * @example escapeHtml('<script>"R&D"') // '&lt;script&gt;&quot;R&amp;D&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]);
}
