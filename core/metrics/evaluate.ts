import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import { compareProportions } from '../stats/compare-proportions.ts';
import { mannWhitneyVsRest } from '../stats/mann-whitney-vs-rest.ts';
import { medianConfidenceInterval } from '../stats/median-confidence-interval.ts';
import { quantileConfidenceInterval } from '../stats/quantile-confidence-interval.ts';
import { quantileOfRest } from '../stats/quantile-of-rest.ts';
import { sortedAscending } from '../stats/sorted-ascending.ts';
import { tieCorrection } from '../stats/tie-correction.ts';
import { wilsonInterval } from '../stats/wilson-interval.ts';
import type { Dataset } from '../table/dataset.ts';
import { isoFromDay } from '../table/day.ts';
import type { Evidence } from './evidence.ts';
import { mergeSorted } from './merge-sorted.ts';
import type { GroupTally, Metric, MetricContext } from './metric.ts';
import { suppressGroups, suppressTotal, type Hidden } from './suppress-groups.ts';

/** How evidence is derived: the smallest group whose figures may be shown (DESIGN.md §6; 5 by default, never below 3). */
export interface EvaluateOptions {
  k?: number;
}

/** Below this many people an estimate (rate, median, mean) gets the `small-n` caveat: the common n ≥ 30 rule of thumb for normal approximations; exact counts get none. */
const SMALL_N = 30;

/** What the comparison with the rest of the population found for one group. */
interface Comparison {
  test: Evidence['test'];
  pValue: number | null;
  restValue: number | null;
}

const noComparison: Comparison = { test: null, pValue: null, restValue: null };

