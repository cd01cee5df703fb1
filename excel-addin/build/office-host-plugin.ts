import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { manifestForUrl } from './manifest-for-url.ts';

/** Microsoft's CDN copy of office.js, which Office requires add-ins to load inside the host. */
export const officeCdnUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The files office.js needs outside Office: without the mapping table next to it, Office.onReady never settles. */
const localOfficeFiles = ['office.js', 'o15apptofilemappingtable.js'] as const;

/**
 * Outside Office nothing may leave the page: office.js's mapping table still opens Microsoft's telemetry proxy frame after
 * 3 s, so the standalone pane forbids frames and every other origin (styles stay inline for Fluent's CSS-in-JS).
 */
export const standaloneContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self' blob: data:; frame-src 'none'; object-src 'none'; base-uri 'self'";

export interface OfficeHostOptions {
  /** True for the standalone/test build: office.js comes from the local npm copy, so the page makes no request to another origin. */
  standalone: boolean;
  /** PEOPLECASE_ADDIN_URL: where the built pane is hosted, written into the manifest. */
  addinUrl: string;
}

/**
 * Vite plugin that puts office.js on the pane before the app (CDN inside Office, the npm copy standalone) and, on build,
 * emits the manifest with the hosting URL and, standalone, office.js with its mapping table.
 * @example officeHost({ standalone: true, addinUrl: 'https://localhost:3000' }).name // 'peoplecase-office-host'
 */
export function officeHost(options: OfficeHostOptions): Plugin {
  const officeDir = dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/dist/office.js'));
  return {
    name: 'peoplecase-office-host',
    transformIndexHtml: () => [
      ...(options.standalone ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: standaloneContentSecurityPolicy }, injectTo: 'head-prepend' as const }] : []),
      { tag: 'script', attrs: { src: options.standalone ? './office/office.js' : officeCdnUrl }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      const manifest = readFileSync(new URL('../manifest.xml', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: manifestForUrl(manifest, options.addinUrl) });
      if (!options.standalone) return;
      for (const file of localOfficeFiles) this.emitFile({ type: 'asset', fileName: `office/${file}`, source: readFileSync(join(officeDir, file)) });
    },
  };
}
