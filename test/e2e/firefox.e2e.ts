import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { DocumentFormat } from '../../core/render/index.ts';
import { createProfile, downloadPrefs, firefoxBinary, launchFirefox, userPrefs, type Bidi, type Firefox } from './bidi-client.ts';
import { coreHeadcount, expectedTable, serveFixtures } from './hris-fixtures.ts';

/**
 * Firefox smoke test of the e2e build (npm run test:e2e:firefox): real Firefox, driven over WebDriver BiDi, installs the add-on
 * (unsigned XPI, as ESR allows), shows the launcher on a granted page, opens the panel from the launcher (in a tab: Firefox
 * opens a sidebar only from a user action) and as the sidebar from the toolbar button, reads the fixture, keeps a snapshot in
 * IndexedDB across a reload and a browser restart, exports the snapshot opened in the sidebar as DOCX, PPTX, HTML, Markdown and
 * JSON files that arrive in the downloads folder with the headcount shown, copies it as rich text (in the panel tab, where a
 * click can carry user activation), switches the sidebar to Simplified Chinese (labels and a snapshot's exports in Chinese) and
 * back, collects a scrolled grid, toggles the inline badges, and makes no request beyond 127.0.0.1.
 */
const binary = firefoxBinary();
if (binary === null) {
  console.log('firefox e2e: skipped, no Firefox installed (apt-get install firefox-esr, or set FIREFOX_PATH)');
  process.exit(0);
}
const extensionDir = new URL('../../dist/extension/firefox-mv3-e2e/', import.meta.url).pathname;
const shots = new URL('../../dist/e2e-screenshots/', import.meta.url).pathname;
assert.ok(existsSync(join(extensionDir, 'manifest.json')), 'build the Firefox e2e variant first: npx wxt build -b firefox --mode e2e');
mkdirSync(shots, { recursive: true });

