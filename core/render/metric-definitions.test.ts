import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { metricDefinitions } from './metric-definitions.ts';

describe('metricDefinitions', () => {
  it('names each metric once with its catalogued definition, in the reader’s language', () => {
    const ids = ['turnover_rate:voluntary|department=R&D|2024-01-01..2024-12-31', 'compa_ratio|all|2024-12-31', 'turnover_rate|all|2024-01-01..2024-12-31'];
    expect(metricDefinitions('en', ids)).toEqual([
      `Turnover rate: ${t('en', 'metric.turnover_rate.definition')}`,
      `Compa-ratio: ${t('en', 'metric.compa_ratio.definition')}`,
    ]);
    expect(metricDefinitions('zh-CN', ids)[0]).toBe(`${t('zh-CN', 'metric.turnover_rate.name')}：${t('zh-CN', 'metric.turnover_rate.definition')}`);
  });

  it('leaves out metrics without a definition and gives nothing for no evidence', () => {
    expect(metricDefinitions('en', ['no_such_metric|all|2024'])).toEqual([]);
    expect(metricDefinitions('en', [])).toEqual([]);
  });
});
