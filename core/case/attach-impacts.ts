import type { Assumptions } from '../impact/assumptions.ts';
import { turnoverCost } from '../impact/turnover-cost.ts';
import { vacancyCost } from '../impact/vacancy-cost.ts';
import { dayFromIso } from '../table/day.ts';
import type { Finding, Impact } from '../findings/finding.ts';
import { rankFindings } from '../findings/rank-findings.ts';
import type { Evidence } from '../metrics/evidence.ts';
import type { Dataset } from '../table/dataset.ts';
import type { TableRole } from '../table/fields.ts';
import { meanSalaryOfSegment } from './mean-salary-of-segment.ts';

/** What an impact estimator may read besides the finding: the evidence by id, the datasets by role and the assumptions. */
export interface ImpactSources {
  evidenceById: ReadonlyMap<string, Evidence>;
  datasets: Partial<Record<TableRole, Dataset>>;
  assumptions: Assumptions;
}

/** Metrics whose worse values mean people leaving, so their cost is the cost of replacing leavers. */
const leavingMetrics = new Set(['turnover_rate', 'attrition_share']);

/**
 * The cost of a leaving finding: the segment's separations in the period (the evidence's numerator) × the segment's mean
 * salary × the leaver cost share; null when the finding is not about leaving, is not worse, or is headline turnover where
 * the voluntary split exists.
 * @example turnoverImpact(rdVoluntaryTurnoverFinding, sources)?.kind // 'turnover-cost'
 */
export function turnoverImpact(finding: Finding, sources: ImpactSources): Impact | null {
  if (!leavingMetrics.has(finding.metric) || finding.direction !== 'worse') return null;
  const primary = sources.evidenceById.get(finding.evidenceIds[0]);
  const roster = sources.datasets.roster;
  if (!primary || primary.numerator === null || !roster) return null;
  // Voluntary leavers are the ones a retention plan can keep: when the split exists, only the voluntary finding is costed, so
  // one problem is not counted twice.
  if (primary.metric === 'turnover_rate' && primary.variant === null && sources.evidenceById.has(primary.id.replace(/^turnover_rate\|/, 'turnover_rate:voluntary|'))) return null;
  const salaryAnnual = meanSalaryOfSegment(roster, primary.segment);
  return turnoverCost({ separations: primary.numerator, salaryAnnual, evidenceIds: [primary.id] }, sources.assumptions);
}

/** Metrics whose worse values mean roles standing empty, so their cost is the revenue the vacancies forgo. */
const hiringMetrics = new Set(['hiring_plan_completion', 'time_to_fill', 'offer_acceptance_rate', 'interview_feedback_sla']);

/** The evidence item of another metric for the same segment and period (`cost_of_vacancy|department=Sales|2025-…`). */
function sibling(primary: Evidence, metric: string, segment: Evidence['segment'], sources: ImpactSources): Evidence | undefined {
  const scope = segment ? `${segment.field}=${segment.value}` : 'all';
  const period = primary.period ? `${primary.period.from}..${primary.period.to}` : 'snapshot';
  return sources.evidenceById.get(`${metric}|${scope}|${period}`);
}

/**
 * The cost of a hiring finding: the segment's working days of vacancy in the period (cost_of_vacancy's numerator) × revenue per
 * head per working day (the company's revenue ÷ average headcount, annualised, ÷ working days a year); null when the finding is
 * not about hiring, is not worse, or the data has no revenue or no vacancies for it.
 * @example vacancyImpact(salesHiringPlanFinding, sources)?.kind // 'vacancy-cost'
 */
export function vacancyImpact(finding: Finding, sources: ImpactSources): Impact | null {
  if (!hiringMetrics.has(finding.metric) || finding.direction !== 'worse') return null;
  const primary = sources.evidenceById.get(finding.evidenceIds[0]);
  if (!primary?.period) return null;
  const vacancy = sibling(primary, 'cost_of_vacancy', primary.segment, sources);
  const revenue = sibling(primary, 'revenue_per_head', null, sources);
  if (!vacancy || vacancy.numerator === null || vacancy.suppressed || !revenue || revenue.numerator === null || revenue.denominator === null) return null;
  const periodDays = dayFromIso(primary.period.to) - dayFromIso(primary.period.from) + 1;
  return vacancyCost(
    { revenueAnnual: (revenue.numerator * 365) / periodDays, employees: revenue.denominator, vacantDays: vacancy.numerator, evidenceIds: [vacancy.id, revenue.id] },
    sources.assumptions,
  );
}

/** Impact estimators tried in turn on each finding; the first that applies gives the finding its business impact. */
export const impactEstimators = [turnoverImpact, vacancyImpact] as const satisfies readonly ((finding: Finding, sources: ImpactSources) => Impact | null)[];

/**
 * Findings with their business impact attached, re-ranked (impact weighs in the score, DESIGN.md §2), plus the list of impacts.
 * A finding no estimator applies to keeps `impact: null`.
 * @example attachImpacts(findings, sources).findings[0].impact?.kind // 'turnover-cost'
 */
export function attachImpacts(findings: readonly Finding[], sources: ImpactSources): { findings: Finding[]; impacts: Impact[] } {
  const withImpact = findings.map((finding) => {
    if (finding.impact) return finding;
    for (const estimate of impactEstimators) {
      const impact = estimate(finding, sources);
      if (impact) return { ...finding, impact };
    }
    return finding;
  });
  const impacts = [...new Map(withImpact.flatMap((finding) => (finding.impact ? [[finding.impact.id, finding.impact] as const] : []))).values()];
  return { findings: rankFindings(withImpact), impacts };
}
