import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'test/**/*.test.ts', 'ui/**/*.test.{ts,tsx}', 'excel-addin/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
