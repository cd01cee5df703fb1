import type { Evidence } from '../../core/metrics/evidence.ts';

/** One figure of the suite: the value (null when there is none) and the people behind it. */
export interface Figure {
  value: number | null;
  n: number;
  /** Hidden by small-group suppression (ours only: the peers publish everything). */
  suppressed?: boolean;
}

/** Every figure of the suite, keyed `metric[:variant]|segment` (segment `all` for the whole population). */
export type SuiteResult = Record<string, Figure>;

/** The key of one figure, shaped like the start of an evidence id so mismatches read naturally. */
export function figureKey(metric: string, variant: string | null, segment: string | null): string {
  return `${metric}${variant ? `:${variant}` : ''}|${segment ?? 'all'}`;
}

/** Our evidence as suite figures, so it can be compared with the peers'. */
export function suiteFromEvidence(evidence: readonly Evidence[]): SuiteResult {
  const result: SuiteResult = {};
  for (const item of evidence) {
    const figure: Figure = item.suppressed ? { value: item.value, n: item.n, suppressed: true } : { value: item.value, n: item.n };
    result[figureKey(item.metric, item.variant, item.segment?.value ?? null)] = figure;
  }
  return result;
}

/** Whether two values agree: both missing, or within `tolerance` relative to the larger magnitude (exactly when both are 0). */
function valuesAgree(a: number | null, b: number | null, tolerance: number): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The disagreements between our suite and a peer's, one line each: figures the peer has and we lack, different n, or values
 * further apart than `tolerance` (relative); a figure our evidence suppresses (fewer than k people behind it or behind what
 * subtraction would reveal) is compared by n only. Figures only we have are not disagreements (see uncoveredMetrics).
 * An empty list means we agree on every figure the peer computes.
 * @example compareSuites({ 'headcount|all': { value: 3, n: 3 } }, { 'headcount|all': { value: 3, n: 3 } }, 1e-9) // []
 */
export function compareSuites(ours: SuiteResult, theirs: SuiteResult, tolerance: number): string[] {
  const problems: string[] = [];
  for (const [key, b] of Object.entries(theirs)) {
    const a = ours[key];
    if (a === undefined) problems.push(`${key}: only in theirs`);
    else if (a.n !== b.n || (!a.suppressed && !b.suppressed && !valuesAgree(a.value, b.value, tolerance))) problems.push(`${key}: ours ${a.value} (n ${a.n}) vs ${b.value} (n ${b.n})`);
  }
  return problems;
}

/** Metrics (with variant) in our suite that a peer does not compute: new metrics the peers have yet to reproduce. */
export function uncoveredMetrics(ours: SuiteResult, theirs: SuiteResult): string[] {
  const metricOf = (key: string) => key.split('|')[0];
  const covered = new Set(Object.keys(theirs).map(metricOf));
  return [...new Set(Object.keys(ours).map(metricOf))].filter((metric) => !covered.has(metric));
}
