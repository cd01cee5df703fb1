import type { Evidence } from '../metrics/evidence.ts';
import { adjustByMetric } from './adjust-by-metric.ts';
import { detectThresholds, type DetectContext } from './detect-context.ts';
import { directionOfChange } from './direction-of-change.ts';
import type { Finding } from './finding.ts';
import { isUsable } from './is-usable.ts';
import { mannKendallTest } from './mann-kendall-test.ts';
import { newFinding } from './new-finding.ts';
import { relativeDifference } from './relative-difference.ts';
import { seriesOf } from './series-of.ts';

/**
 * A metric moving one way over 3 or more periods, per metric + segment ("R&D turnover rose four quarters running"), by the
 * Mann–Kendall test (distribution-free, no straight line assumed) with Benjamini–Hochberg across the segments of each metric;
 * effect = (last − first) ÷ |first|. Listed when significant from a 10% change, or, not significant, when every step moves the
 * same way and the change is 25% or more (3 periods can never be significant). Suppressed periods are left out of the series;
 * a suppressed latest period yields nothing. Primary evidence: the latest period, then the earlier ones in time order.
 * @example trend([q1, q2, q3, q4, q5], {}) // [{ kind: 'trend', direction: 'worse', significant: true, … }] for turnover rising each quarter
 */
export function trend(evidence: readonly Evidence[], _context: DetectContext): Finding[] {
  const runs: { item: Evidence & { value: number }; points: (Evidence & { value: number })[]; s: number; pValue: number }[] = [];
  for (const series of seriesOf(evidence)) {
    const dated = series.filter((item) => item.period !== null);
    const points = dated.filter(isUsable);
    const item = points[points.length - 1];
    if (points.length < detectThresholds.minTrendPeriods || item !== dated[dated.length - 1]) continue;
    runs.push({ item, points, ...mannKendallTest(points.map((point) => point.value)) });
  }
  const qValues = adjustByMetric(runs);
  return runs.flatMap(({ item, points, s }, index) => {
    const q = qValues[index] ?? 1;
    const n = points.length;
    const effectSize = relativeDifference(item.value, points[0].value);
    const significant = q < detectThresholds.alpha;
    const oneWay = Math.abs(s) === (n * (n - 1)) / 2;
    const listed = significant ? Math.abs(effectSize) >= detectThresholds.minEffect : oneWay && Math.abs(effectSize) >= detectThresholds.minEffectUnproven;
    if (!listed) return [];
    return [
      newFinding(item, {
        id: `trend|${item.id}`,
        kind: 'trend',
        evidenceIds: [item.id, ...points.slice(0, -1).map((point) => point.id)],
        direction: directionOfChange(points[0].value, item.value, item.direction),
        effectSize,
        confidence: 1 - q,
        significant,
      }),
    ];
  });
}
