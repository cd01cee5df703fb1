import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { coreHeadcount, expectedTable, serveFixtures } from './hris-fixtures.ts';

/** The e2e build of the extension (npm run build:extension:e2e): production code, with 127.0.0.1 granted up front. */
const extensionDir = new URL('../../dist/extension/chrome-mv3-e2e/', import.meta.url).pathname;
const shots = new URL('../../dist/e2e-screenshots/', import.meta.url).pathname;
assert.ok(existsSync(join(extensionDir, 'manifest.json')), 'build the extension first: npm run build:extension:e2e');
mkdirSync(shots, { recursive: true });

const server = await serveFixtures();
const { origin } = server;
const profile = mkdtempSync(join(tmpdir(), 'peoplecase-e2e-'));
const foreign: string[] = [];

/** Chromium with the unpacked extension, flags as TOOLCHAIN.md lists them (no background networking on a closed network). */
async function launch(): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    viewport: { width: 420, height: 1000 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'chrome-extension:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The background registers the launcher for granted sites just after install; pages opened before that get none.
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
    while ((await api.scripting.getRegisteredContentScripts()).length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  });
  return { context, extensionId: new URL(worker.url()).host };
}

/** Open the side panel page in a tab: it reads the web page used most recently in the window. */
async function openPanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return panel;
}

/** Keep a copy of the table the panel last sent its worker (the rows it holds), so collected rows can be compared with the page's data. */
async function keepSentTable(panel: Page): Promise<void> {
  await panel.evaluate(`(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message?.request?.type === 'page') window.sentTable = structuredClone(message.request.raw);
      return post.call(this, message, ...rest);
    };
  })()`);
}

/** The first column's texts of the table the panel last sent its worker, once it holds `rows` rows (see keepSentTable). */
async function sentNames(panel: Page, rows: number): Promise<string[]> {
  await panel.waitForFunction(`window.sentTable?.rowCount === ${rows}`);
  return panel.evaluate(`(() => {
    const column = window.sentTable.columns[0];
    return Array.from(column.codes, (code, row) => (code === -1 ? '' : code === -2 ? String(column.numbers[row]) : column.dictionary[code]));
  })()`);
}