const addonId = (JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
const uuid = '0c5e7a52-4d0b-4f43-9a3e-6d1c2b8f9e10';
const panelUrl = `moz-extension://${uuid}/sidepanel.html`;

/** A proxy that answers nothing and records every request sent to it: Firefox sends all traffic not bound for 127.0.0.1 here. */
async function startTrap(): Promise<{ port: number; hits: string[]; close(): void }> {
  const hits: string[] = [];
  const trap = createServer((request, response) => void (hits.push(request.url ?? ''), response.writeHead(502).end()));
  trap.on('connect', (request: { url?: string }, socket: { destroy(): void }) => void (hits.push(`CONNECT ${request.url}`), socket.destroy()));
  await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
  return { port: (trap.address() as { port: number }).port, hits, close: () => trap.close() };
}

/** Prefs that route every request except 127.0.0.1's (never proxied) through the trap. */
function trapPrefs(port: number): Record<string, string | number | boolean> {
  return { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': port, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': port, 'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': false };
}

/** Evaluate an expression in a browsing context (page, panel tab or chrome window) and return its plain value; with `userActivation`, as if the user had just clicked there. */
async function evaluate(bidi: Bidi, context: string, expression: string, userActivation = false): Promise<unknown> {
  const answer = await bidi.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none', userActivation });
  if (answer.type === 'exception') throw new Error(`${expression}: ${answer.exceptionDetails?.text}`);
  return answer.result?.value ?? null;
}

/** Poll an expression until it yields a truthy value (returned), or fail with what it last yielded. */
async function waitFor(bidi: Bidi, context: string, expression: string, timeoutMs = 10_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    last = await evaluate(bidi, context, expression).catch((error: unknown) => String(error));
    if (last && !String(last).startsWith('Error')) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${expression} (last: ${String(last)})`);
}

/** An expression read from the panel page, or from the sidebar's copy of it when `where` is 'sidebar' (evaluated from the panel tab). */
function inPanel(where: 'tab' | 'sidebar', body: string): string {
  const document = where === 'tab' ? 'document' : `browser.extension.getViews({ type: 'sidebar' })[0]?.document`;
  return `(() => { const doc = ${document}; return doc ? (${body.replaceAll('document.', 'doc.')}) : null; })()`;
}

/** The selector of the element with that test id, or of its descendant with the second id. */
function byTestId(testId: string, inner?: string): string {
  return `[data-testid="${testId}"]${inner ? ` [data-testid="${inner}"]` : ''}`;
}

/** The text of the element with that test id, or of its descendant with the second id. */
function textOf(testId: string, inner?: string): string {
  return `(document.querySelector('${byTestId(testId, inner)}')?.textContent ?? null)`;
}

/** Click the element with that test id, or its descendant with the second id (a script click, as in the sidebar no pointer can reach); true when it was there. */
function clickOn(testId: string, inner?: string): string {
  return `(() => { const element = document.querySelector('${byTestId(testId, inner)}'); element?.click(); return Boolean(element); })()`;
}

/** Click the first button with that text inside the first element with that test id; true when it was there. */
function clickButton(testId: string, text: string): string {
  return `(() => { const button = [...(document.querySelector('${byTestId(testId)}')?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent === ${JSON.stringify(text)}); button?.click(); return Boolean(button); })()`;
}

/** Choose a language in the panel's language picker (a native select, as a user's choice fires change); true when it was there. */
function chooseLanguage(lang: Lang): string {
  return `(() => { const select = document.querySelector('${byTestId('language-switch')}'); if (!select) return false; select.value = '${lang}'; select.dispatchEvent(new select.ownerDocument.defaultView.Event('change', { bubbles: true })); return true; })()`;
}

/** A trusted click (real pointer events) on the element an expression finds, as a user's click. */
async function click(bidi: Bidi, context: string, expression: string): Promise<void> {
  const found = await bidi.send<{ result: { sharedId?: string } }>('script.evaluate', { expression, target: { context }, awaitPromise: false, resultOwnership: 'root' });
  assert.ok(found.result.sharedId, `${expression} finds an element`);
  const element = { type: 'element', element: { sharedId: found.result.sharedId } };
  await bidi.send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: 0, y: 0, origin: element }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }] });
}

/** A file saved by a download, its name and bytes. */
type Saved = { name: string; bytes: Buffer };

/** Wait for Firefox to save a file with that extension in the folder (its `.part` renamed over it), then take it out. */
async function saved(folder: string, extension: string, timeoutMs = 20_000): Promise<Saved> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const names = readdirSync(folder);
    const name = names.find((candidate) => candidate.endsWith(`.${extension}`));
    if (!name || names.some((other) => other.endsWith('.part')) || statSync(join(folder, name)).size === 0) continue;
    const bytes = readFileSync(join(folder, name));
    rmSync(join(folder, name));
    return { name, bytes };
  }
  throw new Error(`no .${extension} file was saved in ${folder} (there: ${readdirSync(folder).join(', ') || 'nothing'})`);
}

/** The text of a saved export: a DOCX's document or a PPTX's slides (checked to be Office zips), tags stripped; other formats as they are. */
function exportText({ name, bytes }: Saved): string {
  if (!/\.(docx|pptx)$/.test(name)) return bytes.toString('utf8');
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', `${name} is a zip`);
  const parts = unzipSync(bytes);
  const main = name.endsWith('.docx') ? 'word/document.xml' : 'ppt/presentation.xml';
  assert.ok(parts[main], `${name} holds ${main}`);
  const texts = Object.keys(parts).filter((part) => (name.endsWith('.docx') ? part === main : /^ppt\/slides\/slide\d+\.xml$/.test(part))).map((part) => strFromU8(parts[part]));
  return texts.join('\n');
}

/**
 * Check exports are of a snapshot taken in `lang` with the headcount the sidebar showed: each document (tags stripped, so a
 * number in its own run or span reads on) has its decision heading and headcount sentence in that language, the JSON file is
 * the snapshot itself.
 */
function assertExports(texts: Partial<Record<DocumentFormat, string>>, lang: Lang, headcount: string): void {
  const sentence = t(lang, 'proposal.situation.headcount', { scope: '', headcount }).trim();
  for (const [format, text] of Object.entries(texts)) {
    if (format === 'json') {
      const snapshot = JSON.parse(text) as { lang: string; evidence: { metric: string; variant: string | null; segment: unknown; value: number | null }[] };
      assert.equal(snapshot.lang, lang, 'the JSON export is the snapshot, in the language it was taken in');
      assert.equal(snapshot.evidence.find((item) => item.metric === 'headcount' && item.variant === null && item.segment === null)?.value, Number(headcount.replaceAll(',', '')), 'the JSON export holds the headcount shown');
      continue;
    }
    const words = text.replace(/<[^>]+>/g, '');
    assert.ok(words.includes(sentence), `the ${format} export says "${sentence}"`);
    assert.ok(words.includes(t(lang, 'proposal.section.decision')), `the ${format} export has the heading "${t(lang, 'proposal.section.decision')}"`);
  }
}

/** Export from the sidebar's menu inside the element with that test id, in each format: the saved files' texts by format. */
async function exportFromSidebar(bidi: Bidi, panel: string, downloads: string, scope: string, formats: readonly DocumentFormat[]): Promise<Partial<Record<DocumentFormat, string>>> {
  const texts: Partial<Record<DocumentFormat, string>> = {};
  for (const format of formats) {
    assert.equal(await waitFor(bidi, panel, inPanel('sidebar', clickOn(scope, 'export-menu'))), true, `the export menu is in ${scope}`);
    assert.equal(await waitFor(bidi, panel, inPanel('sidebar', clickOn(`export-${format}`))), true, `the export menu offers ${format}`);
    texts[format] = exportText(await saved(downloads, format));
  }
  return texts;
}

/** Chrome-scope script that reads the clipboard as plain text and as HTML (a JSON pair). */
const readClipboard = `(() => {
  const read = (flavor) => {
    const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
    transferable.init(null);
    transferable.addDataFlavor(flavor);
    Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard, null);
    const data = {};
    transferable.getTransferData(flavor, data);
    return data.value.QueryInterface(Ci.nsISupportsString).data;
  };
  return JSON.stringify([read('text/plain'), read('text/html')]);
})()`;

/** Chrome-scope script (system access) that presses the add-on's toolbar button in the window, as a user would. */
function pressToolbarButton(id: string): string {
  return `(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    ExtensionParent.apiManager.global.browserActionFor(ExtensionParent.GlobalManager.getExtension(${JSON.stringify(id)})).triggerAction(window);
    return true;
  })()`;
}

/** Chrome-scope script that draws the whole browser window (tabs, page, sidebar) as a PNG data URL. */
const drawWindow = `(async () => {
  const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
  const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
  Object.assign(canvas, { width: bitmap.width, height: bitmap.height });
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return canvas.toDataURL('image/png');
})()`;

/** The add-on packed as an XPI (a zip of the build), so it installs permanently and survives a browser restart. */
function packXpi(dir: string, file: string): string {
  const files = Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [relative(dir, path), readFileSync(path)];
  }));
  writeFileSync(file, zipSync(files));
  return file;
}

/** Save a PNG given as a data URL or as base64. */
function savePng(name: string, data: string): void {
  writeFileSync(join(shots, name), Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

/** Follow a Firefox session's requests and console: requests beyond 127.0.0.1 and errors are collected for the final checks. */
async function watch(bidi: Bidi, origin: string, foreign: string[], errors: string[]): Promise<void> {
  bidi.onEvent(({ method, params }) => {
    if (method === 'network.beforeRequestSent') {
      const url = new URL((params.request as { url: string }).url);
      if (!['data:', 'blob:', 'about:', 'moz-extension:'].includes(url.protocol) && url.origin !== origin) foreign.push(url.href);
    }
    if (method === 'log.entryAdded' && params.level === 'error') errors.push(String(params.text));
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
}

/** The session's first tab (the page under test), its chrome window, and a background tab with the panel page. */
async function openTabs(bidi: Bidi): Promise<{ page: string; window: string; panel: string }> {
  const page = ((await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {})).contexts[0]).context;
  const window = ((await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' })).contexts[0]).context;
  const panel = (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab', background: true })).context;
  await bidi.send('browsingContext.navigate', { context: panel, url: panelUrl, wait: 'complete' });
  // The background registers the launcher for granted sites just after install (and keeps it across restarts); pages opened before get none.
  await waitFor(bidi, panel, 'browser.scripting.getRegisteredContentScripts().then((scripts) => scripts.length > 0)');
  return { page, window, panel };
}

const launcher = `document.querySelector('peoplecase-launcher')?.shadowRoot?.querySelector('[data-testid="peoplecase-launcher"]')`;

/** Show the fixture in the page tab, in front, and wait for the launcher: its text. */
async function openFixture(bidi: Bidi, page: string, url: string): Promise<string> {
  await bidi.send('browsingContext.navigate', { context: page, url, wait: 'complete' });
  await bidi.send('browsingContext.activate', { context: page });
  return String(await waitFor(bidi, page, `${launcher}?.textContent`));
}

/** The first session: everything but the restart. */
async function firstSession({ bidi, output }: Firefox, origin: string, downloads: string): Promise<void> {
  const xpi = packXpi(extensionDir, join(profile, '..', `peoplecase-${uuid}.xpi`));
  await bidi.send('webExtension.install', { extensionData: { type: 'archivePath', path: xpi }, 'moz:permanent': true });
  rmSync(xpi);
  const { page, window, panel } = await openTabs(bidi);
  assert.match(await openFixture(bidi, page, `${origin}/odoo-employees.html`), /PeopleCase · 12 rows/);

  // The launcher's click reaches the background as a message, which Firefox does not count as user input: the panel opens in a tab.
  await click(bidi, page, launcher);
  const tabs = async () => (await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts;
  let opened: string | undefined;
  for (const deadline = Date.now() + 10_000; !opened && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) opened = (await tabs()).find((tab) => tab.url === panelUrl && tab.context !== panel)?.context;
  assert.ok(opened, 'the launcher opens the panel in a tab');
  assert.equal(await waitFor(bidi, opened, inPanel('tab', textOf('read-rows'))), '12 of 57 rows', 'the panel opened by the launcher reads the page it came from');
  await bidi.send('browsingContext.close', { context: opened });

  // The toolbar button opens the real sidebar (action.onClicked → sidebarAction.toggle), which reads the page beside it.
  await bidi.send('browsingContext.activate', { context: page });
  await evaluate(bidi, window, pressToolbarButton(addonId));
  assert.equal(await waitFor(bidi, window, 'SidebarController.isOpen && SidebarController.currentID'), `${addonId.replace(/[^\w-]/g, '_')}-sidebar-action`);
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', textOf('read-rows'))), '12 of 57 rows');
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', textOf('read-source'))), `Odoo · ${new URL(origin).host}`);
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', `document.querySelector('[data-testid="preview"] tbody tr td')?.textContent`)), expectedTable('odoo-employees').rows[0][0]);
  const headcount = String(await waitFor(bidi, panel, inPanel('sidebar', textOf('card-headcount', 'value'))));
  assert.equal(headcount, coreHeadcount('odoo-employees'), 'the sidebar shows core\'s headcount');
  await new Promise((resolve) => setTimeout(resolve, 400));
  savePng('firefox-1-sidebar.png', String(await evaluate(bidi, window, drawWindow)));

  // A snapshot taken in the sidebar is in IndexedDB for the panel page too, after a reload.
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', clickOn('take-snapshot'))), true);
  await waitFor(bidi, panel, inPanel('sidebar', textOf('notice')));
  await bidi.send('browsingContext.reload', { context: panel, wait: 'complete' });
  await waitFor(bidi, panel, clickOn('tab-snapshots'));
  assert.equal(await waitFor(bidi, panel, `document.querySelectorAll('[data-testid="history-item"]').length`), 1, 'the snapshot survives a reload');

  // Exports from the sidebar: the snapshot opened there is saved in every format, straight into the downloads folder.
  await waitFor(bidi, panel, inPanel('sidebar', clickOn('tab-snapshots')));
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', clickButton('history-item', 'Open'))), true);
  await waitFor(bidi, panel, inPanel('sidebar', `String(${textOf('opened-snapshot')}).includes(${JSON.stringify(t('en', 'proposal.section.decision'))})`));
  const english = await exportFromSidebar(bidi, panel, downloads, 'opened-snapshot', ['docx', 'pptx', 'html', 'md', 'json']);
  assertExports(english, 'en', headcount);

  // Copy as rich text needs a user's click (Firefox refuses a clipboard write without one), which no script can give the sidebar: copied in the panel tab.
  await waitFor(bidi, panel, clickButton('history-item', 'Open'));
  assert.equal(await waitFor(bidi, panel, clickOn('opened-snapshot', 'export-menu')), true);
  await waitFor(bidi, panel, `document.querySelector('${byTestId('copy-rich-text')}')`);
  assert.equal(await evaluate(bidi, panel, clickOn('copy-rich-text'), true), true);
  assert.equal(await waitFor(bidi, panel, `${textOf('error')} ?? ${textOf('notice')}`), t('en', 'history.copied'));
  const [plain, html] = JSON.parse(String(await evaluate(bidi, window, readClipboard))) as [string, string];
  assert.ok(plain.includes(t('en', 'proposal.section.decision')) && /^<html>.*<strong>/.test(html), 'the clipboard holds the summary as plain text and as HTML');

  // The language switch: the sidebar's labels, and the documents of a snapshot taken then, are in Simplified Chinese until switched back.
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', chooseLanguage('zh-CN'))), true);
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', `${textOf('read-rows')} === '共 57 行，已读取 12 行' && ${textOf('tab-snapshots')}`)), t('zh-CN', 'ui.tab.snapshots'));
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', clickOn('take-snapshot'))), true);
  await waitFor(bidi, panel, inPanel('sidebar', `document.querySelectorAll('[data-testid="history-item"]').length === 2`));
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', clickButton('history-item', t('zh-CN', 'ui.snapshots.open')))), true);
  await waitFor(bidi, panel, inPanel('sidebar', `String(${textOf('opened-snapshot')}).includes(${JSON.stringify(t('zh-CN', 'proposal.section.decision'))})`));
  savePng('firefox-1-sidebar-zh.png', String(await evaluate(bidi, window, drawWindow)));
  const chinese = await exportFromSidebar(bidi, panel, downloads, 'opened-snapshot', ['docx', 'md']);
  assertExports(chinese, 'zh-CN', headcount);
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', chooseLanguage('en'))), true);
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', `${textOf('read-rows')} === '12 of 57 rows' && ${textOf('tab-snapshots')}`)), 'Snapshots');

  // Collecting a scrolled grid: the sidebar reads the page the tab moved to, then scrolls it to the end.
  await bidi.send('browsingContext.navigate', { context: page, url: `${origin}/ag-grid-people-live.html`, wait: 'complete' });
  await waitFor(bidi, panel, inPanel('sidebar', `!String(${textOf('read-source')}).startsWith('Odoo')`));
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', clickOn('collect-all'))), true);
  await waitFor(bidi, panel, inPanel('sidebar', `String(${textOf('read-rows')}).includes('All 1,000 rows')`), 60_000);
  savePng('firefox-2-sidebar-collected.png', String(await evaluate(bidi, window, drawWindow)));

  // Inline badges: off by default, switched on for the site from the sidebar, drawn in the page's rows.
  await bidi.send('browsingContext.navigate', { context: page, url: `${origin}/requisitions-aging.html`, wait: 'complete' });
  await waitFor(bidi, panel, inPanel('sidebar', `/^5 /.test(${textOf('read-rows')})`));
  assert.equal(await evaluate(bidi, page, `document.querySelectorAll('peoplecase-badges').length`), 0, 'inline badges are off by default');
  assert.equal(await waitFor(bidi, panel, inPanel('sidebar', clickOn('badge-switch'))), true, 'the badge switch is shown for the page read');
  const badges = `[...[...document.querySelectorAll('tr')].find((row) => row.textContent.includes('R-2041'))?.querySelector('peoplecase-badges')?.shadowRoot?.querySelectorAll('span') ?? []].map((span) => span.textContent).join(' | ')`;
  assert.match(String(await waitFor(bidi, page, badges)), /^Open \d+ days · over 45 \| Feedback \d+ days past the 3-day SLA$/);
  savePng('firefox-3-sidebar-badges.png', String(await evaluate(bidi, window, drawWindow)));

  await bidi.send('browsingContext.activate', { context: panel });
  await bidi.send('browsingContext.setViewport', { context: panel, viewport: { width: 420, height: 1000 } });
  savePng('firefox-4-panel-tab.png', (await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context: panel })).data);
  assert.deepEqual(addonErrors(output), [], 'the add-on logged no errors');
}

/** After a restart on the same profile: the add-on is still installed, its launcher still registered, both snapshots still kept. */
async function afterRestart({ bidi, output }: Firefox, origin: string): Promise<void> {
  const { page, panel } = await openTabs(bidi);
  assert.match(await openFixture(bidi, page, `${origin}/odoo-employees.html`), /PeopleCase · 12 rows/);
  await waitFor(bidi, panel, clickOn('tab-snapshots'));
  assert.equal(await waitFor(bidi, panel, `document.querySelectorAll('[data-testid="history-item"]').length`), 2, 'the snapshots survive a browser restart');
  assert.deepEqual(addonErrors(output), [], 'the add-on logged no errors after the restart');
}

/** Errors Firefox printed for the add-on's own files (background, panel, content scripts). */
function addonErrors(output: string[]): string[] {
  return output.join('').split('\n').filter((line) => line.includes(`moz-extension://${uuid}`) && /error/i.test(line));
}

