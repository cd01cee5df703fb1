import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One WebDriver BiDi event as Firefox sends it. */
export type BidiEvent = { method: string; params: Record<string, unknown> };

/** A WebDriver BiDi connection: commands answered by id, events to listeners. */
export type Bidi = {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  onEvent(listener: (event: BidiEvent) => void): void;
  close(): void;
};

/** A running Firefox: its BiDi session, what it printed (the browser console goes to stdout), and how to stop it. */
export type Firefox = { bidi: Bidi; output: string[]; stop(): Promise<void> };

/** The Firefox binary to drive: FIREFOX_PATH, else Debian's firefox-esr or firefox; null when none is installed (the test skips). */
export function firefoxBinary(): string | null {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path !== undefined && existsSync(path)) ?? null;
}

/**
 * Profile prefs for a quiet, closed-network test browser: unsigned temporary add-ons, a fixed moz-extension UUID per add-on
 * id (so the panel URL is known), no first-run pages, telemetry, updates or remote settings, and the browser console on
 * stdout so extension errors can be read. Firefox's remote agent adds its own recommended test prefs on top (a release build
 * honours their remote-settings server only when MOZ_DISABLE_NONLOCAL_CONNECTIONS is set, as launchFirefox does).
 */
export function userPrefs(extensionUuids: Record<string, string>): Record<string, string | number | boolean> {
  return {
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify(extensionUuids),
    'extensions.autoDisableScopes': 0,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'services.settings.server': 'data:,',
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'browser.region.network.url': '',
    'geo.provider.network.url': '',
    'media.gmp-manager.url': '',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-provider.enabled': false,
    'media.eme.enabled': false,
    'dom.push.connection.enabled': false,
    'browser.translations.enable': false,
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
  };
}

/**
 * Prefs that save every download straight into `dir`, with no dialog or downloads panel: a test reads the files there
 * (Firefox writes `name.part` beside the file and renames it over the file when the download ends).
 */
export function downloadPrefs(dir: string): Record<string, string | number | boolean> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.download.open_pdf_attachments_inline': false,
  };
}

/** The prefs as user.js lines. */
function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`).join('');
}

/** Open a BiDi WebSocket (Node's global WebSocket: Node 22+, or Node 20 with --experimental-websocket). */
export async function connectBidi(url: string): Promise<Bidi> {
  if (typeof WebSocket === 'undefined') throw new Error('no global WebSocket: run with node --experimental-websocket (Node 20) or Node 22+');
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(value: never): void; reject(error: Error): void; method: string }>();
  const listeners: ((event: BidiEvent) => void)[] = [];
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(String(message.data)) as { id?: number; type: string; method?: string; params?: Record<string, unknown>; result?: never; error?: string; message?: string };
    if (data.type === 'event') return listeners.forEach((listener) => listener({ method: data.method!, params: data.params ?? {} }));
    const waiting = data.id === undefined ? undefined : pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id!);
    if (data.type === 'success') waiting.resolve(data.result!);
    else waiting.reject(new Error(`${waiting.method}: ${data.error} ${data.message ?? ''}`));
  });
  socket.addEventListener('close', () => pending.forEach(({ reject, method }) => reject(new Error(`${method}: connection closed`))));
  return {
    send: (method, params = {}) => new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: never) => void, reject, method });
      socket.send(JSON.stringify({ id, method, params }));
    }),
    onEvent: (listener) => void listeners.push(listener),
    close: () => socket.close(),
  };
}

/** A fresh profile folder whose user.js holds the prefs; the caller removes it (a restart reuses it). */
export function createProfile(prefs: Record<string, string | number | boolean>): string {
  const profile = mkdtempSync(join(tmpdir(), 'peoplecase-firefox-'));
  writeFileSync(join(profile, 'user.js'), userJs(prefs));
  return profile;
}

/**
 * Start headless Firefox on the profile with the remote agent on a free port (system access: to open moz-extension pages
 * and press toolbar buttons), and open a BiDi session. Mozilla's test-harness switch refuses non-local connections.
 */
export async function launchFirefox(binary: string, profile: string): Promise<Firefox> {
  const child = spawn(binary, ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, 'about:blank'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' } });
  const output: string[] = [];
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its remote agent:\n${output.join('')}`)), 30_000);
    const read = (chunk: Buffer) => {
      output.push(String(chunk));
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output.join(''));
      if (found) { clearTimeout(timer); resolve(found[1]); }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Firefox exited with ${code}:\n${output.join('')}`)); });
  });
  const bidi = await connectBidi(`${endpoint}/session`);
  await bidi.send('session.new', { capabilities: {} });
  return { bidi, output, stop: () => stopFirefox(bidi, child) };
}

/** End the session (Firefox quits) and wait for the process to go (killed if it lingers). */
async function stopFirefox(bidi: Bidi, child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  await bidi.send('browser.close').catch(() => undefined);
  bidi.close();
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
