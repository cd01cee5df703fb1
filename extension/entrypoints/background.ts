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
    if (message?.type === 'open-panel') {
      if (browser.sidePanel) void browser.sidePanel.open({ tabId });
      else void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    }
    if (message?.type === 'count-rows') {
      void readTab(tabId).then(
        (reading) => sendResponse({ rows: reading.kind === 'read' ? reading.capture.rows.length : 0 }),
        () => sendResponse({ rows: 0 }),
      );
      return true;
    }
  });
});
