import type { Evidence } from '../metrics/evidence.ts';
import type { DetectContext } from './detect-context.ts';
import { detectThresholds, minEffectOf } from './detect-context.ts';
import { directionOfChange } from './direction-of-change.ts';
import type { Finding } from './finding.ts';
import { isUsable } from './is-usable.ts';
import { newFinding } from './new-finding.ts';
import { relativeDifference } from './relative-difference.ts';
import { seriesOf } from './series-of.ts';

/**
 * Segments far from the rest of the population in their latest period ("R&D voluntary turnover 18% vs rest 9%"), from the
 * evidence's own test against the rest: effect = (value − rest) ÷ |rest|; significant when q (Benjamini–Hochberg across the
 * segments scanned, else p) < 0.05, listed from a 10% gap (5% for pay against market); a gap of 25% or more that fails the
 * test is listed with significant = false so the text says there is too little data. Suppressed and untested items (counts: a
 * size difference is not a finding) never produce one. No evidence, no findings.
 * @example segmentGap([rdTurnover], {}) // [{ kind: 'segment-gap', department: 'R&D', effectSize: 1, direction: 'worse', … }]
 */
export function segmentGap(evidence: readonly Evidence[], _context: DetectContext): Finding[] {
  const findings: Finding[] = [];
  for (const series of seriesOf(evidence)) {
    const item = series[series.length - 1];
    if (!item.segment || !isUsable(item) || item.restValue === null || item.pValue === null) continue;
    const p = item.qValue ?? item.pValue;
    const effectSize = relativeDifference(item.value, item.restValue);
    const significant = p < detectThresholds.alpha;
    const size = Math.abs(effectSize);
    if (size < minEffectOf(item.metric, significant)) continue;
    findings.push(
      newFinding(item, {
        id: `segment-gap|${item.id}`,
        kind: 'segment-gap',
        evidenceIds: [item.id],
        direction: directionOfChange(item.restValue, item.value, item.direction),
        effectSize,
        confidence: 1 - p,
        significant,
      }),
    );
  }
  return findings;
}
