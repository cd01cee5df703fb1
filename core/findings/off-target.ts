import type { Evidence } from '../metrics/evidence.ts';
import { detectThresholds, type DetectContext, type Target } from './detect-context.ts';
import { directionOfChange } from './direction-of-change.ts';
import type { Finding } from './finding.ts';
import { isUsable } from './is-usable.ts';
import { newFinding } from './new-finding.ts';
import { pValueFromIntervals } from './p-value-from-intervals.ts';
import { relativeDifference } from './relative-difference.ts';
import { seriesOf } from './series-of.ts';

/**
 * Metrics on the wrong side of a department's target in their latest period ("R&D voluntary turnover 18% vs the 5% goal"):
 * effect = (value − target) ÷ |target|, listed when worse given the metric's direction (for a neutral metric, when 10% or more
 * away). Confidence from the value's 95% interval against the fixed target (Altman & Bland); a value without an interval (a
 * count, a total) is a census fact, so confidence 1. Targets are stated goals, not a scan, so no multiple-testing correction.
 * No targets or no matching unsuppressed evidence: no findings.
 * @example offTarget([rdTurnover], { targets: [{ metric: 'turnover_rate', department: 'R&D', target: 0.05, deadline: '2025-12-31' }] })
 * // [{ kind: 'off-target', effectSize: 2.6, direction: 'worse', target: { value: 0.05, deadline: '2025-12-31' }, … }]
 */
export function offTarget(evidence: readonly Evidence[], context: DetectContext): Finding[] {
  const findings: Finding[] = [];
  for (const target of context.targets ?? []) {
    const series = seriesOf(evidence.filter((item) => matches(item, target)));
    for (const item of series.map((list) => list[list.length - 1])) {
      if (!isUsable(item)) continue;
      const effectSize = relativeDifference(item.value, target.target);
      const direction = directionOfChange(target.target, item.value, item.direction);
      const missed = direction === 'worse' || (item.direction === 'neutral' && Math.abs(effectSize) >= detectThresholds.minEffect);
      if (!missed) continue;
      const p = item.ci95 ? pValueFromIntervals(item.value, item.ci95, target.target, null) : 0;
      findings.push(
        newFinding(item, {
          id: `off-target|${item.id}|${target.target}@${target.deadline}`,
          kind: 'off-target',
          evidenceIds: [item.id],
          direction,
          effectSize,
          confidence: 1 - p,
          significant: p < detectThresholds.alpha,
          target: { value: target.target, deadline: target.deadline },
        }),
      );
    }
  }
  return findings;
}

function matches(item: Evidence, target: Target): boolean {
  if (item.metric !== target.metric || item.variant !== (target.variant ?? null)) return false;
  if (target.department === null) return item.segment === null;
  return item.segment?.field === 'department' && item.segment.value === target.department;
}
