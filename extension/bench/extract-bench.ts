import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';

/** A fixture page grown to `rows` data rows by cloning its own rendered rows, so the bench reads real library markup at scale. */
interface Scenario {
  fixture: string;
  /** Rows to clone; every container holding such rows (pinned, centre) is grown alike. */
  rowSelector: string;
  /** Attributes renumbered on each copy so keys stay unique: numeric ones are offset, others suffixed. */
  keyAttributes: string[];
}

const ROWS = 5_000;
const RUNS = 9;
const BUDGET_MS = 200;
const scenarios: Scenario[] = [
  { fixture: 'hostile-cells', rowSelector: 'tbody > tr', keyAttributes: [] },
  { fixture: 'orangehrm-employee-list', rowSelector: '.oxd-table-card', keyAttributes: [] },
  { fixture: 'odoo-employees', rowSelector: 'tr.o_data_row', keyAttributes: ['data-id'] },
  { fixture: 'ag-grid-people', rowSelector: '.ag-row[row-index]', keyAttributes: ['row-index', 'row-id', 'aria-rowindex'] },
  { fixture: 'antd-roster-zh', rowSelector: 'tr[data-row-key]', keyAttributes: ['data-row-key'] },
  { fixture: 'sap-ui-table-employees', rowSelector: 'tr.sapUiTableContentRow[aria-rowindex]', keyAttributes: ['aria-rowindex', 'data-sap-ui-rowindex'] },
];

/** The adapters and their registry as one IIFE exposing `PeopleCaseAdapters`, built the way the content script is (vite). */
async function adaptersBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, lib: { entry: new URL('../adapters/index.ts', import.meta.url).pathname, formats: ['iife'], name: 'PeopleCaseAdapters' } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
  const chunk = chunks.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite produced no bundle');
  return chunk.code;
}

/** Clone the page's rows in every container until each holds `target` rows (runs in the page). */
function growRows([rowSelector, keyAttributes, target]: [string, string[], number]): number {
  const containers = new Map<Element, Element[]>();
  for (const row of document.querySelectorAll(rowSelector)) {
    const parent = row.parentElement as Element;
    containers.set(parent, [...(containers.get(parent) ?? []), row]);
  }
  let grown = 0;
  for (const [parent, rows] of containers) {
    const fragment = document.createDocumentFragment();
    for (let copy = 1; rows.length * (copy + 1) <= target + rows.length - 1 && rows.length * copy < target; copy++) {
      for (const row of rows) {
        if (rows.length * copy + rows.indexOf(row) >= target) break;
        const clone = row.cloneNode(true) as Element;
        for (const name of keyAttributes) {
          const value = row.getAttribute(name);
          if (value !== null) clone.setAttribute(name, /^\d+$/.test(value) ? String(Number(value) + copy * 100_000) : `${value}~${copy}`);
        }
        fragment.append(clone);
      }
    }
    parent.append(fragment);
    grown = Math.max(grown, parent.querySelectorAll(rowSelector).length);
  }
  return grown;
}

/** Median wall time of extractPage over the grown page, with the rows and completeness it reported. */
async function timeExtraction(page: Page): Promise<{ medianMs: number; rows: number; adapterId: string }> {
  return page.evaluate((runs) => {
    const adapters = (window as unknown as { PeopleCaseAdapters: typeof import('../adapters/index.ts') }).PeopleCaseAdapters;
    const times: number[] = [];
    let last = null;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      last = adapters.extractPage(document, location.href);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(runs / 2)], rows: last?.table.rowCount ?? 0, adapterId: last?.adapterId ?? 'none' };
  }, RUNS);
}

const bundle = await adaptersBundle();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.route('**/*', (route) => (route.request().url().startsWith('http://bench.local/') ? route.fulfill({ contentType: 'text/html', body: '' }) : route.abort()));
console.log(`extension extract bench: ${ROWS} rows, median of ${RUNS} runs in Chromium (budget ${BUDGET_MS} ms)`);
let failed = false;
for (const scenario of scenarios) {
  await page.goto(`http://bench.local/${scenario.fixture}`);
  await page.setContent(readFileSync(new URL(`../../test/fixtures/hris/${scenario.fixture}.html`, import.meta.url), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ''));
  const grown = await page.evaluate(growRows, [scenario.rowSelector, scenario.keyAttributes, ROWS] as [string, string[], number]);
  await page.addScriptTag({ content: bundle });
  const result = await timeExtraction(page);
  const ok = result.medianMs < BUDGET_MS && result.rows === ROWS;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${scenario.fixture.padEnd(26)} ${result.adapterId.padEnd(14)} ${String(result.rows).padStart(5)} rows (${grown} in DOM)  ${result.medianMs.toFixed(1).padStart(6)} ms`);
}
await page.setContent(`<main>${'<section><h2>News</h2><p>Quarterly update <a href="#">more</a></p><ul><li>One</li><li>Two</li></ul></section>'.repeat(2000)}</main>`);
await page.addScriptTag({ content: bundle });
const probeMs = await page.evaluate(() => {
  const adapters = (window as unknown as { PeopleCaseAdapters: typeof import('../adapters/index.ts') }).PeopleCaseAdapters;
  const start = performance.now();
  for (let run = 0; run < 100; run++) document.querySelector(adapters.tableProbe);
  return (performance.now() - start) / 100;
});
console.log(`probe on a 14,000-element page without tables: ${probeMs.toFixed(3)} ms per check`);
await browser.close();
process.exitCode = failed ? 1 : 0;
