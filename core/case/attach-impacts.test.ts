import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../impact/assumptions.ts';
import type { Finding } from '../findings/finding.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { buildTestDataset } from '../metrics/build-test-dataset.ts';
import { attachImpacts } from './attach-impacts.ts';

function evidence(id: string, metric: string, variant: string | null, numerator: number): Evidence {
  return {
    id, metric, variant, segment: { field: 'department', value: 'R&D' }, period: { from: '2025-01-01', to: '2025-12-31' }, value: 0.2, numerator, denominator: 50, n: 60,
    ci95: [0.1, 0.3], suppressed: false, suppressionReason: null, pValue: 0.001, qValue: 0.002, test: 'two-proportion-z', restValue: 0.08,
    definition: 'turnover_rate.x', unit: 'ratio', direction: 'down', excluded: 0, caveats: [],
  };
}

function finding(evidenceId: string, metric: string, variant: string | null): Finding {
  return {
    id: `segment-gap|${evidenceId}`, kind: 'segment-gap', metric, variant, segment: { field: 'department', value: 'R&D' }, department: 'R&D', evidenceIds: [evidenceId],
    direction: 'worse', effectSize: 1.5, confidence: 0.998, significant: true, impact: null, score: 0, association: null,
  };
}

describe('attachImpacts', () => {
  // R&D: salaries 100,000 and 300,000 → mean 200,000; Sales 50,000 is not R&D's.
  const roster = buildTestDataset({ department: ['R&D', 'R&D', 'Sales'], salary: [100_000, 300_000, 50_000] }, { asOf: '2025-12-31' });
  const voluntary = evidence('turnover_rate:voluntary|department=R&D|2025-01-01..2025-12-31', 'turnover_rate', 'voluntary', 10);
  const headline = evidence('turnover_rate|department=R&D|2025-01-01..2025-12-31', 'turnover_rate', null, 12);
  const sources = { evidenceById: new Map([voluntary, headline].map((e) => [e.id, e])), datasets: { roster }, assumptions: defaultAssumptions };

  it('costs voluntary leavers at the segment’s mean salary × the leaver cost share, as a low/base/high range', () => {
    const { findings, impacts } = attachImpacts([finding(voluntary.id, 'turnover_rate', 'voluntary')], sources);
    // 10 leavers × 200,000 × (0.21 | 0.5 | 1.5) = 420,000 | 1,000,000 | 3,000,000.
    expect(findings[0].impact).toMatchObject({ kind: 'turnover-cost', low: 420_000, base: 1_000_000, high: 3_000_000, evidenceIds: [voluntary.id] });
    expect(impacts).toHaveLength(1);
  });

  it('does not cost headline turnover again where the voluntary split exists', () => {
    const { findings, impacts } = attachImpacts([finding(voluntary.id, 'turnover_rate', 'voluntary'), finding(headline.id, 'turnover_rate', null)], sources);
    expect(findings.find((f) => f.variant === null)!.impact).toBeNull();
    expect(impacts).toHaveLength(1);
  });
});

describe('vacancyImpact', () => {
  const period = '2025-01-01..2025-12-31';
  const sales = { field: 'department', value: 'Sales' };
  const base = { ...evidence(`hiring_plan_completion|department=Sales|${period}`, 'hiring_plan_completion', null, 26), segment: sales };
  const vacancy = { ...evidence(`cost_of_vacancy|department=Sales|${period}`, 'cost_of_vacancy', null, 73), segment: sales, unit: 'currency' as const };
  const revenue = { ...evidence(`revenue_per_head|all|${period}`, 'revenue_per_head', null, 10_000_000), segment: null, denominator: 40 };
  const roster = buildTestDataset({ department: ['Sales'] }, { asOf: '2025-12-31' });

  it('costs the vacant working days at revenue per head per working day (METRICS-SOURCES worked example)', () => {
    const sources = { evidenceById: new Map([base, vacancy, revenue].map((e) => [e.id, e])), datasets: { roster }, assumptions: { ...defaultAssumptions, workingDaysPerYear: { ...defaultAssumptions.workingDaysPerYear, low: 230, base: 230, high: 230 } } };
    const { findings } = attachImpacts([{ ...finding(base.id, 'hiring_plan_completion', null), segment: { field: 'department', value: 'Sales' }, department: 'Sales' }], sources);
    // 10,000,000 ÷ 40 ÷ 230 × 73 = 79,347.83 (the worked example rounds it to 79,350).
    expect(findings[0].impact).toMatchObject({ kind: 'vacancy-cost', evidenceIds: [vacancy.id, revenue.id] });
    expect(findings[0].impact!.base).toBeCloseTo(79_347.83, 2);
  });

  it('gives no cost without revenue data', () => {
    const sources = { evidenceById: new Map([base, vacancy].map((e) => [e.id, e])), datasets: { roster }, assumptions: defaultAssumptions };
    expect(attachImpacts([finding(base.id, 'hiring_plan_completion', null)], sources).findings[0].impact).toBeNull();
  });
});

