import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../metrics/evidence.ts';
import { turnoverCost } from '../impact/turnover-cost.ts';
import { defaultAssumptions } from '../impact/assumptions.ts';
import { detectFindings, detectors } from './detect-findings.ts';
import { evidenceFixture } from './evidence-fixture.ts';
import { findingKindSchema, findingSchema } from './finding.ts';
import { rankFindings } from './rank-findings.ts';

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const departments = ['R&D', 'Sales', 'Ops', 'Finance', 'Marketing', 'Support'];
const voluntary = (department: string, y: number, numerator: number, tested: Partial<Evidence> = {}) =>
  evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', department, ...year(y), numerator, denominator: 100, ...tested });

// A small company: R&D loses engineers (18% vs 9% elsewhere, up from 8% last year), the goal is 5%;
// revenue per head is lower where turnover is higher.
const evidence: Evidence[] = [
  ...departments.map((department, i) => voluntary(department, 2023, [8, 9, 8, 10, 9, 9][i])),
  ...departments.map((department, i) =>
    voluntary(department, 2024, [18, 9, 8, 10, 11, 7][i], { restValue: i === 0 ? 0.09 : 0.11, pValue: i === 0 ? 0.003 : 0.5, qValue: i === 0 ? 0.018 : 0.6, test: 'two-proportion-z' }),
  ),
  ...departments.map((department, i) =>
    evidenceFixture({ metric: 'revenue_per_head', department, ...year(2024), value: [150, 260, 270, 240, 230, 290][i], unit: 'currency', direction: 'up' }),
  ),
];
const context = {
  targets: [{ metric: 'turnover_rate', variant: 'voluntary', department: 'R&D', target: 0.05, deadline: '2025-12-31' }],
  businessMetrics: ['revenue_per_head'],
};

describe('detectFindings', () => {
  it('registers exactly one detector per finding kind, each in its own tested file', () => {
    const camel = (kind: string) => kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    expect(detectors.map((detect) => detect.name).sort()).toEqual(findingKindSchema.options.map(camel).sort());
    for (const kind of findingKindSchema.options) {
      expect(existsSync(new URL(`./${kind}.ts`, import.meta.url)), kind).toBe(true);
      expect(existsSync(new URL(`./${kind}.test.ts`, import.meta.url)), kind).toBe(true);
    }
  });

  it('finds the planted R&D story, every finding valid against the contract', () => {
    const findings = detectFindings(evidence, context);
    for (const finding of findings) expect(findingSchema.parse(finding)).toEqual(finding);
    const rd = findings.filter((f) => f.department === 'R&D' || f.kind === 'association');
    expect(rd.map((f) => [f.kind, f.significant])).toEqual([
      ['off-target', true], // 18% against a 5% goal: a census fact without an interval
      ['association', true], // rho = −1 over 6 departments, p = 2/720
      ['segment-gap', true], // q = 0.018
      ['period-change', false], // 8% → 18%: p = 0.036, but q = 6 × 0.036 = 0.21 across the 6 departments
    ]);
    // The other departments' gaps fail their tests: listed only when 25% or more, never significant.
    const others = findings.filter((f) => !rd.includes(f));
    expect(others.every((f) => f.kind === 'segment-gap' && !f.significant && Math.abs(f.effectSize) >= 0.25)).toBe(true);
  });

  it('a costed finding moves up once the proposal builder attaches its impact and re-ranks', () => {
    const findings = detectFindings(evidence, context);
    const gap = findings.find((f) => f.kind === 'segment-gap')!;
    const impact = turnoverCost({ separations: 18, salaryAnnual: 80_000, evidenceIds: gap.evidenceIds }, defaultAssumptions);
    const reranked = rankFindings(findings.map((f) => (f.id === gap.id ? { ...f, impact } : f)));
    const position = (list: { id: string }[]) => list.findIndex((f) => f.id === gap.id);
    expect(position(reranked)).toBeLessThan(position(findings));
    expect(reranked[position(reranked)].score).toBeCloseTo(2 * gap.score, 10);
  });

  it('no evidence, no findings', () => {
    expect(detectFindings([])).toEqual([]);
  });
});
