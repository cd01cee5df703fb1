import type { Evidence } from '../metrics/evidence.ts';
import { association } from './association.ts';
import type { DetectContext, Detector } from './detect-context.ts';
import type { Finding } from './finding.ts';
import { offTarget } from './off-target.ts';
import { periodChange } from './period-change.ts';
import { rankFindings } from './rank-findings.ts';
import { segmentGap } from './segment-gap.ts';
import { trend } from './trend.ts';

/** Every detector: adding one is one file and one line here. */
export const detectors = [segmentGap, offTarget, periodChange, trend, association] as const satisfies readonly Detector[];

/**
 * All findings in the evidence, ranked (rankFindings): every detector of the registry runs over the same evidence and context,
 * so what stands out is found the same way for the CLI, the add-in and the extension. No evidence gives no findings.
 * @example detectFindings(evidence, { targets, businessMetrics: ['revenue_per_head'] })[0].kind // 'segment-gap'
 */
export function detectFindings(evidence: readonly Evidence[], context: DetectContext = {}): Finding[] {
  return rankFindings(detectors.flatMap((detect) => detect(evidence, context)));
}
