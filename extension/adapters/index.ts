import type { Extraction, HrisAdapter } from './adapter.ts';
import { agGrid } from './ag-grid.ts';
import { antdTable } from './antd-table.ts';
import { frappe } from './frappe.ts';
import { genericTable } from './generic-table.ts';
import { jsonIslandTable } from './json-island-table.ts';
import { muiDataGrid } from './mui-data-grid.ts';
import { odoo } from './odoo.ts';
import { orangehrm } from './orangehrm.ts';
import { sapMTable } from './sap-m-table.ts';
import { sapUiTable } from './sap-ui-table.ts';
import { workday } from './workday.ts';

/** Every page adapter, most specific first; the generic table reader is last, the fallback when no specific one reads the page. */
export const allAdapters = [orangehrm, odoo, frappe, workday, agGrid, muiDataGrid, sapMTable, sapUiTable, antdTable, jsonIslandTable, genericTable] as const satisfies readonly HrisAdapter[];

/** One selector for the content script's single cheap check: does the page hold anything any adapter could read? */
export const tableProbe = allAdapters.map((adapter) => adapter.probe).join(', ');

/** Hosted HRIS domains users can grant access to, for the optional host permissions. */
export const knownHrisMatches = [...new Set(allAdapters.flatMap((adapter) => adapter.matches))];

/**
 * Read the page with the adapter made for it: adapters whose URL test passes are tried first, then every adapter by its DOM
 * in registry order (so self-hosted systems are still recognised), the generic reader last. Null when no table with rows is found.
 * @example extractPage(document, 'https://acme.odoo.com/odoo/employees')?.adapterId // 'odoo'
 */
export function extractPage(document: Document, url: string, capturedAt = new Date().toISOString()): Extraction | null {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  const byUrl = parsed ? allAdapters.filter((adapter) => adapter.isCurrentPage(parsed)) : [];
  for (const adapter of [...byUrl, ...allAdapters.filter((adapter) => !byUrl.includes(adapter))]) {
    const extraction = adapter.extract(document, url, capturedAt);
    if (extraction && extraction.table.rowCount > 0) return extraction;
  }
  return null;
}
