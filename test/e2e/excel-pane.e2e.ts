import assert from 'node:assert/strict';
import { createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type Page } from 'playwright-core';
import { analyzeCase } from '../../core/analyze-case.ts';
import { defaultAssumptions } from '../../core/impact/assumptions.ts';
import { evidenceFormat } from '../../core/proposal/quantities.ts';
import { formatValue } from '../../core/render/format-value.ts';
import { isoFromDay, todayDay } from '../../core/table/day.ts';
import { readTableFile } from '../../core/table/read-table-file.ts';

/** The standalone build of the pane (npm run build:excel:standalone), served as static files on loopback. */
const root = new URL('../../dist/excel-addin-standalone/', import.meta.url).pathname;
const example = (name: string) => new URL(`../../examples/${name}.csv`, import.meta.url).pathname;
const files = [example('roster'), example('requisitions'), example('candidates')];
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

/** The core's figures for the same three files, over the same period, as the CLI computes them. */
const read = async (path: string) => readTableFile(readFileSync(path), path.slice(path.lastIndexOf('/') + 1));
const [roster, requisitions, candidates] = await Promise.all(files.map(read));
const settings = { slaDays: defaultAssumptions.feedbackSlaDays.base, workingDaysPerYear: defaultAssumptions.workingDaysPerYear.base };
const analysis = analyzeCase({ roster, requisitions, candidates }, { asOf: todayDay(new Date()), settings });
const periodEnd = isoFromDay(analysis.period!.to);
const coreValue = (metric: string, variant: string | null, department: string | null) => {
  const item = analysis.evidence.find((e) => e.metric === metric && e.variant === variant && (department === null ? e.segment === null : e.segment?.value === department) && (e.period === null || e.period.to === periodEnd))!;
  return formatValue('en', item.value!, evidenceFormat(item), 'USD');
};
/** An amount as the pane writes it (`CN¥8,519,003`), as a number. */
const amount = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext({ locale: 'en-US', viewport: { width: 420, height: 900 }, acceptDownloads: true });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
const page = await context.newPage();
const foreign: string[] = [];
page.on('request', (request) => {
  const url = new URL(request.url());
  if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
});
try {
  const started = Date.now();
  await page.goto(`${origin}/index.html`);
  await page.getByRole('button', { name: 'Open CSV or XLSX files' }).waitFor();
  const interactiveMs = Date.now() - started;
  await shot(page, '1-start');

  // Three exports at once: each gets core's proposed role, editable before analysis.
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByTestId('source-candidates.csv').waitFor();
  const roles = await page.getByTestId('source-role').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
  assert.deepEqual(roles, ['roster', 'requisitions', 'candidates'], 'each file gets its proposed role');
  await shot(page, '2-sources');
  const analysing = Date.now();
  await page.getByTestId('confirm-mapping').click();
  await page.getByTestId('card-turnover_rate').waitFor();
  const analysedMs = Date.now() - analysing;

  for (const [metric, variant, testId] of [['headcount', null, 'card-headcount'], ['turnover_rate', null, 'card-turnover_rate'], ['turnover_rate', 'voluntary', 'card-turnover_rate-voluntary'], ['compa_ratio', null, 'card-compa_ratio'], ['hiring_plan_completion', null, 'card-hiring_plan_completion']] as const) {
    assert.equal(await page.getByTestId(testId).getByTestId('value').textContent(), coreValue(metric, variant, null), `${testId} shows the core's value`);
  }
  await page.getByTestId('impact').first().waitFor();
  const [low, high] = ((await page.getByTestId('impact-range').first().textContent()) ?? '').split('–').map(amount);
  const base = amount(await page.getByTestId('impact-base').first().textContent());
  assert.ok(low > 0 && low <= base && base <= high, `the dashboard shows an impact with its range (${low} ≤ ${base} ≤ ${high})`);

  // Assumptions: the demo company pays in yuan, and a leaver's cost changes; the impact ranges follow at once.
  await page.getByTestId('tab-proposal').click();
  await page.getByTestId('proposal').waitFor();
  await page.getByTestId('assume-currency').fill('CNY');
  await page.getByTestId('assume-currency').blur();
  await page.getByTestId('proposal').getByText('CN¥', { exact: false }).first().waitFor();
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await page.getByTestId('chart-hiring_plan_completion-by-department').waitFor();
  assert.match((await page.getByTestId('impact-base').first().textContent()) ?? '', /^CN¥/);
  assert.equal(amount(await page.getByTestId('impact-base').first().textContent()), base, 'a currency is a label, not a conversion');
  await shot(page, '3-dashboard');

  await page.getByTestId('filter-department').selectOption('Sales');
  await page.waitForFunction((company) => document.querySelector('[data-testid="card-hiring_plan_completion"] [data-testid="value"]')?.textContent !== company, coreValue('hiring_plan_completion', null, null));
  assert.equal(await page.getByTestId('card-hiring_plan_completion').getByTestId('value').textContent(), coreValue('hiring_plan_completion', null, 'Sales'), 'Sales’ hiring plan completion is the core’s');
  await shot(page, '3b-dashboard-sales');
  await page.getByTestId('filter-department').selectOption('');

  await page.getByTestId('tab-proposal').click();
  await page.getByTestId('assume-leaverCostShare-base').fill('1');
  await page.getByTestId('assume-leaverCostShare-base').blur();
  await page.getByTestId('proposal').waitFor();
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await page.waitForFunction((previous) => Number(document.querySelector('[data-testid="impact-base"]')?.textContent?.replace(/[^\d.]/g, '')) !== previous, base);
  const doubled = amount(await page.getByTestId('impact-base').first().textContent());
  assert.ok(Math.abs(doubled / base - 2) < 0.001, `a leaver costing 100% of salary instead of 50% doubles the turnover cost (${base} → ${doubled})`);

  await page.getByTestId('tab-proposal').click();
  await page.getByTestId('proposal').waitFor();
  await shot(page, '4-proposal-en');
  await page.getByTestId('proposal-kind').selectOption('progress-brief');
  await page.getByTestId('proposal').getByRole('heading', { name: /^Recruiting progress brief/ }).waitFor();
  await shot(page, '4b-progress-brief');
  await page.getByTestId('proposal-kind').selectOption('proposal');

  const exporting = Date.now();
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-menu').click().then(() => page.getByTestId('export-docx').click())]);
  const entries = unzipSync(readFileSync((await docx.path())!));
  const exportMs = Date.now() - exporting;
  assert.ok(entries['word/document.xml'], `the DOCX download ${docx.suggestedFilename()} is a Word zip with word/document.xml`);
  assert.ok(Object.keys(entries).some((name) => /^word\/media\/.+\.png$/.test(name)), 'the charts are embedded as PNGs drawn by chart.js');
  assert.equal(docx.suggestedFilename(), 'peoplecase-proposal-company.docx');
  const download = async (format: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-menu').click().then(() => page.getByTestId(`export-${format}`).click())]);
    return readFileSync((await file.path())!);
  };
  assert.ok(unzipSync(await download('pptx'))['ppt/presentation.xml'], 'the PPTX download is a PowerPoint zip');
  assert.match((await download('html')).toString(), /<img src="data:image\/png;base64,/);
  assert.match((await download('md')).toString(), /^# People proposal/);
  assert.equal(JSON.parse((await download('json')).toString()).kind, 'proposal');

  await page.getByTestId('export-menu').click();
  await page.getByTestId('copy-rich-text').click();
  await page.getByTestId('notice').getByText('Copied').waitFor();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item.types, html: await (await item.getType('text/html')).text() };
  });
  assert.deepEqual([...copied.types].sort(), ['text/html', 'text/plain'], 'copied as rich text with a plain-text twin');
  assert.match(copied.html, /<strong>/);

  await page.getByTestId('language-switch').selectOption('zh-CN');
  await page.getByRole('tab', { name: '提案' }).waitFor();
  await page.locator('[data-testid="proposal"][lang="zh-CN"]').waitFor();
  await shot(page, '5-proposal-zh');

  // Two snapshots of the company, a year apart, compared into the Check document.
  await page.getByTestId('take-snapshot').click();
  await page.getByTestId('notice').getByText('快照已保存').waitFor();
  await page.getByRole('tab', { name: '看板' }).click();
  await page.getByTestId('filter-period').selectOption('2024');
  await page.getByText('2024年1月1日 至 2024年12月31日').waitFor();
  await page.getByTestId('take-snapshot').click();
  await page.getByTestId('tab-snapshots').click();
  await page.getByTestId('snapshots').locator('li').nth(1).waitFor();
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByTestId('history-compare').click();
  await page.getByTestId('comparison').getByRole('heading', { name: /^复盘检查/ }).waitFor();
  assert.ok((await page.getByTestId('changes').locator('li').count()) > 0, 'the comparison lists what changed');
  await shot(page, '6-compare');

  await page.reload();
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByTestId('confirm-mapping').click();
  await page.getByTestId('tab-snapshots').click();
  await page.getByTestId('snapshots').locator('li').nth(1).waitFor();
  await shot(page, '7-snapshots');

  // A workbook with several sheets: the user picks the requisitions sheet, which becomes a table with its proposed role.
  await page.reload();
  await page.getByTestId('file-input').setInputFiles(new URL('../../examples/demo-company.xlsx', import.meta.url).pathname);
  await page.getByTestId('sheet-picker').waitFor();
  assert.equal(await page.getByTestId('sheet-picker').getByRole('checkbox').count(), 7, 'the demo workbook offers its seven sheets');
  await page.getByTestId('sheet-Requisitions').check();
  await shot(page, '8-sheet-picker');
  await page.getByTestId('read-sheets').click();
  await page.getByTestId('source-demo-company.xlsx › Requisitions').waitFor();
  assert.deepEqual(await page.getByTestId('source-role').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value)), ['requisitions'], 'the picked sheet is read as requisitions');
  await shot(page, '8b-sheet-read');

  assert.deepEqual(foreign, [], 'the pane made no request to another origin');
  process.stdout.write(`excel pane e2e: 1 passed, 0 failed (interactive in ${interactiveMs} ms, three files analysed in ${analysedMs} ms, first DOCX export in ${exportMs} ms; screenshots in dist/e2e-screenshots)\n`);
} finally {
  await browser.close();
  server.close();
}
