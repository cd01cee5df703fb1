import type { Evidence } from '../metrics/evidence.ts';
import { adjustByMetric } from './adjust-by-metric.ts';
import { changePValue } from './change-p-value.ts';
import { detectThresholds, minEffectOf, type DetectContext } from './detect-context.ts';
import { directionOfChange } from './direction-of-change.ts';
import type { Finding } from './finding.ts';
import { isUsable } from './is-usable.ts';
import { newFinding } from './new-finding.ts';
import { relativeDifference } from './relative-difference.ts';
import { seriesOf } from './series-of.ts';

/**
 * The latest period against the one before it, per metric + segment ("Sales offer acceptance fell from 80% to 60%"): effect =
 * (latest − previous) ÷ |previous|, tested by changePValue and corrected by Benjamini–Hochberg across the segments of each metric;
 * listed like segment gaps (minEffectOf: significant from 10%, 5% for pay, unproven from 25%; untestable counts get confidence
 * 0). Periods must not overlap; a suppressed latest or previous period yields nothing. Fewer than two periods: no findings.
 * @example periodChange([sales2023, sales2024], {}) // [{ kind: 'period-change', evidenceIds: [sales2024.id, sales2023.id], … }]
 */
export function periodChange(evidence: readonly Evidence[], _context: DetectContext): Finding[] {
  const pairs: { item: Evidence & { value: number }; previous: Evidence & { value: number }; pValue: number | null }[] = [];
  for (const series of seriesOf(evidence)) {
    const dated = series.filter((item) => item.period !== null);
    const [previous, latest] = dated.slice(-2);
    if (!latest || !isUsable(latest) || !isUsable(previous) || previous.period!.to >= latest.period!.from) continue;
    pairs.push({ item: latest, previous, pValue: changePValue(previous, latest) });
  }
  const qValues = adjustByMetric(pairs);
  return pairs.flatMap(({ item, previous }, index) => {
    const q = qValues[index];
    const effectSize = relativeDifference(item.value, previous.value);
    const significant = q !== null && q < detectThresholds.alpha;
    if (Math.abs(effectSize) < minEffectOf(item.metric, significant)) return [];
    return [
      newFinding(item, {
        id: `period-change|${item.id}`,
        kind: 'period-change',
        evidenceIds: [item.id, previous.id],
        direction: directionOfChange(previous.value, item.value, item.direction),
        effectSize,
        confidence: q === null ? 0 : 1 - q,
        significant,
      }),
    ];
  });
}
