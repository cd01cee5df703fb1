import { evidenceFixture } from '../findings/evidence-fixture.ts';
import type { Finding, Impact } from '../findings/finding.ts';
import { newFinding, type FindingFacts } from '../findings/new-finding.ts';
import type { Lang } from '../i18n/index.ts';
import { defaultAssumptions } from '../impact/assumptions.ts';
import type { Evidence } from '../metrics/evidence.ts';
import type { ProposalInput } from './proposal-input.ts';

const year = { from: '2024-01-01', to: '2024-12-31' };

/**
 * A finding from a hand-made evidence item, through the detectors' own constructor, with the facts a test cares about.
 * @example findingFixture(rdTurnover, { kind: 'segment-gap', significant: true }).department // 'R&D'
 */
export function findingFixture(primary: Evidence, facts: Partial<FindingFacts> & Partial<Pick<Finding, 'score' | 'impact'>>): Finding {
  const { score, impact, ...rest } = facts;
  return {
    ...newFinding(primary, {
      id: `${rest.kind ?? 'segment-gap'}|${primary.id}`,
      kind: 'segment-gap',
      evidenceIds: [primary.id],
      direction: 'worse',
      effectSize: 0.5,
      confidence: 0.99,
      significant: true,
      ...rest,
    }),
    score: score ?? 1,
    impact: impact ?? null,
  };
}

/** Departments with a voluntary turnover item, and a revenue per head, for the association across departments. */
const departments = [
  { name: 'R&D', turnover: 0.183, revenue: 210_000, headcount: 120 },
  { name: 'Sales', turnover: 0.11, revenue: 260_000, headcount: 90 },
  { name: 'Marketing', turnover: 0.15, revenue: 230_000, headcount: 30 },
  { name: 'Finance', turnover: 0.06, revenue: 300_000, headcount: 40 },
  { name: 'Operations', turnover: 0.08, revenue: 280_000, headcount: 60 },
  { name: 'Legal', turnover: 0.05, revenue: 310_000, headcount: 12 },
] as const;

/**
 * A small hand-made company with the stories the demo plants — R&D losing engineers paid below market, Sales' hiring plan at
 * half with slow interview feedback, a Sales training that moved conversion — plus an inconclusive gap, a suppressed group,
 * excluded rows and an association, so one input exercises every wording rule.
 * @example sampleInput('en', 'R&D').findings.length // 9
 */
