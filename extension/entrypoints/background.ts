import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncLauncherRegistration } from '../platform/granted-sites.ts';
import { parseMessage } from '../platform/messages.ts';

/** Opens the side panel from the toolbar button, the shortcut and the page launcher; keeps the launcher on granted sites only. */
export default defineBackground(() => {
  // Chrome/Edge: the toolbar button (and its shortcut, _execute_action) opens the side panel directly.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  // Firefox has no sidePanel API: the button toggles the sidebar instead.
  if (!browser.sidePanel) browser.action.onClicked.addListener(() => void (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction.toggle());

  browser.runtime.onInstalled.addListener(() => void syncLauncherRegistration());
  browser.runtime.onStartup.addListener(() => void syncLauncherRegistration());
  browser.permissions.onAdded.addListener(() => void syncLauncherRegistration());
  browser.permissions.onRemoved.addListener(() => void syncLauncherRegistration());

  browser.commands.onCommand.addListener((command) => {
    if (command === 'take-snapshot') void browser.runtime.sendMessage({ type: 'take-snapshot' }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (message?.type !== 'open-panel' || sender.tab?.id === undefined) return;
    if (browser.sidePanel) void browser.sidePanel.open({ tabId: sender.tab.id });
    else void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  });
});