const finiteOrNull = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * Each group against the rest of the population: rates via total − group, medians (or the result's quantile p) via the other
 * groups' pooled sample (`groupsSample` when the metric merged it already).
 */
function compareWithRest(
  metric: Metric,
  total: GroupTally,
  groups: GroupTally[],
  groupsSample: Float64Array | undefined,
  suppression: Hidden[],
  p: number,
): Comparison[] {
  if (metric.kind === 'rate') {
    return groups.map((tally, i) => {
      if (suppression[i].suppressed) return noComparison;
      const restNumerator = total.numerator - tally.numerator;
      const restDenominator = total.denominator - tally.denominator;
      const test = compareProportions(tally.numerator, tally.denominator, restNumerator, restDenominator);
      return {
        test: test?.test ?? null,
        pValue: test?.pValue ?? null,
        restValue: restDenominator > 0 ? restNumerator / restDenominator : null,
      };
    });
  }
  if (metric.kind === 'median' && groups.length > 0) {
    // The pool is built once (the metric's merge of the groups, or the total's own sample when every value belongs to a group,
    // else a merge of the groups'); each group is then ranked and split off it by binary search.
    const sortedSamples = groups.map((tally) => (tally.sample ? sortedAscending(tally.sample) : null));
    const present = sortedSamples.filter((sample) => sample !== null);
    const pooledSize = present.reduce((size, sample) => size + sample.length, 0);
    const pooled =
      groupsSample ??
      (present.length === groups.length && total.sample?.length === pooledSize ? sortedAscending(total.sample) : mergeSorted(present));
    const tieSum = tieCorrection(pooled);
    return sortedSamples.map((sample, i) => {
      if (suppression[i].suppressed || !sample) return noComparison;
      const test = mannWhitneyVsRest(pooled, sample, tieSum);
      return {
        test: test ? 'mann-whitney' : null,
        pValue: test?.pValue ?? null,
        restValue: finiteOrNull(quantileOfRest(pooled, sample, p)),
      };
    });
  }
  return groups.map(() => noComparison);
}

/** The interval the metric's kind calls for (for a median kind, of the result's quantile p), unless the metric computed its own. */
function intervalOf(metric: Metric, tally: GroupTally, p: number): [number, number] | null {
  if (tally.ci95) return tally.ci95;
  if (metric.kind === 'rate') return wilsonInterval(tally.numerator, tally.denominator);
  if (metric.kind === 'median' && tally.sample) return p === 0.5 ? medianConfidenceInterval(tally.sample) : quantileConfidenceInterval(tally.sample, p);
  return null;
}

const notSuppressed: Hidden = { suppressed: false, reason: null };

/**
 * Evidence items for one metric (DESIGN.md §2, §6): for each variant the whole population (segment null) and, with a grouping,
 * one item per group. Rates get a Wilson CI and a test against the rest of the population (rest = total − group; Fisher or
 * two-proportion z by compareProportions), medians an order-statistic CI and Mann–Whitney against the other groups pooled
 * (a result with another `quantile`, e.g. a P90, gets that quantile's interval and rest value); counts and means neither.
 * A tally's own ci95 / pValue / test / restValue override these; its restValue is withheld when its restN is under k.
 * q-values are Benjamini–Hochberg across the shown segments of one metric and variant (suppressed segments' hidden p-values do not feed the published ones).
 * Groups under k people are suppressed (except counts: a headcount is no rate or pay figure, and n shows it anyway) with complementary suppression against the total (suppressGroups);
 * a tally comparing the sexes (pay gap) is also suppressed, the total included, when it has fewer than k men or fewer than k women (suppressTotal); a suppressed
 * item keeps only n, since a group's size is no secret (org charts show it) while its rate or pay is. Caveats: `small-n`
 * for an estimate (not a count) from fewer than 30 people, `missing-data` when rows were excluded, then the metric's own. Period is null for snapshot metrics.
 * No results, no evidence: a metric returning [] gives [].
 * @example evaluateMetric(attritionShare, dataset, { period: null, grouping }, { k: 5 })[0].id // 'attrition_share|all|snapshot'
 */
export function evaluateMetric(metric: Metric, dataset: Dataset, context: MetricContext, options: EvaluateOptions = {}): Evidence[] {
  const k = options.k ?? 5;
  const period = (metric.needsPeriod || metric.usesPeriod) && context.period ? { from: isoFromDay(context.period.from), to: isoFromDay(context.period.to) } : null;
  const periodId = period ? `${period.from}..${period.to}` : 'snapshot';
  return metric.compute(dataset, context).flatMap((result) => {
    const grouping = context.grouping;
    const segments = grouping ? grouping.labels.map((value) => ({ field: grouping.field, value })) : [];
    const groups = grouping ? result.groups : [];
    const suppression = metric.kind === 'count' ? groups.map(() => notSuppressed) : suppressGroups(groups, result.total, k);
    const p = result.quantile ?? 0.5;
    const comparisons = compareWithRest(metric, result.total, groups, grouping ? result.groupsSample : undefined, suppression, p);
    const pValues = groups.map((tally, i) => (suppression[i].suppressed ? null : (tally.pValue ?? comparisons[i].pValue)));
    const qValues = benjaminiHochberg(pValues);
    const totalSuppression = metric.kind === 'count' ? notSuppressed : suppressTotal(result.total, k);
    const item = (
      tally: GroupTally,
      segment: Evidence['segment'],
      hidden: Hidden,
      comparison: Comparison,
      qValue: number | null,
    ): Evidence => {
      const shown = !hidden.suppressed;
      const caveats = new Set<string>();
      if (metric.kind !== 'count' && tally.n < SMALL_N) caveats.add('small-n');
      if (result.excluded > 0) caveats.add('missing-data');
      for (const caveat of result.caveats) caveats.add(caveat);
      const pValue = shown ? finiteOrNull(tally.pValue ?? comparison.pValue) : null;
      return {
        id: `${metric.id}${result.variant ? `:${result.variant}` : ''}|${segment ? `${segment.field}=${segment.value}` : 'all'}|${periodId}`,
        metric: metric.id,
        variant: result.variant,
        segment,
        period,
        value: shown ? finiteOrNull(tally.value) : null,
        numerator: shown ? finiteOrNull(tally.numerator) : null,
        denominator: shown ? finiteOrNull(tally.denominator) : null,
        n: tally.n,
        ci95: shown ? intervalOf(metric, tally, p) : null,
        suppressed: hidden.suppressed,
        suppressionReason: hidden.reason,
        pValue,
        qValue: finiteOrNull(qValue),
        test: pValue === null ? null : tally.pValue !== undefined ? (tally.test ?? null) : comparison.test,
        restValue: shown && !(tally.restN !== undefined && tally.restN < k) ? finiteOrNull(tally.restValue ?? comparison.restValue) : null,
        definition: result.definition,
        unit: result.unit ?? metric.unit,
        direction: result.direction ?? metric.direction,
        excluded: result.excluded,
        caveats: [...caveats],
      };
    };
    return [
      item(result.total, null, totalSuppression, noComparison, null),
      ...groups.map((tally, i) => item(tally, segments[i], suppression[i], comparisons[i], qValues[i])),
    ];
  });
}

/**
 * Evidence for every metric that applies (DESIGN.md §2): skips a metric written for another kind of table (its `role`, roster
 * by default), whose related tables are not all in `context.related`, whose `requires` fields are not all in the dataset,
 * whose appliesTo says no, or that needs a period when none is given; the rest go through evaluateMetric in list order.
 * An empty list gives [].
 * @example evaluateMetrics(allMetrics, dataset, { period: yearPeriod(2016), grouping: null }).map((e) => e.id)
 */
export function evaluateMetrics(
  metrics: readonly Metric[],
  dataset: Dataset,
  context: MetricContext,
  options: EvaluateOptions = {},
): Evidence[] {
  return metrics
    .filter(
      (metric) =>
        (metric.role ?? 'roster') === dataset.role &&
        (metric.relatedRoles ?? []).every((role) => context.related?.[role] !== undefined) &&
        metric.requires.every((field) => dataset.fields[field] !== undefined) &&
        (!metric.needsPeriod || context.period !== null) &&
        metric.appliesTo(dataset),
    )
    .flatMap((metric) => evaluateMetric(metric, dataset, context, options));
}
