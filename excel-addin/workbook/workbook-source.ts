import type { RoleDetection } from '../../core/table/detect-role.ts';

/** A table or the selection the pane offers as a data source, with what it needs to read it again and to name it. */
export interface WorkbookSource {
  kind: 'table' | 'selection';
  /** Table name, or the selection's address. */
  name: string;
  sheet: string;
  /** Address without the sheet, header row included (`A1:Q1194`). */
  address: string;
  /** Data rows (header excluded). */
  rowCount: number;
  columnCount: number;
  headers: string[];
  /** The role core proposes from the headers; the user can change it. */
  role: RoleDetection;
}

/**
 * The key a source's role and field mapping are remembered under in the document's settings: tables by name (they move and
 * grow), a selection by sheet and address.
 * @example sourceKey({ kind: 'table', name: 'Roster', sheet: 'HR', address: 'A1:Q20' }) // 'peoplecase.fieldMap.table:Roster'
 */
export function sourceKey(source: Pick<WorkbookSource, 'kind' | 'name' | 'sheet' | 'address'>): string {
  return `peoplecase.fieldMap.${source.kind === 'table' ? `table:${source.name}` : `range:${source.sheet}!${source.address}`}`;
}
