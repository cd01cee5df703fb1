import { z } from 'zod';
import { rawTableFromValues } from '../../core/table/from-values.ts';
import type { RawTable } from '../../core/table/raw-table.ts';
import type { Extraction } from '../adapters/adapter.ts';
import { tableRows } from './merge-rows.ts';

/** What a page gave the side panel, as plain data: it crosses from the page to the extension, so it is validated on arrival. */
export const pageCaptureSchema = z.object({
  adapterId: z.string(),
  adapterName: z.string(),
  url: z.string(),
  title: z.string(),
  selector: z.string(),
  capturedAt: z.string(),
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  rowKeys: z.array(z.string()),
  completeness: z.object({ shown: z.number().int().nonnegative(), total: z.number().int().nonnegative().nullable() }),
  missing: z.array(z.object({ part: z.enum(['count', 'headers']), selectors: z.array(z.string()) })),
  /** The page can show the rest (scrolling, a pager): the panel offers to collect it. */
  collectable: z.boolean(),
  /** The absolute URL of the next page when the rest is reached by page loads (`?page=N`, `rel="next"`); null otherwise or on the last page. */
  nextUrl: z.string().url().nullable(),
});

export type PageCapture = z.infer<typeof pageCaptureSchema>;

/**
 * An adapter's extraction as plain strings for the trip out of the page (typed arrays do not survive every browser's messaging).
 * @example toPageCapture(extraction, 'Odoo', 'Employees - Odoo', true, null).rows[0] // ['Abigail Peterson', '+1 555-0101', …]
 */
export function toPageCapture(extraction: Extraction, adapterName: string, title: string, collectable: boolean, nextUrl: string | null): PageCapture {
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
    nextUrl,
  };
}

/** The capture back as the RawTable core analyses, with the page's provenance. */
export function rawTableFromCapture(capture: PageCapture): RawTable {
  return rawTableFromValues([capture.headers, ...capture.rows], {
    provenance: { kind: 'page', url: capture.url, selector: capture.selector, capturedAt: capture.capturedAt },
  });
}