export function sampleInput(lang: Lang, scope: string | null): ProposalInput {
  const turnover = departments.map((department) =>
    evidenceFixture({
      metric: 'turnover_rate',
      variant: 'voluntary',
      department: department.name,
      ...year,
      value: department.turnover,
      n: department.headcount,
      restValue: department.name === 'R&D' ? 0.092 : department.name === 'Marketing' ? 0.104 : null,
      ci95: department.name === 'R&D' ? [0.121, 0.262] : null,
      caveats: department.name === 'Marketing' ? ['small-n'] : [],
      excluded: department.name === 'R&D' ? 3 : 0,
      definition: 'turnover_rate.shrm-average-monthly-headcount',
    }),
  );
  const revenue = departments.map((department) =>
    evidenceFixture({ metric: 'revenue_per_head', department: department.name, ...year, value: department.revenue, unit: 'currency', direction: 'up', n: department.headcount }),
  );
  const headcount = [
    evidenceFixture({ metric: 'headcount', ...year, value: 356, unit: 'count', direction: 'neutral', n: 356 }),
    ...departments.map((department) =>
      evidenceFixture({ metric: 'headcount', department: department.name, ...year, value: department.headcount, unit: 'count', direction: 'neutral', n: department.headcount }),
    ),
  ];
  const supportTurnover = evidenceFixture({
    metric: 'turnover_rate',
    variant: 'voluntary',
    department: 'Support',
    ...year,
    value: null,
    n: 4,
    suppressed: true,
    suppressionReason: 'small-group',
  });
  const companyTurnover = evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', ...year, value: 0.114, n: 356 });
  const rdCompa = evidenceFixture({ metric: 'compa_ratio', department: 'R&D', ...year, value: 0.88, restValue: 1.01, ci95: [0.85, 0.91], n: 118, direction: 'up' });
  const rdFillBefore = evidenceFixture({ metric: 'time_to_fill', department: 'R&D', from: '2023-01-01', to: '2023-12-31', value: 45, unit: 'days', n: 30 });
  const rdFillNow = evidenceFixture({ metric: 'time_to_fill', department: 'R&D', ...year, value: 62, unit: 'days', n: 28 });
  const recruiting = (metric: string, department: string | undefined, numerator: number, denominator: number, restValue: number | null = null) =>
    evidenceFixture({ metric, department, ...year, value: numerator / denominator, numerator, denominator, n: denominator, restValue, direction: 'up' });
  const salesPlan = recruiting('hiring_plan_completion', 'Sales', 25, 50, 0.86);
  const salesFeedback = recruiting('interview_feedback_sla', 'Sales', 44, 80, 0.9);
  const hiringData = [
    recruiting('hiring_plan_completion', undefined, 55, 86),
    recruiting('hiring_plan_completion', 'R&D', 26, 28),
    recruiting('interview_feedback_sla', undefined, 150, 190),
    recruiting('interview_feedback_sla', 'R&D', 106, 110),
    recruiting('offer_acceptance_rate', 'Sales', 25, 38),
    recruiting('offer_acceptance_rate', 'R&D', 30, 36),
    recruiting('quality_of_hire', 'Sales', 17, 25, 0.8),
    recruiting('quality_of_hire', 'R&D', 25, 30, 0.68),
    recruiting('cooperation_sla', 'R&D', 40, 42),
    evidenceFixture({ metric: 'approval_cycle_time', department: 'R&D', ...year, value: 3, unit: 'days', n: 42 }),
    evidenceFixture({ metric: 'approval_cycle_time', department: 'Sales', ...year, value: 8, unit: 'days', n: 20 }),
  ];
  const salesTraining = evidenceFixture({ metric: 'training_effect', department: 'Sales', ...year, value: 0.042, restValue: 0.008, n: 40, direction: 'up' });
  const evidence = [...turnover, ...revenue, ...headcount, ...hiringData, supportTurnover, companyTurnover, rdCompa, rdFillBefore, rdFillNow, salesPlan, salesFeedback, salesTraining];

  const rdTurnover = turnover[0];
  const marketingTurnover = turnover[2];
  const turnoverCost: Impact = {
    id: `turnover-cost|${rdTurnover.id}`,
    kind: 'turnover-cost',
    low: 312_000,
    base: 743_000,
    high: 2_229_000,
    currency: 'USD',
    assumptionKeys: ['leaverCostShare'],
    evidenceIds: [rdTurnover.id],
  };
  const vacancyCost: Impact = {
    id: `vacancy-cost|${salesPlan.id}`,
    kind: 'vacancy-cost',
    low: 180_000,
    base: 240_000,
    high: 370_000,
    currency: 'USD',
    assumptionKeys: ['workingDaysPerYear', 'salaryAnnualFallback'],
    evidenceIds: [salesPlan.id],
  };
  const findings = [
    findingFixture(rdTurnover, { confidence: 0.996, score: 9, impact: turnoverCost }),
    findingFixture(rdCompa, { confidence: 0.999, score: 7 }),
    findingFixture(rdFillNow, { kind: 'period-change', evidenceIds: [rdFillNow.id, rdFillBefore.id], confidence: 0.97, score: 4 }),
    findingFixture(salesPlan, { confidence: 0.99, score: 8 }),
    findingFixture(salesFeedback, { confidence: 0.98, score: 6 }),
    findingFixture(salesTraining, { direction: 'better', confidence: 0.97, score: 5 }),
    findingFixture(marketingTurnover, { significant: false, confidence: 0.7, score: 2 }),
    findingFixture(supportTurnover, { significant: false, confidence: 0, score: 1 }),
    findingFixture(rdTurnover, {
      id: 'association|turnover_rate:voluntary~revenue_per_head',
      kind: 'association',
      segment: null,
      evidenceIds: [...turnover, ...revenue].map((item) => item.id),
      direction: 'neutral',
      confidence: 0.98,
      score: 3,
      association: { businessMetric: 'revenue_per_head', r: -0.83, n: departments.length, pValue: 0.02 },
    }),
  ];
  return {
    lang,
    scope,
    evidence,
    findings,
    impacts: [vacancyCost],
    assumptions: defaultAssumptions,
    goals: [
      { department: 'R&D', goal: 'Ship the new platform on schedule', metric: null, target: null, deadline: '2025-09-30' },
      { department: 'Sales', goal: 'Grow new-customer revenue', metric: 'hiring_plan_completion', target: 0.95, deadline: '2025-06-30' },
    ],
    sources: [{ label: 'roster.csv', rows: 1_214, fingerprint: 'sha256:ab34f09e' }],
    now: new Date('2025-03-14T09:00:00Z'),
  };
}
