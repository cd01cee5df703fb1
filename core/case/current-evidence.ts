import type { CaseAnalysis } from '../analyze-case.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { isoFromDay } from '../table/day.ts';

/**
 * Evidence of the analysed period or of a point in time, without the previous period analyzeCase keeps only for change
 * findings — what a dashboard shows. No period: only point-in-time evidence.
 * @example currentEvidence(analysis).every((item) => item.period === null || item.period.to === '2025-12-31') // true
 */
export function currentEvidence(analysis: Pick<CaseAnalysis, 'evidence' | 'period'>): Evidence[] {
  const period = analysis.period && { from: isoFromDay(analysis.period.from), to: isoFromDay(analysis.period.to) };
  return analysis.evidence.filter((item) => item.period === null || (period !== null && item.period.from === period.from && item.period.to === period.to));
}
