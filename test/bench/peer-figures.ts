import { monthlyCheckpointDays } from './bench-scenario.ts';
import { figureKey, type Figure, type SuiteResult } from './suite-result.ts';

/**
 * The aggregates both peers compute per department and overall (DuckDB as BIGINT / DOUBLE, arquero as numbers; NULL or
 * NaN where there is nothing): the tallies our metrics are made of, named alike so one function turns either into figures.
 */
export interface PeerTallies {
  headcount: unknown;
  /** Active on any day of the period (turnover n). */
  people: unknown;
  /** Σ over the 24 monthly checkpoints of people active on it (24 × average monthly headcount). */
  presence: unknown;
  separations: unknown;
  voluntary: unknown;
  involuntary: unknown;
  started: unknown;
  stayed: unknown;
  hires_90: unknown;
  left_90: unknown;
  hires_365: unknown;
  left_365: unknown;
  tenure: unknown;
  compa: unknown;
  compa_n: unknown;
  /** Median compa-ratio and count of the period's voluntary leavers (at their last salary). */
  leaver_compa: unknown;
  leavers: unknown;
  /** Quality of hire: the period's hires with 90 days of service and a readable rating, and those meeting expectations. */
  rated: unknown;
  meeting: unknown;
  men_pay: unknown;
  women_pay: unknown;
  pay_n: unknown;
  reports: unknown;
  managers: unknown;
}

/** NULL / NaN / ±∞ as null, like the evidence layer shows them. */
function finite(value: unknown): number | null {
  const number = value === null || value === undefined ? NaN : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** A ratio figure: null for an empty denominator. */
function ratio(numerator: unknown, denominator: unknown, n: unknown): Figure {
  return { value: finite(Number(numerator ?? 0) / Number(denominator ?? 0)), n: Number(n ?? 0) };
}

/** The relative median gap (men − women) ÷ men, null unless both medians exist and men's is positive. */
function relativeGap(menPay: unknown, womenPay: unknown): number | null {
  const men = finite(menPay);
  const women = finite(womenPay);
  return men !== null && women !== null && men > 0 ? (men - women) / men : null;
}

/**
 * Add one segment's figures (null = whole population) to the suite, from a peer's tallies: turnover = separations ÷
 * (presence ÷ 24), the rates as numerator ÷ denominator, medians as computed, the raw pay gap from the two medians.
 */
export function addPeerFigures(tallies: PeerTallies, segment: string | null, suite: SuiteResult): void {
  const set = (metric: string, variant: string | null, figure: Figure) => (suite[figureKey(metric, variant, segment)] = figure);
  const averageHeadcount = Number(tallies.presence ?? 0) / monthlyCheckpointDays().length;
  const headcount = Number(tallies.headcount);
  set('headcount', null, { value: headcount, n: headcount });
  set('turnover_rate', null, ratio(tallies.separations, averageHeadcount, tallies.people));
  set('turnover_rate', 'voluntary', ratio(tallies.voluntary, averageHeadcount, tallies.people));
  set('turnover_rate', 'involuntary', ratio(tallies.involuntary, averageHeadcount, tallies.people));
  set('retention_rate', null, ratio(tallies.stayed, tallies.started, tallies.started));
  set('early_attrition', null, ratio(tallies.left_90, tallies.hires_90, tallies.hires_90));
  set('early_attrition', '1y', ratio(tallies.left_365, tallies.hires_365, tallies.hires_365));
  set('tenure', null, { value: finite(tallies.tenure), n: headcount });
  set('compa_ratio', null, { value: finite(tallies.compa), n: Number(tallies.compa_n) });
  set('leaver_compa_ratio', 'voluntary', { value: finite(tallies.leaver_compa), n: Number(tallies.leavers) });
  set('quality_of_hire', null, ratio(tallies.meeting, tallies.rated, tallies.rated));
  set('pay_gap', null, { value: relativeGap(tallies.men_pay, tallies.women_pay), n: Number(tallies.pay_n) });
  set('span_of_control', null, ratio(tallies.reports, tallies.managers, tallies.managers));
}

/** Add one segment's level-adjusted pay gap (Σ women × gap ÷ Σ women over the kept levels) to the suite. */
export function addAdjustedGap(gap: unknown, n: unknown, segment: string | null, suite: SuiteResult): void {
  suite[figureKey('pay_gap', 'adjusted', segment)] = { value: finite(gap), n: Number(n ?? 0) };
}

/** Add one segment's share of voluntary leavers citing `reason` (÷ those in the period who gave a reason) to the suite. */
export function addExitReasonShare(reason: string, cited: unknown, given: unknown, segment: string | null, suite: SuiteResult): void {
  suite[figureKey('exit_reason_share', reason, segment)] = ratio(cited, given, given);
}
