import type { Evidence } from '../metrics/evidence.ts';

/**
 * Evidence grouped into series, one per metric + variant + segment, each sorted by period start (undated items first), so
 * detectors can take the latest value or walk the periods. Suppressed items stay in place: a detector must not skip a
 * suppressed latest period and present an older one as current. An empty list gives no series.
 * @example seriesOf([q2, q1]) // [[q1, q2]] when both are turnover_rate for R&D
 */
export function seriesOf(evidence: readonly Evidence[]): Evidence[][] {
  const series = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const key = JSON.stringify([item.metric, item.variant, item.segment?.field ?? null, item.segment?.value ?? null]);
    const list = series.get(key);
    if (list) list.push(item);
    else series.set(key, [item]);
  }
  const start = (item: Evidence): string => item.period?.from ?? '';
  return [...series.values()].map((list) => list.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0)));
}
