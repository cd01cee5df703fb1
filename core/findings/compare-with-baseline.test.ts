import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from './compare-with-baseline.ts';
import { evidenceFixture } from './evidence-fixture.ts';

describe('compareWithBaseline', () => {
  const here = [
    evidenceFixture({ metric: 'turnover_rate', numerator: 18, denominator: 100 }),
    evidenceFixture({ metric: 'turnover_rate', department: 'R&D', numerator: 9, denominator: 40 }),
    evidenceFixture({ metric: 'early_attrition', numerator: 1, denominator: 4, suppressed: true, value: null }),
    evidenceFixture({ metric: 'retention_rate', numerator: 80, denominator: 100 }),
  ];
  const baseline = [
    evidenceFixture({ metric: 'turnover_rate', numerator: 90, denominator: 1000 }),
    evidenceFixture({ metric: 'early_attrition', numerator: 10, denominator: 100 }),
  ];

  it('puts each whole-population figure beside the baseline\'s, in both languages', () => {
    expect(compareWithBaseline('en', here, baseline, 'roster.csv', 'USD').map((line) => line.text)).toEqual(['Turnover: 18.0% here vs 9.0% in roster.csv']);
    expect(compareWithBaseline('zh-CN', here, baseline, 'roster.csv', 'CNY')[0]).toMatchObject({ metric: 'turnover_rate', here: 0.18, baseline: 0.09 });
    expect(compareWithBaseline('zh-CN', here, baseline, 'roster.csv', 'CNY')[0].text).toContain('roster.csv');
  });

  it('leaves out segments, hidden figures and figures only one side has', () => {
    expect(compareWithBaseline('en', here, baseline, 'roster.csv', 'USD').map((line) => line.metric)).toEqual(['turnover_rate']);
    expect(compareWithBaseline('en', here, [], 'roster.csv', 'USD')).toEqual([]);
  });
});
