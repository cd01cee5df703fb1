import { defineConfig } from 'wxt';
import { knownHrisMatches } from './extension/adapters/index.ts';

/**
 * The browser extension (issue 5): MV3 for Chrome/Edge (`wxt build`) and Firefox (`wxt build -b firefox`).
 * Least permission: activeTab for the page the user is on when they open PeopleCase; host access only as optional
 * permissions granted per HRIS site. The `e2e` mode grants 127.0.0.1 up front, since a test cannot click a permission prompt.
 */
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: 'dist/extension',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox shows the panel as a sidebar (sidebar_action, generated from the same entrypoint) and has no sidePanel permission.
    permissions: browser === 'firefox' ? ['activeTab', 'storage', 'scripting'] : ['activeTab', 'sidePanel', 'storage', 'scripting'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    optional_host_permissions: [...knownHrisMatches, 'https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox 140 (Android 142) is the first to read data_collection_permissions, which AMO requires of new extensions.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'peoplecase@peoplecase.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } } : {}),
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandOpen__' },
      'take-snapshot': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSnapshot__' },
    },
  }),
});
