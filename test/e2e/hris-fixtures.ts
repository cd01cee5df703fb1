import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { analyzeTable } from '../../core/analyze.ts';
import { evidenceFormat } from '../../core/proposal/quantities.ts';
import { formatValue } from '../../core/render/format-value.ts';
import { todayDay } from '../../core/table/day.ts';
import { rawTableFromValues } from '../../core/table/from-values.ts';
import { yearTo } from '../../extension/entrypoints/sidepanel/panel-case.ts';
import type { ExpectedExtraction } from '../fixtures/hris/load-hris-fixture.ts';

/** The HRIS fixture pages and their expected tables, shared by the browser tests. */
export const fixtures = new URL('../fixtures/hris/', import.meta.url).pathname;

/** A local HTTP server for the fixture pages, so browser tests read them from 127.0.0.1 like a real site. */
export type FixtureServer = { origin: string; close(): void };

/** Serve the fixtures' `*.html` files (and nothing else) on a free 127.0.0.1 port. */
export async function serveFixtures(): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1);
    const file = join(fixtures, name);
    if (!/^[\w-]+\.html$/.test(name) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
}

/** The table a fixture page must be read as. */
export function expectedTable(name: string): ExpectedExtraction {
  return JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')) as ExpectedExtraction;
}

/** The fixture's expected table, analysed by core the way the panel should analyse it: its headcount as the panel shows it. */
export function coreHeadcount(name: string): string {
  const expected = expectedTable(name);
  // The page is read now: core over the year to today, as the panel asks it.
  const asOf = todayDay();
  const analysis = analyzeTable(rawTableFromValues([expected.headers, ...expected.rows]), { asOf, period: yearTo(asOf) });
  const item = analysis.evidence.find((candidate) => candidate.metric === 'headcount' && candidate.variant === null && candidate.segment === null);
  assert.ok(item?.value !== null && item?.value !== undefined, `core computes a headcount for ${name}`);
  return formatValue('en', item.value, evidenceFormat(item), 'USD');
}
