import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { analyzeTable } from '../../core/analyze.ts';
import { evidenceFormat } from '../../core/proposal/quantities.ts';
import { formatValue } from '../../core/render/format-value.ts';
import { readTableFile } from '../../core/table/read-table-file.ts';

/** The standalone build of the pane (npm run build:excel:standalone), served as static files on loopback. */
const root = new URL('../../dist/excel-addin-standalone/', import.meta.url).pathname;
const rosterPath = new URL('../../examples/roster.csv', import.meta.url).pathname;
const shots = new URL('../../dist/e2e-screenshots/', import.meta.url).pathname;
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css' };

const server = createServer((request, response) => {
  const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
  const file = path.endsWith('/') ? join(path, 'index.html') : path;
  if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext({ locale: 'en-US', viewport: { width: 420, height: 900 } });
const page = await context.newPage();
const foreign: string[] = [];
page.on('request', (request) => {
  const url = new URL(request.url());
  if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
});
try {
  const started = Date.now();
  await page.goto(`${origin}/index.html`);
  await page.getByRole('button', { name: 'Open a CSV or XLSX file' }).waitFor();
  const interactiveMs = Date.now() - started;
  await page.screenshot({ path: `${shots}1-start.png`, fullPage: true });
  await page.getByTestId('file-input').setInputFiles(rosterPath);
  await page.getByTestId('confirm-mapping').waitFor();
  await page.screenshot({ path: `${shots}2-mapping.png`, fullPage: true });
  await page.getByTestId('confirm-mapping').click();
  await page.getByTestId('card-turnover_rate').waitFor();

  const analysis = analyzeTable(await readTableFile(readFileSync(rosterPath), 'roster.csv'), { by: 'department' });
  for (const [metric, variant, testId] of [['headcount', null, 'card-headcount'], ['turnover_rate', null, 'card-turnover_rate'], ['turnover_rate', 'voluntary', 'card-turnover_rate-voluntary'], ['compa_ratio', null, 'card-compa_ratio']] as const) {
    const item = analysis.evidence.find((e) => e.metric === metric && e.variant === variant && e.segment === null)!;
    const shown = await page.getByTestId(testId).getByTestId('value').textContent();
    assert.equal(shown, formatValue('en', item.value!, evidenceFormat(item), 'USD'), `${testId} shows the core's value`);
  }
  await page.getByTestId('chart-turnover_rate-by-department').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${shots}3-dashboard.png`, fullPage: true });

  await page.getByTestId('tab-proposal').click();
  await page.getByTestId('proposal').waitFor();
  await page.screenshot({ path: `${shots}4-proposal-en.png`, fullPage: true });
  await page.getByTestId('language-switch').selectOption('zh-CN');
  await page.getByRole('tab', { name: '提案' }).waitFor();
  await page.locator('[data-testid="proposal"][lang="zh-CN"]').waitFor();
  await page.screenshot({ path: `${shots}5-proposal-zh.png`, fullPage: true });

  await page.getByTestId('take-snapshot').click();
  await page.getByTestId('notice').waitFor();
  await page.reload();
  await page.getByTestId('file-input').setInputFiles(rosterPath);
  await page.getByTestId('confirm-mapping').click();
  await page.getByTestId('tab-snapshots').click();
  await page.getByTestId('snapshots').locator('li').first().waitFor();
  await page.screenshot({ path: `${shots}6-snapshots.png`, fullPage: true });

  assert.deepEqual(foreign, [], 'the pane made no request to another origin');
  process.stdout.write(`excel pane e2e: 1 passed, 0 failed (interactive in ${interactiveMs} ms; screenshots in dist/e2e-screenshots)\n`);
} finally {
  await browser.close();
  server.close();
}