const started = Date.now();
const server = await serveFixtures();
const trap = await startTrap();
const downloads = mkdtempSync(join(tmpdir(), 'peoplecase-downloads-'));
const profile = createProfile({ ...userPrefs({ [addonId]: uuid }), ...trapPrefs(trap.port), ...downloadPrefs(downloads) });
const foreign: string[] = [];
const consoleErrors: string[] = [];
try {
  for (const session of [firstSession, afterRestart]) {
    const firefox = await launchFirefox(binary, profile);
    try {
      await watch(firefox.bidi, server.origin, foreign, consoleErrors);
      await session(firefox, server.origin, downloads);
    } finally {
      await firefox.stop();
    }
  }
  assert.deepEqual(consoleErrors, [], 'no page or panel logged an error');
  assert.deepEqual([...foreign, ...trap.hits], [], 'no request left 127.0.0.1');
  console.log(`firefox e2e: ok in ${((Date.now() - started) / 1000).toFixed(1)} s (XPI install, launcher, launcher → panel tab, toolbar → sidebar read equal to core, snapshot across reload and restart, sidebar exports DOCX/PPTX/HTML/Markdown/JSON saved to disk with the headcount, copy as rich text, language switch to Chinese (labels, DOCX/Markdown) and back, collect 1,000 rows by scrolling, inline badges, no add-on errors, no foreign requests)`);
} finally {
  server.close();
  trap.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
}
