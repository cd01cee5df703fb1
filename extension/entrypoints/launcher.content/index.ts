import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { localeMessage } from '../../platform/locale-message.ts';
import { readTableProbe } from '../../platform/probe-setting.ts';
import { tableSignature } from '../../page/table-signature.ts';
import { keepBadges } from './keep-badges.ts';
import { launcherCss } from './launcher-css.ts';

// Fewest milliseconds between two checks while the page mutates (SPA lists render in bursts).
const RECHECK_MS = 1000;

/** PeopleCase's mark (three rising bars on the brand square) drawn inline, so the page never loads an extension file. */
function brandIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const shapes: [number, number, number, number, string][] = [[0, 0, 16, 16, '#ffffff'], [3, 9, 2.5, 4, '#0f6cbd'], [6.75, 6, 2.5, 7, '#0f6cbd'], [10.5, 3, 2.5, 10, '#0f6cbd']];
  for (const [x, y, width, height, fill] of shapes) {
    const rect = document.createElementNS(ns, 'rect');
    for (const [name, value] of Object.entries({ x, y, width, height, fill, rx: width === 16 ? 3 : 0.5 })) rect.setAttribute(name, String(value));
    svg.append(rect);
  }
  return svg;
}

/** The launcher's label for a table of `rows` rows. */
const rowsLabel = (rows: number) => localeMessage('launcherLabel', rows.toLocaleString());

/**
 * Build the launcher's buttons as plain DOM (no framework in the page): open the side panel, or hide for this page view; the
 * label is returned, to be told a new row count.
 */
function buildLauncher(container: HTMLElement, rows: number, onClose: () => void): Text {
  const label = document.createTextNode(rowsLabel(rows));
  const wrapper = document.createElement('div');
  wrapper.className = 'launcher';
  const open = document.createElement('button');
  open.className = 'open';
  open.type = 'button';
  open.dataset.testid = 'peoplecase-launcher';
  open.title = localeMessage('launcherTitle');
  open.append(brandIcon(), label);
  open.addEventListener('click', () => void browser.runtime.sendMessage({ type: 'open-panel' }));
  const close = document.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.textContent = '×';
  close.title = localeMessage('launcherHide');
  close.setAttribute('aria-label', localeMessage('launcherHide'));
  close.addEventListener('click', onClose);
  wrapper.append(open, close);
  container.append(wrapper);
  return label;
}

/** The rows of the page's table, read by the background with the capture script; 0 when there is none. */
async function countRows(): Promise<number> {
  const answer = (await browser.runtime.sendMessage({ type: 'count-rows' })) as { rows?: unknown } | undefined;
  return typeof answer?.rows === 'number' ? answer.rows : 0;
}

/**
 * Show the launcher once a table with rows is confirmed. The page-side check is one selector; only when it matches does the
 * background read the page (the capture script, injected on demand), at an idle moment so the page never janks.
 */
async function showWhenTableFound(ctx: ContentScriptContext, probe: string): Promise<Text | null> {
  if (!document.querySelector(probe)) return null;
  await new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 50)));
  const rows = await countRows();
  if (rows === 0 || ctx.isInvalid) return null;
  const ui = await createShadowRootUi(ctx, {
    name: 'peoplecase-launcher',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: launcherCss,
    onMount: (container) => buildLauncher(container, rows, () => ui.remove()),
  });
  ui.mount();
  return ui.mounted ?? null;
}

/** Tell the side panel, if it is open on this tab, that the page's tables now have this signature. */
function reportChange(signature: string): void {
  void browser.runtime.sendMessage({ type: 'page-changed', signature }).catch(() => undefined);
}

/**
 * Registered only for sites the user granted, and kept tiny (no adapter code): on a page without tables its work is one
 * storage read and one selector check at idle, then one check per second at most while the page mutates; once a table is
 * found, the same check fingerprints the tables and reports a change to the side panel (a single-page HRIS pages, filters and
 * routes without loading a page); the optional badges add one storage read unless switched on for the site.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const probe = await readTableProbe();
    if (!probe) return;
    keepBadges(ctx, probe, RECHECK_MS);
    let signature: string | null = null;
    let label: Text | null = null;
    let scrolledAt = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const observer = new MutationObserver(() => {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        void check();
      }, RECHECK_MS);
    });
    // Once a table is found, text edits count too (a framework that reuses its row elements pages by changing their text
    // alone), and scrolls are noted: a virtualised grid swaps its rows as the user scrolls, other rows of the same data.
    const watchTable = (shown: Text) => {
      label = shown;
      signature = tableSignature(document, probe);
      ctx.addEventListener(document, 'scroll', () => (scrolledAt = performance.now()), { capture: true, passive: true });
      observer.disconnect();
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    };
    const check = async () => {
      if (signature === null) {
        const shown = await showWhenTableFound(ctx, probe);
        if (shown) watchTable(shown);
        return;
      }
      const now = tableSignature(document, probe);
      const changed = now !== signature && performance.now() - scrolledAt > 2 * RECHECK_MS;
      signature = now;
      if (!changed) return;
      reportChange(now);
      // The launcher's count follows the table too; an empty answer (the table gone for now) keeps the last one.
      const rows = await countRows().catch(() => 0);
      if (rows > 0 && label) label.data = rowsLabel(rows);
    };
    const shown = await showWhenTableFound(ctx, probe);
    if (shown) watchTable(shown);
    else observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
