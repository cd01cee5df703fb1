import { describe, expect, it } from 'vitest';
import { detectFindings } from '../findings/detect-findings.ts';
import { evidenceFixture } from '../findings/evidence-fixture.ts';
import { findingViews } from './finding-views.ts';

describe('findingViews', () => {
  const evidence = [
    evidenceFixture({ metric: 'turnover_rate', numerator: 30, denominator: 300 }),
    evidenceFixture({ metric: 'turnover_rate', department: 'R&D', numerator: 24, denominator: 100, restValue: 6 / 200, pValue: 0.0001, qValue: 0.0002 }),
    evidenceFixture({ metric: 'turnover_rate', department: 'Sales', numerator: 6, denominator: 200, restValue: 24 / 100, pValue: 0.0001, qValue: 0.0002 }),
  ];

  it('gives each finding the sentence the proposal uses, in both languages, with its rank and certainty', () => {
    const findings = detectFindings(evidence);
    const en = findingViews('en', evidence, findings, new Date('2025-03-01'));
    const zh = findingViews('zh-CN', evidence, findings, new Date('2025-03-01'));
    expect(en.length).toBeGreaterThan(0);
    expect(en.map((view) => view.id)).toEqual(zh.map((view) => view.id));
    expect(en[0].text).toMatch(/R&D/);
    expect(zh[0].text).toMatch(/[\u4e00-\u9fff]/);
    expect(en[0]).toMatchObject({ significant: true });
  });

  it('gives no views for no findings', () => {
    expect(findingViews('en', evidence, [])).toEqual([]);
  });
});
