import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectPage } from '../page/capture-page.ts';
import { parseMessage } from '../platform/messages.ts';

/**
 * Injected by the side panel when the user asks for the whole table: scrolls or pages through it, reporting progress to the
 * panel and stopping when the panel says cancel; returns every row collected.
 */
export default defineUnlistedScript(async () => {
  const controller = new AbortController();
  const onMessage = (raw: unknown) => {
    if (parseMessage(raw)?.type === 'collect-cancel') controller.abort();
  };
  browser.runtime.onMessage.addListener(onMessage);
  try {
    return await collectPage(document, location.href, {
      signal: controller.signal,
      onProgress: (rows, total) => void browser.runtime.sendMessage({ type: 'collect-progress', rows, total }).catch(() => undefined),
    });
  } finally {
    browser.runtime.onMessage.removeListener(onMessage);
  }
});
