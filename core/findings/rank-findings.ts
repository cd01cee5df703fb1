import type { Finding } from './finding.ts';

/**
 * Largest |effect size| a score counts: past 200% (a group at three times the others, or a reference near zero such as a
 * comparison group's change of −0.2 points) a relative difference says the gap is large but no longer how large, so
 * confidence and cost decide among such gaps instead of a near-zero denominator.
 */
const maxScoredEffect = 2;

/**
 * Findings scored and ordered so the proposal leads with what matters (DESIGN.md §2): score = min(|effect size|, 2) × confidence
 * × impact weight, where impact weight = 1 + |impact base| ÷ the largest |impact base| among the findings, and 1 without an
 * impact — so a costed finding never ranks below the same finding uncosted, and the costliest weighs double. Significant
 * findings come first, then higher score; ties are broken by id, so the order is stable. Returns new objects; an empty list
 * gives an empty list.
 * @example rankFindings([smallGap, costlyGap]).map((f) => f.id) // [costlyGap.id, smallGap.id]
 */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  const largest = findings.reduce((max, finding) => Math.max(max, Math.abs(finding.impact?.base ?? 0)), 0);
  const weightOf = (finding: Finding): number => (finding.impact && largest > 0 ? 1 + Math.abs(finding.impact.base) / largest : 1);
  return findings
    .map((finding) => ({ ...finding, score: Math.min(Math.abs(finding.effectSize), maxScoredEffect) * finding.confidence * weightOf(finding) }))
    .sort((a, b) => Number(b.significant) - Number(a.significant) || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
