import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage, tableProbe } from '../../adapters/index.ts';
import { extensionUrl, localeMessage } from '../../platform/extension-assets.ts';
import { launcherCss } from './launcher-css.ts';

// Fewest milliseconds between two checks while the page mutates (SPA lists render in bursts).
const RECHECK_MS = 1000;

/** Build the launcher's buttons as plain DOM (no framework in the page): open the side panel, or hide for this page view. */
function buildLauncher(container: HTMLElement, rows: number, onClose: () => void): void {
  const wrapper = document.createElement('div');
  wrapper.className = 'launcher';
  const open = document.createElement('button');
  open.className = 'open';
  open.type = 'button';
  open.dataset.testid = 'peoplecase-launcher';
  open.title = localeMessage('launcherTitle');
  const icon = document.createElement('img');
  icon.src = extensionUrl('/icon-32.png');
  icon.alt = '';
  open.append(icon, localeMessage('launcherLabel', rows.toLocaleString()));
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
}

/** Show the launcher once a table with rows is confirmed; the confirming read waits for an idle moment so the page never janks. */
async function showWhenTableFound(ctx: ContentScriptContext): Promise<boolean> {
  if (!document.querySelector(tableProbe)) return false;
  await new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 50)));
  const extraction = extractPage(document, location.href);
  if (!extraction || ctx.isInvalid) return false;
  const ui = await createShadowRootUi(ctx, {
    name: 'peoplecase-launcher',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: launcherCss,
    onMount: (container) => buildLauncher(container, extraction.table.rowCount, () => ui.remove()),
  });
  ui.mount();
  return true;
}

/**
 * Registered only for sites the user granted. On a page without tables the cost is one selector check at idle, then one per
 * second at most while the page mutates; mutation storms only arm a timer.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    if (await showWhenTableFound(ctx)) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const observer = new MutationObserver(() => {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        void showWhenTableFound(ctx).then((shown) => shown && observer.disconnect());
      }, RECHECK_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
