/** Tables compared per signature: the page's first few, where the one read almost always is. */
const TABLES = 5;
/** Characters kept from each end of a table's text. */
const ENDS = 160;

/**
 * A short fingerprint of the tables on the page (each probe match's text length and both ends of its text), cheap enough to take
 * once a second while a page mutates: a single-page HRIS that pages, filters, sorts or routes to another list changes it, where
 * badges (shadow DOM) and the launcher do not. The capture script and the launcher take it the same way, so the side panel can
 * tell that the page no longer shows what it read.
 * @example tableSignature(document, 'table') // '1520:Name Department…:…Sales'
 */
export function tableSignature(document: ParentNode, probe: string): string {
  const parts: string[] = [];
  for (const table of Array.from(document.querySelectorAll(probe)).slice(0, TABLES)) {
    const text = table.textContent ?? '';
    parts.push(`${text.length}:${text.slice(0, ENDS)}:${text.slice(-ENDS)}`);
  }
  return parts.join('|');
}
