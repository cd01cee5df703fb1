import type { Evidence } from '../metrics/evidence.ts';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import { detectThresholds, type DetectContext } from './detect-context.ts';
import type { Finding } from './finding.ts';
import { isUsable } from './is-usable.ts';
import { newFinding } from './new-finding.ts';
import { spearmanTest } from './spearman-test.ts';

type ByDepartment = Map<string, Evidence & { value: number }>;

/**
 * HR metrics that move with a business metric across departments ("departments with higher turnover sold less per head"), always
 * an association, never a cause: Spearman's rho over the departments both metrics have in their latest shared period (suppressed
 * ones left out), with Benjamini–Hochberg across every pair tested; effect = |rho|. Never with fewer than 5 departments; listed
 * when significant from |rho| = 0.3, or not significant from 0.5. Business metrics are those named in `context.businessMetrics`;
 * none named, no findings. Direction is 'neutral': which side is good is read from the two metrics, not claimed here.
 * @example association(evidence, { businessMetrics: ['revenue_per_head'] }) // [{ kind: 'association', association: { businessMetric: 'revenue_per_head', r: -0.94, n: 8, pValue: 0.0004 }, … }]
 */
export function association(evidence: readonly Evidence[], context: DetectContext): Finding[] {
  const business = new Set(context.businessMetrics ?? []);
  const metrics = groupByMetric(evidence);
  const tests: { hr: (Evidence & { value: number })[]; outcome: (Evidence & { value: number })[]; rho: number; pValue: number }[] = [];
  for (const { metric: hrMetric, periods: hrPeriods } of metrics) {
    if (business.has(hrMetric)) continue;
    for (const { metric: outcomeMetric, periods: outcomePeriods } of metrics) {
      if (!business.has(outcomeMetric)) continue;
      const period = [...hrPeriods.keys()].filter((key) => outcomePeriods.has(key)).sort().pop();
      if (period === undefined) continue;
      const hrItems = hrPeriods.get(period)!;
      const outcomeItems = outcomePeriods.get(period)!;
      const departments = [...hrItems.keys()].filter((department) => outcomeItems.has(department)).sort();
      if (departments.length < detectThresholds.minAssociationN) continue;
      const hr = departments.map((department) => hrItems.get(department)!);
      const outcome = departments.map((department) => outcomeItems.get(department)!);
      const { rho, pValue } = spearmanTest(hr.map((item) => item.value), outcome.map((item) => item.value));
      if (pValue !== null) tests.push({ hr, outcome, rho, pValue });
    }
  }
  const qValues = benjaminiHochberg(tests.map((test) => test.pValue));
  return tests.flatMap(({ hr, outcome, rho, pValue }, index) => {
    const q = qValues[index]!;
    const significant = q < detectThresholds.alpha;
    if (Math.abs(rho) < (significant ? detectThresholds.minAssociationR : detectThresholds.minAssociationRUnproven)) return [];
    const outcomeName = outcome[0].variant ? `${outcome[0].metric}:${outcome[0].variant}` : outcome[0].metric;
    const hrName = hr[0].variant ? `${hr[0].metric}:${hr[0].variant}` : hr[0].metric;
    const period = hr[0].period ? `|${hr[0].period.from}..${hr[0].period.to}` : '';
    return [
      newFinding(hr[0], {
        id: `association|${hrName}~${outcomeName}${period}`,
        kind: 'association',
        segment: null,
        evidenceIds: [...hr, ...outcome].map((item) => item.id),
        direction: 'neutral',
        effectSize: Math.abs(rho),
        confidence: 1 - q,
        significant,
        association: { businessMetric: outcomeName, r: rho, n: hr.length, pValue },
      }),
    ];
  });
}

/** Usable per-department evidence, one entry per metric + variant, as period → department → item. */
function groupByMetric(evidence: readonly Evidence[]): { metric: string; periods: Map<string, ByDepartment> }[] {
  const groups = new Map<string, { metric: string; periods: Map<string, ByDepartment> }>();
  for (const item of evidence) {
    if (item.segment?.field !== 'department' || !isUsable(item)) continue;
    const key = JSON.stringify([item.metric, item.variant]);
    const group = groups.get(key) ?? { metric: item.metric, periods: new Map<string, ByDepartment>() };
    const periodKey = item.period ? `${item.period.from}..${item.period.to}` : '';
    const departments = group.periods.get(periodKey) ?? new Map();
    departments.set(item.segment.value, item);
    group.periods.set(periodKey, departments);
    groups.set(key, group);
  }
  return [...groups.values()];
}