let { context, extensionId } = await launch();
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${origin}/odoo-employees.html`);
  await page.getByTestId('peoplecase-launcher').waitFor({ timeout: 10_000 });
  assert.match((await page.getByTestId('peoplecase-launcher').textContent()) ?? '', /PeopleCase · 12 rows/);
  await page.screenshot({ path: `${shots}extension-1-page-launcher.png` });

  const panel = await openPanel(context, extensionId);
  await panel.getByTestId('read-rows').waitFor();
  assert.equal(await panel.getByTestId('read-rows').textContent(), '12 of 57 rows');
  assert.equal(await panel.getByTestId('read-source').textContent(), `Odoo · ${new URL(origin).host}`);
  assert.equal(await panel.getByTestId('preview').locator('tbody tr').first().locator('td').first().textContent(), expectedTable('odoo-employees').rows[0][0]);
  await panel.getByTestId('card-headcount').getByTestId('value').waitFor();
  assert.equal(await panel.getByTestId('card-headcount').getByTestId('value').textContent(), coreHeadcount('odoo-employees'), 'the panel shows core\'s headcount');
  await panel.waitForTimeout(400);
  await panel.screenshot({ path: `${shots}extension-2-panel-evidence.png`, fullPage: true });
  await panel.getByTestId('language-switch').selectOption('zh-CN');
  await panel.getByTestId('tab-evidence').filter({ hasText: '数据洞察' }).waitFor();
  assert.equal(await panel.getByTestId('read-rows').textContent(), '共 57 行，已读取 12 行');
  await panel.waitForTimeout(400);
  await panel.screenshot({ path: `${shots}extension-2-panel-evidence-zh.png`, fullPage: true });
  await panel.getByTestId('language-switch').selectOption('en');
  await panel.getByTestId('tab-evidence').filter({ hasText: 'Evidence' }).waitFor();

  // A single-page HRIS changes its table without loading a page: the launcher tells the panel, which says so (and no longer
  // once the page is back as read), and reads it again on a click.
  const removeLastRow = `(() => { const row = [...document.querySelectorAll('tr.o_data_row')].at(-1); window.removed = { row, next: row.nextSibling }; row.remove(); })()`;
  const putItBack = `window.removed.next.before(window.removed.row)`;
  await page.evaluate(removeLastRow);
  await panel.getByTestId('page-changed').waitFor({ timeout: 5_000 });
  assert.equal(await panel.getByTestId('read-rows').textContent(), '12 of 57 rows', 'the figures stay as read until the user reads again');
  await page.evaluate(putItBack);
  await panel.getByTestId('page-changed').waitFor({ state: 'detached', timeout: 5_000 });
  await page.evaluate(removeLastRow);
  await panel.getByTestId('page-changed').getByRole('button').click();
  await panel.getByTestId('read-rows').filter({ hasText: '11 of 57 rows' }).waitFor();
  await page.getByTestId('peoplecase-launcher').filter({ hasText: 'PeopleCase · 11 rows' }).waitFor({ timeout: 5_000 });
  assert.equal(await panel.getByTestId('page-changed').count(), 0, 'a fresh reading has nothing to warn of');
  await page.evaluate(putItBack);
  await panel.getByTestId('read-again').click();
  await panel.getByTestId('read-rows').filter({ hasText: '12 of 57 rows' }).waitFor();

  await panel.getByTestId('take-snapshot').click();
  await panel.getByTestId('notice').waitFor();
  await panel.reload();
  await panel.getByTestId('tab-snapshots').click();
  await panel.getByTestId('history-item').first().waitFor();
  assert.equal(await panel.getByTestId('history-item').count(), 1, 'the snapshot survives a reload');
  await panel.screenshot({ path: `${shots}extension-3-panel-history.png`, fullPage: true });

  // Firefox's sidebar opens about 252 px wide: nothing may stick out past it, nor be cut off inside a button (tables scroll in their own boxes).
  const overflowing = () => panel.evaluate(async () => {
    // Once the tab indicator has slid over from the tab left: mid-slide it reaches past its new tab.
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    const page = document.documentElement.scrollWidth > innerWidth ? [`the page is ${document.documentElement.scrollWidth} px wide`] : [];
    return [...page, ...[...document.querySelectorAll('button')].filter((button) => button.scrollWidth > button.clientWidth).map((button) => `button "${button.textContent}" is cut off`)];
  });
  await panel.setViewportSize({ width: 252, height: 1000 });
  await panel.getByTestId('tab-evidence').click();
  await panel.getByTestId('card-headcount').waitFor();
  assert.deepEqual(await overflowing(), [], 'the Evidence tab fits a 252 px sidebar');
  await panel.getByTestId('tab-snapshots').click();
  await panel.getByTestId('history-item').first().getByRole('button', { name: 'Open' }).click();
  await panel.getByTestId('proposal').waitFor();
  assert.deepEqual(await overflowing(), [], 'the Snapshots tab, a snapshot open, fits a 252 px sidebar');
  await panel.getByTestId('opened-snapshot').getByRole('button', { name: 'Close' }).click();
  await panel.setViewportSize({ width: 420, height: 1000 });

  await page.goto(`${origin}/hostile-cells.html`);
  await page.bringToFront();
  await panel.bringToFront();
  await panel.getByTestId('read-again').click();
  await panel.getByText('Family trip').waitFor();
  assert.equal(await panel.getByTestId('preview').locator('tbody tr').first().locator('td').first().textContent(), '<img src=x onerror=alert(1)>');
  assert.equal(await panel.getByTestId('preview').locator('img').count(), 0, 'page text is rendered as text, never as markup');
  assert.equal(await panel.evaluate(() => (window as { __pwned?: boolean }).__pwned), undefined);

  /** Read a live fixture (at `search`, then moved on as a user would by `moveOn`) and collect all its rows from the panel, until the count says `all`. */
  const collectAll = async (fixture: string, all: string, { search = '', moveOn = async () => {} }: { search?: string; moveOn?: () => Promise<void> } = {}) => {
    await page.goto(`${origin}/${fixture}.html${search}`);
    await moveOn();
    await panel.getByTestId('read-again').click();
    await panel.getByTestId('collect-all').click();
    // A browser renders only the visible tab; beside a real side panel the page is visible, here it must be brought forward.
    await page.bringToFront();
    await panel.getByTestId('read-rows').filter({ hasText: all }).waitFor({ timeout: 60_000 });
    await panel.bringToFront();
  };
  await keepSentTable(panel);
  // Pages loaded one by one from the panel (?page=N links), a virtual list over the window then "Load More", a Workday pager.
  for (const [fixture, rows] of [['greenhouse-candidates-live', 120], ['frappe-employee-list-live', 300], ['workday-table-live', 95]] as const) {
    await collectAll(fixture, `All ${rows} rows`);
    assert.deepEqual(await sentNames(panel, rows), await page.evaluate(() => (window as unknown as { fixtureNames: string[] }).fixtureNames), `${fixture}: every row collected once, in list order`);
  }
  // Cancelling between page loads keeps the pages read; collecting again goes on from the page after them.
  await page.goto(`${origin}/greenhouse-candidates-live.html`);
  await panel.getByTestId('read-again').click();
  await panel.getByTestId('collect-all').click();
  await panel.getByTestId('collect-progress').filter({ hasText: /Collecting rows: (50|75) of 120/ }).waitFor();
  await panel.getByTestId('collect-cancel').click();
  await panel.getByTestId('notice').filter({ hasText: /^Stopped: kept the (50|75|100) rows/ }).waitFor();
  assert.match((await panel.getByTestId('read-rows').textContent()) ?? '', /^(50|75|100) of 120 rows$/);
  await panel.getByTestId('collect-all').click();
  await panel.getByTestId('read-rows').filter({ hasText: 'All 120 rows' }).waitFor();
  assert.deepEqual(await sentNames(panel, 120), await page.evaluate(() => (window as unknown as { fixtureNames: string[] }).fixtureNames), 'collecting again after cancel adds the rest, each row once');
  assert.equal(new URL(page.url()).search, '', 'the tab is back on the page the user collected from');
  // Started on a later page, collecting gathers the whole list from its first page, then leaves the page as the user had it.
  const pagerDetails = page.locator('[data-automation-id="paginationAdditionalDetails"]');
  const laterPages = [
    ['greenhouse-candidates-live', 120, { search: '?page=3' }, async () => assert.equal(new URL(page.url()).search, '?page=3')],
    ['workday-table-live', 95, { moveOn: () => page.locator('[data-automation-id="navigateNextPage"]').click().then(() => pagerDetails.filter({ hasText: '31-60 of 95' }).waitFor()) }, () => pagerDetails.filter({ hasText: '31-60 of 95' }).waitFor()],
  ] as const;
  for (const [fixture, rows, start, isBack] of laterPages) {
    await collectAll(fixture, `All ${rows} rows`, start);
    assert.deepEqual(await sentNames(panel, rows), await page.evaluate(() => (window as unknown as { fixtureNames: string[] }).fixtureNames), `${fixture}: every row from page 1 on, in list order`);
    await isBack();
  }

  for (const [fixture, all] of [['ag-grid-people-live', 'All 1,000 rows'], ['antd-roster-zh-live', 'All 356 rows']] as const) {
    await collectAll(fixture, all);
    // The preview is redrawn when the worker answers, a moment after the row count shows.
    await panel.getByTestId('preview').locator('tbody tr').nth(4).waitFor();
    assert.equal(await panel.getByTestId('preview').locator('tbody tr').count(), 5);
  }
  await panel.screenshot({ path: `${shots}extension-4-panel-collected.png`, fullPage: true });
  await panel.getByTestId('tab-evidence').click();
  await panel.getByRole('heading', { name: 'What stands out' }).waitFor();
  await panel.screenshot({ path: `${shots}extension-4-panel-collected-evidence.png`, fullPage: true });

  await panel.getByTestId('take-snapshot').click();
  await panel.getByTestId('tab-snapshots').click();
  await panel.getByTestId('history-item').nth(1).waitFor();
  await panel.getByTestId('history-search').fill('ant design');
  assert.equal(await panel.getByTestId('history-item').count(), 1, 'search narrows the history');
  await panel.getByTestId('history-search').fill('');
  for (const item of await panel.getByTestId('history-item').all()) await item.getByRole('checkbox').check();
  await panel.getByTestId('history-compare').click();
  // The two snapshots are of different tables (Odoo's list, the antd roster): refused, not shown as 12 → 356 people.
  await panel.getByTestId('not-comparable').waitFor();
  await panel.getByTestId('history-compare-now').first().click();
  await panel.getByTestId('changes').getByText(/No comparable figures changed/).waitFor();
  await panel.getByTestId('history-delete').first().click();
  await panel.getByTestId('undo-delete').waitFor();
  // The undo bar shows at once; the list drops the snapshot when the store has deleted it.
  await panel.getByTestId('history-item').nth(1).waitFor({ state: 'detached' });
  assert.equal(await panel.getByTestId('history-item').count(), 1);
  await panel.getByTestId('undo-delete').click();
  await panel.getByTestId('history-item').nth(1).waitFor();
  await panel.screenshot({ path: `${shots}extension-5-panel-compare.png`, fullPage: true });

  const history = panel.getByTestId('history-item').first();
  const [docx] = await Promise.all([panel.waitForEvent('download'), history.getByTestId('export-menu').click().then(() => panel.getByTestId('export-docx').click())]);
  assert.ok(unzipSync(readFileSync((await docx.path())!))['word/document.xml'], `the DOCX download ${docx.suggestedFilename()} is a Word zip with word/document.xml`);
  await history.getByRole('button', { name: 'Open' }).click();
  const opened = panel.getByTestId('opened-snapshot');
  const [pptx] = await Promise.all([panel.waitForEvent('download'), opened.getByTestId('export-menu').click().then(() => panel.getByTestId('export-pptx').click())]);
  assert.ok(unzipSync(readFileSync((await pptx.path())!))['ppt/presentation.xml'], `the opened snapshot's PPTX download ${pptx.suggestedFilename()} is a PowerPoint zip`);
  await opened.getByTestId('snapshot-document').selectOption('retrospective');
  await opened.getByRole('heading', { level: 2, name: /^Retrospective/ }).waitFor();
  const [retrospective] = await Promise.all([panel.waitForEvent('download'), opened.getByTestId('export-menu').click().then(() => panel.getByTestId('export-md').click())]);
  assert.match(readFileSync((await retrospective.path())!, 'utf8'), /^# Retrospective/, `an opened snapshot exports the document shown (${retrospective.suggestedFilename()})`);

  // The role chosen for a table is remembered for that table on that site: another table keeps its own, the first gets it back.
  const readAgain = async (name: string) => {
    await page.goto(`${origin}/${name}.html`);
    await panel.getByTestId('read-again').click();
  };
  /** Wait until the Columns tab shows a role that is (or, with false, is not) the one given, once the page's case is analysed. */
  const roleShown = (role: string, isRole: boolean) =>
    panel.waitForFunction(([wanted, equal]) => {
      const shown = document.querySelector<HTMLSelectElement>('[data-testid="page-role"]')?.value;
      return shown !== undefined && (shown === wanted) === equal;
    }, [role, isRole] as const, { timeout: 15_000 });
  await panel.getByTestId('tab-columns').click();
  await readAgain('odoo-employees');
  await panel.getByTestId('read-rows').filter({ hasText: '12 of 57 rows' }).waitFor();
  await panel.getByTestId('page-role').selectOption('candidates');
  await roleShown('candidates', true);
  await readAgain('hostile-cells');
  await roleShown('candidates', false);
  await readAgain('odoo-employees');
  await roleShown('candidates', true);
  assert.match((await panel.getByTestId('page-role-remembered').textContent()) ?? '', /remembered for this table on 127\.0\.0\.1/);

  await page.goto(`${origin}/requisitions-aging.html`);
  await page.bringToFront();
  await panel.bringToFront();
  await panel.getByTestId('read-again').click();
  await panel.getByTestId('read-rows').filter({ hasText: '5' }).waitFor();
  assert.equal(await page.locator('peoplecase-badges').count(), 0, 'inline badges are off by default');
  await panel.getByTestId('badge-switch').click();
  await page.bringToFront();
  await page.locator('peoplecase-badges').first().waitFor();
  const badges = await page.locator('tr', { hasText: 'R-2041' }).locator('peoplecase-badges span').allInnerTexts();
  assert.match(badges.join(' | '), /^Open \d+ days · over 45 \| Feedback \d+ days past the 3-day SLA$/);
  assert.equal(await page.locator('tr', { hasText: 'R-2013' }).locator('peoplecase-badges').count(), 0, 'a filled requisition has no badge');
  await page.screenshot({ path: `${shots}extension-6-page-badges.png` });
  await panel.bringToFront();
  await panel.getByTestId('badge-switch').click();
  await page.locator('peoplecase-badges').first().waitFor({ state: 'detached' });
  await context.close();

  ({ context, extensionId } = await launch());
  const again = await openPanel(context, extensionId);
  await again.getByRole('heading', { name: 'Snapshots' }).waitFor();
  await again.getByTestId('history-item').first().waitFor();
  await again.getByTestId('history-item').nth(1).waitFor();
  assert.equal(await again.getByTestId('history-item').count(), 2, 'snapshots survive a browser restart');
  assert.deepEqual(foreign, [], 'no request left 127.0.0.1 and the extension');
  console.log('extension e2e: ok (launcher, panel read, core-equal headcount, a page changed in place noticed and read again (the launcher count following it), snapshot across reload and restart, history search/compare/delete-undo, DOCX and PPTX exports, inline badges toggled per site, hostile text, collect all by scrolling, paging and page loads with rows equal to the page data, cancel then resume, from a later page back to it, no foreign requests)');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
