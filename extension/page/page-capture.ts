import { rawTableFromValues } from '../../core/table/from-values.ts';
import type { RawTable } from '../../core/table/raw-table.ts';
import type { Extraction } from '../adapters/adapter.ts';
import type { PageCapture } from './page-capture-schema.ts';
import { tableRows } from './merge-rows.ts';

export type { PageCapture };

/**
 * An adapter's extraction as plain strings for the trip out of the page (typed arrays do not survive every browser's messaging).
 * @example toPageCapture(extraction, 'Odoo', 'Employees - Odoo', true, { prevUrl: null, nextUrl: null, signature: '' }).rows[0] // ['Abigail Peterson', '+1 555-0101', …]
 */
export function toPageCapture(extraction: Extraction, adapterName: string, title: string, collectable: boolean, links: Pick<PageCapture, 'prevUrl' | 'nextUrl' | 'signature'>): PageCapture {
  const { table } = extraction;
  return {
    adapterId: extraction.adapterId,
    adapterName,
    url: table.provenance.url ?? '',
    title,
    selector: table.provenance.selector ?? '',
    capturedAt: table.provenance.capturedAt ?? '',
    headers: table.columns.map((column) => column.header),
    rows: tableRows(table),
    rowKeys: extraction.rowKeys,
    completeness: extraction.completeness,
    missing: extraction.missing.map((part) => ({ part: part.part, selectors: [...part.selectors] })),
    collectable,
    ...links,
  };
}

/** The capture back as the RawTable core analyses, with the page's provenance. */
export function rawTableFromCapture(capture: PageCapture): RawTable {
  return rawTableFromValues([capture.headers, ...capture.rows], {
    provenance: { kind: 'page', url: capture.url, selector: capture.selector, capturedAt: capture.capturedAt },
  });
}
