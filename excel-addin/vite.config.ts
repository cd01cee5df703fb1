import { fileURLToPath } from 'node:url';
import basicSsl from '@vitejs/plugin-basic-ssl';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { defaultAddinUrl } from './build/manifest-for-url.ts';
import { officeHost } from './build/office-host-plugin.ts';

/**
 * The Excel task pane. `vite build` → dist/excel-addin (office.js from Microsoft's CDN, manifest for PEOPLECASE_ADDIN_URL);
 * `--mode standalone` → dist/excel-addin-standalone (office.js from the npm copy: a plain browser, no other origin);
 * `vite` (npm run start:excel) serves the pane over https on localhost:3000 with a self-signed certificate for sideloading.
 */
export default defineConfig(({ command, mode }) => {
  const standalone = mode === 'standalone';
  return {
    root: fileURLToPath(new URL('./taskpane', import.meta.url)),
    base: './',
    publicDir: fileURLToPath(new URL('./assets', import.meta.url)),
    plugins: [react(), officeHost({ standalone, addinUrl: process.env.PEOPLECASE_ADDIN_URL || defaultAddinUrl }), ...(command === 'serve' && !standalone ? [basicSsl({ name: 'peoplecase-localhost' })] : [])],
    server: { port: 3000, strictPort: true, host: 'localhost' },
    worker: { format: 'es' },
    build: {
      outDir: fileURLToPath(new URL(standalone ? '../dist/excel-addin-standalone' : '../dist/excel-addin', import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: true,
      chunkSizeWarningLimit: 1500,
    },
  };
});
