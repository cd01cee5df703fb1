import type { Finding } from '../../findings/finding.ts';

/** A filter on findings; every field left out matches anything, except direction, which defaults to worse. */
export interface FindingCondition {
  metrics: readonly string[];
  /** Variants accepted (null = the headline value); all when left out. */
  variants?: readonly (string | null)[];
  directions?: readonly Finding['direction'][];
  /** true = only findings that passed their test, false = only those that did not. */
  significant?: boolean;
  kinds?: readonly Finding['kind'][];
  segmentFields?: readonly (string | null)[];
}

/** Metrics that measure people leaving or staying. */
export const leavingMetrics = ['turnover_rate', 'attrition_share', 'retention_rate'] as const;

/** Leaving measured as the headline or the voluntary part: involuntary exits call for other plays. */
export const leavingVariants = [null, 'voluntary'] as const;

/** Metrics that measure how fast and how fully hiring goes. */
export const hiringMetrics = ['hiring_plan_completion', 'time_to_fill', 'time_to_hire'] as const;

/**
 * Findings meeting a condition, strongest first, or null when none does: the shape every recommendation's `appliesWhen` returns.
 * @example findingsMatching(findings, { metrics: ['early_attrition'] }) // the worse early-attrition findings, or null
 */
export function findingsMatching(findings: readonly Finding[], condition: FindingCondition): Finding[] | null {
  const directions = condition.directions ?? ['worse'];
  const matched = findings.filter(
    (finding) =>
      condition.metrics.includes(finding.metric) &&
      (condition.variants === undefined || condition.variants.includes(finding.variant)) &&
      directions.includes(finding.direction) &&
      (condition.significant === undefined || finding.significant === condition.significant) &&
      (condition.kinds === undefined || condition.kinds.includes(finding.kind)) &&
      (condition.segmentFields === undefined || condition.segmentFields.includes(finding.segment?.field ?? null)),
  );
  return matched.length > 0 ? [...matched].sort((a, b) => b.score - a.score) : null;
}

/**
 * Findings meeting any of several conditions, each once, strongest first, or null when none does: for plays that answer
 * different symptoms of one problem.
 * @example findingsMatchingAny(findings, [{ metrics: ['cost_per_hire'] }, { metrics: ['hiring_plan_completion'], significant: true }])
 */
export function findingsMatchingAny(findings: readonly Finding[], conditions: readonly FindingCondition[]): Finding[] | null {
  const matched = new Map<string, Finding>();
  for (const condition of conditions) for (const finding of findingsMatching(findings, condition) ?? []) matched.set(finding.id, finding);
  return matched.size > 0 ? [...matched.values()].sort((a, b) => b.score - a.score) : null;
}
