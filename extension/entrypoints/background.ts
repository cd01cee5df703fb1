import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { tableProbe } from '../adapters/index.ts';
import { syncLauncherRegistration } from '../platform/granted-sites.ts';
import { parseMessage } from '../platform/messages.ts';
import { publishTableProbe } from '../platform/probe-setting.ts';
import { readTab } from '../platform/read-tab.ts';

/** Keep the launcher registered for exactly the granted sites, with the probe selector of this build. */
function prepareLauncher(): void {
  void publishTableProbe(tableProbe).then(syncLauncherRegistration);
}

/** The panel page, opened as a tab beside the page when the browser will not open its sidebar for us. */
function openPanelTab(index: number | undefined): Promise<unknown> {
  return browser.tabs.create({ url: '/sidepanel.html', index: index === undefined ? undefined : index + 1 });
}

/**
 * Open the panel for the page's launcher. Chrome/Edge open the side panel; Firefox opens its sidebar only from a user input
 * handler, and a content script's message is not one, so there the panel opens in a tab beside the page (it reads that page).
 */
function openPanel(tabId: number, index: number | undefined): Promise<unknown> {
  if (browser.sidePanel) return browser.sidePanel.open({ tabId });
  return (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open().catch(() => openPanelTab(index));
}

/** Opens the side panel from the toolbar button, the shortcut and the page launcher; keeps the launcher on granted sites only. */
export default defineBackground(() => {
  // Chrome/Edge: the toolbar button (and its shortcut, _execute_action) opens the side panel directly.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  // Firefox has no sidePanel API: the button toggles the sidebar instead.
  if (!browser.sidePanel) browser.action.onClicked.addListener(() => void (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction.toggle());

  browser.runtime.onInstalled.addListener(prepareLauncher);
  browser.runtime.onStartup.addListener(prepareLauncher);
  browser.permissions.onAdded.addListener(() => void syncLauncherRegistration());
  browser.permissions.onRemoved.addListener(() => void syncLauncherRegistration());

  browser.commands.onCommand.addListener((command) => {
    if (command === 'take-snapshot') void browser.runtime.sendMessage({ type: 'take-snapshot' }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (message?.type === 'open-panel') void openPanel(tabId, sender.tab?.index);
    if (message?.type === 'count-rows') {
      void readTab(tabId).then(
        (reading) => sendResponse({ rows: reading.kind === 'read' ? reading.capture.rows.length : 0 }),
        () => sendResponse({ rows: 0 }),
      );
      return true;
    }
  });
});
