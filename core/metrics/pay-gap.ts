import { median } from '../stats/median.ts';
import { mannWhitneySorted } from '../stats/mann-whitney-sorted.ts';
import { defineMetric, type GroupTally, type MetricResult } from './metric.ts';
import { mergeSorted } from './merge-sorted.ts';
import { populationOn } from './population-on.ts';
import { MAN, sexOfLabel, WOMAN } from './sex-of-label.ts';
import { sortedBuckets, type SortedBuckets } from './sorted-buckets.ts';
import { splitSlots } from './split-slots.ts';

/** Fewest men and fewest women a job level needs to enter the level-adjusted gap. */
const MIN_PER_SEX_IN_LEVEL = 2;

const bucket = ({ values, offsets }: SortedBuckets, b: number): Float64Array => values.subarray(offsets[b], offsets[b + 1]);

/** (median men − median women) ÷ median men, NaN unless men's median pay is positive. */
const relativeGap = (menMedian: number, womenMedian: number): number => (menMedian > 0 ? (menMedian - womenMedian) / menMedian : NaN);

/** Raw gap of one group: numerator = men's median pay, denominator = women's, with Mann–Whitney between the two (both sorted). */
function rawGapTally(menPay: Float64Array, womenPay: Float64Array): GroupTally {
  const menMedian = median(menPay);
  const womenMedian = median(womenPay);
  const test = mannWhitneySorted(menPay, womenPay);
  const tally: GroupTally = {
    numerator: menMedian,
    denominator: womenMedian,
    n: menPay.length + womenPay.length,
    sexes: { men: menPay.length, women: womenPay.length },
    value: relativeGap(menMedian, womenMedian),
  };
  return test === null ? tally : { ...tally, pValue: test.pValue, test: 'mann-whitney' };
}

/** Level-adjusted gap of one group: Σ women_L · gap_L ÷ Σ women_L over levels with enough of both sexes. */
function adjustedGapTally(levelCount: number, payOf: (level: number, sex: number) => Float64Array): { tally: GroupTally; skippedLevels: boolean } {
  let weightedGaps = 0;
  let women = 0;
  let men = 0;
  let skippedLevels = false;
  for (let level = 0; level < levelCount; level++) {
    const menPay = payOf(level, MAN);
    const womenPay = payOf(level, WOMAN);
    const gap = relativeGap(median(menPay), median(womenPay));
    if (menPay.length < MIN_PER_SEX_IN_LEVEL || womenPay.length < MIN_PER_SEX_IN_LEVEL || Number.isNaN(gap)) {
      skippedLevels ||= menPay.length + womenPay.length > 0;
      continue;
    }
    weightedGaps += womenPay.length * gap;
    women += womenPay.length;
    men += menPay.length;
  }
  return { tally: { numerator: weightedGaps, denominator: women, n: men + women, sexes: { men, women }, value: women === 0 ? NaN : weightedGaps / women }, skippedLevels };
}

/**
 * pay_gap = (median pay of men − median pay of women) ÷ median pay of men, over people on the payroll on the period's last
 * day (or the as-of day) with a salary and a gender read as man or woman (M/Male/男, F/Female/女; others left out). Tally:
 * numerator = men's median, denominator = women's median (value = 1 − denominator ÷ numerator), n = men + women, pValue =
 * Mann–Whitney U between men's and women's pay; `sexes` = men and women behind the value, so the evidence layer hides the
 * figure of a group with fewer than k men or fewer than k women (each sex's median pay is read off it). Variant `adjusted` (where a job level exists): each level's gap weighted by
 * its number of women, levels with fewer than 2 men or 2 women skipped (caveat `levels-skipped`); its numerator is
 * Σ women × gap, its denominator Σ women, its n and `sexes` the men and women of the levels used, and it carries no test. Kind `mean` so the evidence layer adds no test of its own.
 * Source: median gender pay gap as in the UK Equality Act 2010 (Gender Pay Gap Information) Regulations 2017; within-level
 * comparison as in ISO 30414:2018 diversity and the EU Pay Transparency Directive 2023/970 (work of equal value).
 */