describe('feedbackImpact', () => {
  const period = '2025-01-01..2025-12-31';
  const sales = { field: 'department', value: 'Sales' };
  const feedback = { ...evidence(`interview_feedback_sla|department=Sales|${period}`, 'interview_feedback_sla', null, 1), segment: sales, direction: 'up' as const };
  const vacancy = { ...evidence(`cost_of_vacancy|department=Sales|${period}`, 'cost_of_vacancy', null, 73), segment: sales, unit: 'currency' as const };
  const revenue = { ...evidence(`revenue_per_head|all|${period}`, 'revenue_per_head', null, 26_000_000), segment: null, denominator: 100 };
  // Sales: C1 and C2 on REQ-1 wait 8 and 6 days, C3 on REQ-2 waits 10; C4 (R&D) and C5 (no feedback yet) count for nothing.
  const candidates = buildTestDataset(
    {
      candidateId: ['C1', 'C1', 'C2', 'C2', 'C3', 'C3', 'C4', 'C4', 'C5'],
      requisitionId: ['REQ-1', 'REQ-1', 'REQ-1', 'REQ-1', 'REQ-2', 'REQ-2', 'REQ-3', 'REQ-3', 'REQ-2'],
      stage: ['Interviewed', 'Feedback Given', 'Interviewed', 'Feedback Given', 'Interviewed', 'Feedback Given', 'Interviewed', 'Feedback Given', 'Interviewed'],
      eventDate: ['2025-03-02', '2025-03-10', '2025-03-03', '2025-03-09', '2025-04-01', '2025-04-11', '2025-05-01', '2025-05-02', '2025-12-29'],
      department: ['Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'R&D', 'R&D', 'Sales'],
    },
    { role: 'candidates', asOf: '2025-12-31' },
  );
  const salesFinding = { ...finding(feedback.id, 'interview_feedback_sla', null), segment: sales, department: 'Sales' };

  it('costs the median days past the SLA on each requisition interviewing, at revenue per head per working day, and not the whole vacancy', () => {
    const sources = { evidenceById: new Map([feedback, vacancy, revenue].map((e) => [e.id, e])), datasets: { candidates }, assumptions: defaultAssumptions };
    const { findings } = attachImpacts([salesFinding], sources);
    // Median of 8, 6 and 10 days = 8; 2 requisitions (REQ-1, REQ-2). A vacant day: 26,000,000 ÷ 100 ÷ 260 = 1,000 (÷ 250 = 1,040).
    // (8 − 3) × 2 × 1,000 = 10,000; high (8 − 3) × 2 × 1,040 = 10,400.
    expect(findings[0].impact).toMatchObject({ kind: 'slow-feedback-cost', low: 10_000, base: 10_000, high: 10_400, evidenceIds: [feedback.id, revenue.id] });
  });

  it('gives no cost without the candidates table or without revenue', () => {
    const withoutCandidates = { evidenceById: new Map([feedback, revenue].map((e) => [e.id, e])), datasets: {}, assumptions: defaultAssumptions };
    const withoutRevenue = { evidenceById: new Map([[feedback.id, feedback]]), datasets: { candidates }, assumptions: defaultAssumptions };
    expect(attachImpacts([salesFinding], withoutCandidates).findings[0].impact).toBeNull();
    expect(attachImpacts([salesFinding], withoutRevenue).findings[0].impact).toBeNull();
  });
});
