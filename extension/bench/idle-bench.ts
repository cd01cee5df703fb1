import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/** The e2e build grants 127.0.0.1, so its launcher runs on the bench pages as it would on a granted HRIS site. */
const extensionDir = new URL('../../dist/extension/chrome-mv3-e2e/', import.meta.url).pathname;
const RUNS = 5;
const SETTLE_MS = 2500;

/** Pages the launcher meets: a long page without tables, the same page mutating for two seconds (an SPA re-rendering), a fixture with a table. */
const pages: Record<string, string> = {
  'no-table': `<main>${'<section><h2>News</h2><p>Quarterly update <a href="#">more</a></p><ul><li>One</li><li>Two</li></ul></section>'.repeat(2000)}</main>`,
  'mutation-storm': `<main id="feed"></main><script>const feed = document.getElementById('feed'); const timer = setInterval(() => { for (let i = 0; i < 50; i++) feed.append(Object.assign(document.createElement('p'), { textContent: 'update ' + i })); }, 10); setTimeout(() => clearInterval(timer), 2000);</script>`,
  'odoo-table': readFileSync(new URL('../../test/fixtures/hris/odoo-employees.html', import.meta.url), 'utf8'),
};

const server = createServer((request, response) => {
  const body = pages[new URL(request.url ?? '/', 'http://x').pathname.slice(1)];
  response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

/** Main-thread script time (CDP ScriptDuration, which includes content scripts) of loading a page and leaving it for a while. */
async function scriptMs(withExtension: boolean, page: string): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'peoplecase-idle-'));
  const extension = withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...extension, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(`${origin}/${page}`);
    await tab.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('build the extension first: npm run build:extension:e2e');
// Every script that runs in HRIS pages: the launcher on granted sites, capture and collect injected on the panel's demand.
for (const [name, file] of [['launcher content script', 'content-scripts/launcher.js'], ['capture script', 'capture.js'], ['collect script', 'collect.js']]) {
  const script = readFileSync(join(extensionDir, file));
  console.log(`${name}: ${(script.length / 1024).toFixed(1)} KB, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip (budget 60 KB gzip)`);
}
console.log(`content-script cost: main-thread script time with minus without the extension, median of ${RUNS} loads, ${SETTLE_MS} ms on the page`);
for (const page of Object.keys(pages)) {
  const without: number[] = [];
  const withIt: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    without.push(await scriptMs(false, page));
    withIt.push(await scriptMs(true, page));
  }
  console.log(`${page.padEnd(15)} without ${median(without).toFixed(1).padStart(6)} ms   with ${median(withIt).toFixed(1).padStart(6)} ms   cost ${(median(withIt) - median(without)).toFixed(1).padStart(6)} ms`);
}
server.close();