export const payGap = defineMetric({
  id: 'pay_gap',
  kind: 'mean',
  unit: 'ratio',
  // A signed gap: −3% (women paid more) is no better than +3%, so the good direction is toward 0, not down.
  direction: 'toward-zero',
  requires: ['gender', 'salary'],
  needsPeriod: false,
  formula: '(median pay of men − median pay of women) ÷ median pay of men; adjusted: within-level gaps weighted by women per level',
  source: 'UK Gender Pay Gap Information Regulations 2017 (median gap); EU Pay Transparency Directive 2023/970 (equal-value groups)',
  appliesTo: (dataset) => dataset.fields.gender?.type === 'category' && dataset.fields.salary?.type === 'number',
  compute(dataset, { period, grouping }) {
    const gender = dataset.fields.gender;
    const salary = dataset.fields.salary;
    if (gender?.type !== 'category' || salary?.type !== 'number') return [];
    const day = period?.to ?? dataset.asOf;
    const jobLevel = dataset.fields.jobLevel?.type === 'category' ? dataset.fields.jobLevel : null;
    const groupCount = grouping === null ? 0 : grouping.labels.length;
    const slots = groupCount + 1;
    // One sort serves both variants: pay is bucketed by group slot (slot groupCount = no group), sex and job level, where
    // level `levels` holds people without a (valid) level; the raw gap merges a group's levels, the adjusted one reads them.
    const levels = jobLevel === null ? 0 : jobLevel.labels.length;
    const cells = levels + 1;
    const sexOfCode = Int8Array.from(gender.labels, sexOfLabel);
    const population = populationOn(dataset, day, ['gender', 'salary']);
    const keys = new Int32Array(dataset.rowCount);
    for (let i = 0; i < keys.length; i++) {
      const code = gender.codes[i];
      const sex = code < 0 ? -1 : sexOfCode[code];
      if (population.member[i] === 0 || sex < 0 || Number.isNaN(salary.values[i])) {
        keys[i] = -1;
        continue;
      }
      const group = grouping === null ? -1 : grouping.codes[i];
      const level = jobLevel === null || jobLevel.codes[i] < 0 ? levels : jobLevel.codes[i];
      keys[i] = ((group >= 0 ? group : groupCount) * 2 + sex) * cells + level;
    }
    const buckets = sortedBuckets(keys, salary.values, slots * 2 * cells);
    const payIn = (slot: number, sex: number, level: number) => bucket(buckets, (slot * 2 + sex) * cells + level);
    const cellsOf = (slot: number, sex: number, levelCount: number) => Array.from({ length: levelCount }, (_, level) => payIn(slot, sex, level));
    // Everyone's pay per sex and level (all slots merged), read by the adjusted total and merged once more for the raw total.
    const everyoneIn = [MAN, WOMAN].map((sex) =>
      Array.from({ length: cells }, (_, level) => mergeSorted(Array.from({ length: slots }, (_, slot) => payIn(slot, sex, level)))),
    );
    const raw: MetricResult = {
      variant: null,
      ...splitSlots(groupCount, (slot) =>
        slot === groupCount
          ? rawGapTally(mergeSorted(everyoneIn[MAN]), mergeSorted(everyoneIn[WOMAN]))
          : rawGapTally(mergeSorted(cellsOf(slot, MAN, cells)), mergeSorted(cellsOf(slot, WOMAN, cells))),
      ),
      excluded: population.excluded,
      definition: `pay_gap.${population.basis}`,
      caveats: [],
    };
    if (jobLevel === null) return [raw];

    const leveled = populationOn(dataset, day, ['gender', 'salary', 'jobLevel']);
    let skippedLevels = false;
    const adjusted = splitSlots(groupCount, (slot) => {
      const result =
        slot === groupCount
          ? adjustedGapTally(levels, (level, sex) => everyoneIn[sex][level])
          : adjustedGapTally(levels, (level, sex) => payIn(slot, sex, level));
      skippedLevels ||= result.skippedLevels;
      return result.tally;
    });
    return [
      raw,
      {
        variant: 'adjusted',
        ...adjusted,
        excluded: leveled.excluded,
        definition: `pay_gap.adjusted.${leveled.basis}`,
        caveats: skippedLevels ? ['levels-skipped'] : [],
      },
    ];
  },
});
