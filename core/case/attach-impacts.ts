import type { Assumptions } from '../impact/assumptions.ts';
import { slowFeedbackCost } from '../impact/slow-feedback-cost.ts';
import { turnoverCost } from '../impact/turnover-cost.ts';
import { vacancyCost } from '../impact/vacancy-cost.ts';
import { dayFromIso } from '../table/day.ts';
import type { Finding, Impact } from '../findings/finding.ts';
import { rankFindings } from '../findings/rank-findings.ts';
import { candidateApplications } from '../metrics/candidate-applications.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { median } from '../stats/median.ts';
import type { Dataset } from '../table/dataset.ts';
import type { TableRole } from '../table/fields.ts';
import { meanSalaryOfSegment } from './mean-salary-of-segment.ts';
import { segmentRows } from './segment-rows.ts';

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

/**
 * Metrics whose worse values mean roles standing empty, so their cost is the revenue the vacancies forgo. Slow interview feedback
 * is left to feedbackImpact: it prices only the vacancy days the feedback delay adds, where the segment's whole vacancy cost would
 * charge the feedback for every other cause of the same open roles and repeat the time-to-fill finding's figure.
 */
const hiringMetrics = new Set(['hiring_plan_completion', 'time_to_fill', 'offer_acceptance_rate']);

/** The evidence item of another metric for the same segment and period (`cost_of_vacancy|department=Sales|2025-…`). */
function sibling(primary: Evidence, metric: string, segment: Evidence['segment'], sources: ImpactSources): Evidence | undefined {
  const scope = segment ? `${segment.field}=${segment.value}` : 'all';
  const period = primary.period ? `${primary.period.from}..${primary.period.to}` : 'snapshot';
  return sources.evidenceById.get(`${metric}|${scope}|${period}`);
}

/** Revenue per head a year and its evidence, from the company's revenue_per_head over the primary item's period (annualised). */
function revenuePerHead(primary: Evidence, sources: ImpactSources): { revenueAnnual: number; employees: number; id: string } | null {
  const revenue = sibling(primary, 'revenue_per_head', null, sources);
  if (!primary.period || !revenue || revenue.numerator === null || revenue.denominator === null) return null;
  const periodDays = dayFromIso(primary.period.to) - dayFromIso(primary.period.from) + 1;
  return { revenueAnnual: (revenue.numerator * 365) / periodDays, employees: revenue.denominator, id: revenue.id };
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
  const revenue = revenuePerHead(primary, sources);
  if (!vacancy || vacancy.numerator === null || vacancy.suppressed || !revenue) return null;
  return vacancyCost(
    { revenueAnnual: revenue.revenueAnnual, employees: revenue.employees, vacantDays: vacancy.numerator, evidenceIds: [vacancy.id, revenue.id] },
    sources.assumptions,
  );
}

/**
 * A segment's interviews held in the period with their feedback: the median days from an application's first interview to its
 * first feedback, and the distinct requisitions those interviews were for (the positions the delay holds up). Interviews still
 * without feedback are left out, so the median errs short. Null without requisition ids or without one such interview.
 * @example feedbackDelays(candidates, sales, year2025) // { medianDays: 8, requisitions: 2 }: waits of 6, 8 and 10 days on REQ-1 and REQ-2
 */
function feedbackDelays(candidates: Dataset, segment: Evidence['segment'], period: { from: number; to: number }): { medianDays: number; requisitions: number } | null {
  const requisition = candidates.fields.requisitionId;
  const inSegment = segmentRows(candidates, segment);
  if (requisition?.type !== 'category' || !inSegment) return null;
  const { count, firstDay, firstRow } = candidateApplications(candidates);
  const delays: number[] = [];
  const requisitions = new Set<number>();
  for (let a = 0; a < count; a++) {
    const interviewed = firstDay.interviewed[a];
    const delay = firstDay.feedback[a] - interviewed;
    if (!(interviewed >= period.from && interviewed <= period.to && delay >= 0) || !inSegment(firstRow[a])) continue;
    delays.push(delay);
    requisitions.add(requisition.codes[firstRow[a]]);
  }
  return delays.length > 0 ? { medianDays: median(delays), requisitions: requisitions.size } : null;
}

/**
 * The cost of slow interview feedback: (median feedback days − the SLA) × the requisitions interviewing in the segment × revenue
 * per head per working day (slowFeedbackCost); null when the finding is not a worse feedback finding or the data has no candidates'
 * requisitions or no revenue.
 * @example feedbackImpact(salesFeedbackFinding, sources)?.kind // 'slow-feedback-cost'
 */
export function feedbackImpact(finding: Finding, sources: ImpactSources): Impact | null {
  if (finding.metric !== 'interview_feedback_sla' || finding.direction !== 'worse') return null;
  const primary = sources.evidenceById.get(finding.evidenceIds[0]);
  const candidates = sources.datasets.candidates;
  if (!primary?.period || primary.suppressed || !candidates) return null;
  const revenue = revenuePerHead(primary, sources);
  const delays = feedbackDelays(candidates, primary.segment, { from: dayFromIso(primary.period.from), to: dayFromIso(primary.period.to) });
  if (!revenue || !delays) return null;
  return slowFeedbackCost(
    { medianFeedbackDays: delays.medianDays, affected: delays.requisitions, revenueAnnual: revenue.revenueAnnual, employees: revenue.employees, evidenceIds: [primary.id, revenue.id] },
    sources.assumptions,
  );
}

/**
 * Impact estimators tried in turn on each finding; the first that applies gives the finding its business impact. A training's
 * return is not estimated: the data holds revenue, not the margin a return must be counted on, and revenue alone overstates it
 * many times over (the demo's sales course came out at 9,093%).
 */
export const impactEstimators = [turnoverImpact, vacancyImpact, feedbackImpact] as const satisfies readonly ((finding: Finding, sources: ImpactSources) => Impact | null)[];

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
