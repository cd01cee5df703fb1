import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messageKeys, t, type MessageKey } from '../i18n/index.ts';
import { allMetrics } from './index.ts';
import type { Metric } from './metric.ts';

const folder = fileURLToPath(new URL('.', import.meta.url));
const sourceFiles = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

const isMetric = (value: unknown): value is Metric =>
  typeof value === 'object' && value !== null && typeof (value as Metric).id === 'string' && typeof (value as Metric).compute === 'function' && typeof (value as Metric).appliesTo === 'function';

/** Every exported Metric of core/metrics, with the file and export name it comes from. */
async function exportedMetrics(): Promise<{ file: string; name: string; metric: Metric }[]> {
  const found: { file: string; name: string; metric: Metric }[] = [];
  for (const file of sourceFiles) {
    if (file === 'index.ts') continue;
    const module: Record<string, unknown> = await import(`./${file}`);
    for (const [name, value] of Object.entries(module)) if (isMetric(value)) found.push({ file, name, metric: value });
  }
  return found;
}

describe('metric registry', () => {
  it('registers every metric file, named after its id, with its camelCase export', async () => {
    const exported = await exportedMetrics();
    expect(exported.length).toBeGreaterThan(0);
    for (const { file, name, metric } of exported) {
      expect(allMetrics, `${file} exports ${name} but allMetrics lacks it`).toContain(metric);
      expect(file).toBe(`${metric.id.replaceAll('_', '-')}.ts`);
      expect(name).toBe(metric.id.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()));
    }
    expect(exported.map(({ metric }) => metric).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...allMetrics].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('has unique snake_case ids, each with a test file beside it', () => {
    const ids = allMetrics.map((metric) => metric.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(existsSync(`${folder}${id.replaceAll('_', '-')}.test.ts`), `${id} has no test`).toBe(true);
    }
  });

  it('states a formula and a source, and names and defines each metric in English and Chinese', () => {
    for (const metric of allMetrics) {
      expect(metric.formula.length, metric.id).toBeGreaterThan(10);
      expect(metric.source.length, metric.id).toBeGreaterThan(5);
      for (const part of ['name', 'definition']) {
        const key = `metric.${metric.id}.${part}`;
        expect(messageKeys('en'), key).toContain(key);
        expect(messageKeys('zh-CN'), key).toContain(key);
        expect(t('zh-CN', key as MessageKey), key).not.toBe(t('en', key as MessageKey));
      }
    }
  });
});
