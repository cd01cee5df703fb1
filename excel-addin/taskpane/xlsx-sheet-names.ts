import { strFromU8, unzipSync } from 'fflate';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The sheet names of an XLSX workbook in tab order, read from xl/workbook.xml alone (nothing else is inflated), so the pane
 * can offer the sheets before reading any; [] for bytes that are not a workbook (a CSV), which are read as one table.
 * @example xlsxSheetNames(bytes) // ['Roster', 'Requisitions', 'Candidates']
 */
export function xlsxSheetNames(bytes: Uint8Array): string[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'xl/workbook.xml' });
  } catch {
    return [];
  }
  const xml = files['xl/workbook.xml'];
  if (!xml) return [];
  return [...strFromU8(xml).matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map(([, name]) => name.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => entities[entity]));
}
