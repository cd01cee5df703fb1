import { describe, expect, it } from 'vitest';
import type { Dataset } from '../table/dataset.ts';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset } from './build-test-dataset.ts';
import { evaluateMetric, evaluateMetrics, type EvaluateOptions } from './evaluate.ts';
import { evidenceSchema, type Evidence } from './evidence.ts';
import { defineMetric, type GroupTally, type Metric, type MetricContext, type MetricResult } from './metric.ts';

const dataset = buildTestDataset({ department: ['A', 'B', 'C'] });
const byDepartment = (labels: string[]): MetricContext => ({
  period: null,
  grouping: { field: 'department', codes: new Int32Array(), labels },
});

/** A metric that returns fixed results, so each evidence rule is checked on numbers worked out by hand. */
function fakeMetric(results: MetricResult[], overrides: Partial<Metric> = {}): Metric {
  return defineMetric({
    id: 'fake_rate',
    kind: 'rate',
    unit: 'ratio',
    direction: 'down',
    requires: [],
    needsPeriod: false,
    formula: 'numerator ÷ denominator',
    source: 'test',
    appliesTo: () => true,
    compute: () => results,
    ...overrides,
  });
}

const rate = (numerator: number, denominator: number, extra: Partial<GroupTally> = {}): GroupTally => ({
  numerator,
  denominator,
  n: denominator,
  value: numerator / denominator,
  ...extra,
});

const result = (total: GroupTally, groups: GroupTally[], extra: Partial<MetricResult> = {}): MetricResult => ({
  variant: null,
  total,
  groups,
  excluded: 0,
  definition: 'fake_rate.test',
  caveats: [],
  ...extra,
});

/** evaluateMetric, with every item checked against the CLI's JSON evidence schema. */
function evaluate(metric: Metric, context: MetricContext, options?: EvaluateOptions, data: Dataset = dataset): Evidence[] {
  const evidence = evaluateMetric(metric, data, context, options);
  for (const item of evidence) evidenceSchema.parse(item);
  return evidence;
}

describe('evaluateMetric: rates', () => {
  // Group A 3 of 10 against the rest 1 of 20: expected leavers in A = 10 · 4 / 30 = 1.33 < 5, so Fisher's exact test;
  // p = 2/21 = 0.0952 (hand-summed hypergeometric, R fisher.test(matrix(c(3, 7, 1, 19), 2)) agrees).
  const metric = fakeMetric([result(rate(4, 30), [rate(3, 10), rate(1, 20)])]);
  const [total, a, b] = evaluate(metric, byDepartment(['A', 'B']));

  it('emits the whole population, then one item per group, with stable ids', () => {
    expect([total.id, a.id, b.id]).toEqual(['fake_rate|all|snapshot', 'fake_rate|department=A|snapshot', 'fake_rate|department=B|snapshot']);
    expect(total.segment).toBeNull();
    expect(a.segment).toEqual({ field: 'department', value: 'A' });
    expect(total).toMatchObject({ value: 4 / 30, numerator: 4, denominator: 30, n: 30, pValue: null, qValue: null, test: null, restValue: null });
    expect(a).toMatchObject({ metric: 'fake_rate', variant: null, period: null, definition: 'fake_rate.test', unit: 'ratio', direction: 'down' });
  });

  it('gives Wilson intervals (3/10 → [0.1078, 0.6032], Newcombe-style score interval by hand)', () => {
    expect(a.ci95![0]).toBeCloseTo(0.107791, 5);
    expect(a.ci95![1]).toBeCloseTo(0.603222, 5);
    expect(total.ci95![0]).toBeCloseTo(0.053097, 5);
  });

  it('tests each group against the rest of the population with the test the counts allow', () => {
    expect(a).toMatchObject({ test: 'fisher-exact', restValue: 1 / 20 });
    expect(a.pValue).toBeCloseTo(2 / 21, 10);
    expect(b).toMatchObject({ test: 'fisher-exact', restValue: 3 / 10 });
    expect(b.pValue).toBeCloseTo(2 / 21, 10);
    // Both p = 2/21 with m = 2: q = min(2/2 · 2/21, 2/1 · 2/21) = 2/21.
    expect(a.qValue).toBeCloseTo(2 / 21, 10);
  });

  it('uses the z-test when counts are large enough', () => {
    // 40/100 vs rest 25/100 (total 65/200): R prop.test(c(40, 25), c(100, 100), correct = FALSE) p = 0.02354.
    const [, big] = evaluate(fakeMetric([result(rate(65, 200), [rate(40, 100), rate(25, 100)])]), byDepartment(['A', 'B']));
    expect(big.test).toBe('two-proportion-z');
    expect(big.pValue).toBeCloseTo(0.02354, 5);
    expect(big.caveats).toEqual([]);
  });

  it('flags small n below 30 people', () => {
    expect(a.caveats).toEqual(['small-n']);
    expect(b.caveats).toEqual(['small-n']);
    expect(total.caveats).toEqual([]);
  });

  it('leaves a rate above 1 without interval or test (not a proportion)', () => {
    const [, over] = evaluate(fakeMetric([result(rate(14, 50), [rate(12, 10), rate(2, 40)])]), byDepartment(['A', 'B']));
    expect(over).toMatchObject({ value: 1.2, ci95: null, pValue: null, test: null, qValue: null, restValue: 0.05 });
  });
});

describe('evaluateMetric: Benjamini–Hochberg and metric-supplied statistics', () => {
  it('adjusts across the segments of one metric and variant, and takes the tally’s own p, test and interval', () => {
    const groups = [
      rate(10, 100, { pValue: 0.01, test: 'mann-whitney', ci95: [0.05, 0.2] }),
      rate(10, 100, { pValue: 0.04 }),
      rate(10, 100, { pValue: 0.03 }),
    ];
    const [, a, b, c] = evaluate(fakeMetric([result(rate(30, 300), groups)]), byDepartment(['A', 'B', 'C']));
    // R p.adjust(c(0.01, 0.04, 0.03), 'BH') = 0.03 0.04 0.04.
    expect([a.qValue, b.qValue, c.qValue].map((q) => Number(q!.toFixed(10)))).toEqual([0.03, 0.04, 0.04]);
    expect(a).toMatchObject({ pValue: 0.01, test: 'mann-whitney', ci95: [0.05, 0.2] });
    expect(b).toMatchObject({ pValue: 0.04, test: null });
  });

  it('keeps variants apart: one id and one BH family per variant', () => {
    const metric = fakeMetric([
      result(rate(4, 30), [rate(3, 10), rate(1, 20)]),
      result(rate(1, 30), [rate(1, 10), rate(0, 20)], { variant: 'voluntary' }),
    ]);
    const ids = evaluate(metric, byDepartment(['A', 'B'])).map((e) => e.id);
    expect(ids).toEqual([
      'fake_rate|all|snapshot',
      'fake_rate|department=A|snapshot',
      'fake_rate|department=B|snapshot',
      'fake_rate:voluntary|all|snapshot',
      'fake_rate:voluntary|department=A|snapshot',
      'fake_rate:voluntary|department=B|snapshot',
    ]);
  });
});

describe('evaluateMetric: suppression (DESIGN.md §6)', () => {
  // n = 2, 10, 20, 30: the 2 is under k = 5; alone it would be total − the others, so the 10 goes too.
  const groups = [rate(1, 2), rate(4, 10), rate(2, 20), rate(3, 30)];
  const [total, tiny, next, shown20, shown30] = evaluate(fakeMetric([result(rate(10, 62), groups)]), byDepartment(['A', 'B', 'C', 'D']));

  it('hides small groups and the next smallest, keeping only n', () => {
    expect(tiny).toMatchObject({ suppressed: true, suppressionReason: 'small-group', n: 2 });
    expect(next).toMatchObject({ suppressed: true, suppressionReason: 'complementary', n: 10 });
    for (const hidden of [tiny, next]) {
      expect(hidden).toMatchObject({ value: null, numerator: null, denominator: null, ci95: null, pValue: null, qValue: null, restValue: null, test: null });
    }
    expect(shown20).toMatchObject({ suppressed: false, suppressionReason: null, value: 0.1 });
    expect(total).toMatchObject({ suppressed: false, value: 10 / 62 });
  });

  it('adjusts p-values across the shown segments only', () => {
    // Shown: 2/20 vs rest 8/42 and 3/30 vs rest 7/32; q = BH over these two p-values.
    const larger = Math.max(shown20.pValue!, shown30.pValue!);
    const smaller = Math.min(shown20.pValue!, shown30.pValue!);
    const expected = Math.min(larger, 2 * smaller);
    expect(Math.min(shown20.qValue!, shown30.qValue!)).toBeCloseTo(expected, 12);
    expect(Math.max(shown20.qValue!, shown30.qValue!)).toBeCloseTo(larger, 12);
  });

  it('protects people who belong to no group: total − groups must not describe fewer than k', () => {
    // 33 people, 30 of them in A or B: the 3 without a department would be total − A − B, so A (the smaller) is hidden.
    const [, hiddenA, shownB] = evaluate(fakeMetric([result(rate(5, 33), [rate(3, 10), rate(1, 20)])]), byDepartment(['A', 'B']));
    expect(hiddenA).toMatchObject({ suppressed: true, suppressionReason: 'complementary', value: null });
    expect(shownB).toMatchObject({ suppressed: false, value: 0.05 });
    // B against everyone else, ungrouped included: 4 of 13.
    expect(shownB.restValue).toBeCloseTo(4 / 13, 12);
  });

  it('suppresses the whole population only when it is itself under k, and honours k', () => {
    const [smallTotal, only] = evaluate(fakeMetric([result(rate(1, 4), [rate(1, 4)])]), byDepartment(['A']));
    expect(smallTotal).toMatchObject({ suppressed: true, suppressionReason: 'small-group', value: null, n: 4 });
    expect(only).toMatchObject({ suppressed: true, value: null });
    const [, withK3] = evaluate(fakeMetric([result(rate(2, 8), [rate(1, 4), rate(1, 4)])]), byDepartment(['A', 'B']), { k: 3 });
    expect(withK3.suppressed).toBe(false);
    expect(() => evaluate(fakeMetric([result(rate(2, 8), [])]), byDepartment([]), { k: 2 })).toThrow(/at least 3/);
  });
});

describe('evaluateMetric: medians', () => {
  const a = [10, 20, 30, 40, 50, 60];
  const b = [5, 8, 12];
  const c = [70, 80, 90, 100];
  const sampleTally = (sample: number[], value: number): GroupTally => ({
    numerator: NaN,
    denominator: NaN,
    n: sample.length,
    value,
    sample: Float64Array.from(sample),
  });
  const metric = fakeMetric([result(sampleTally([...a, ...b, ...c], 40), [sampleTally(a, 35), sampleTally(b, 8), sampleTally(c, 85)])], {
    id: 'fake_median',
    kind: 'median',
    unit: 'years',
    direction: 'up',
  });
  const [total, ea, eb, ec] = evaluate(metric, byDepartment(['A', 'B', 'C']), { k: 3 });

  it('gives the order-statistic interval where n allows', () => {
    // n = 13: P(B ≤ 2) = 92/8192 ≤ 0.025 < P(B ≤ 3) = 378/8192, so ranks 3 and 11 of the pooled sorted sample.
    expect(total.ci95).toEqual([10, 80]);
    expect(ea.ci95).toEqual([10, 60]);
    expect(eb.ci95).toBeNull();
    expect(total).toMatchObject({ value: 40, numerator: null, denominator: null });
  });

  it('tests each group with Mann–Whitney against the other groups pooled', () => {
    // A vs B∪C: U = 2 + 5·3 = 17, mean 21, σ = √(6·7·14/12) = 7, z = (17 − 21 + 0.5)/7 = −0.5, p = 2Φ(−0.5) = 0.617075.
    // B vs A∪C: U = 1 (12 > 10), mean 15, σ = √35, z = −13.5/√35 = −2.281922, p = 0.022494.
    // C vs A∪B: U = 36, mean 18, σ = √42, z = 17.5/√42 = 2.700309, p = 0.006928 (scipy mannwhitneyu agrees on all three).
    expect(ea).toMatchObject({ test: 'mann-whitney', restValue: 70 });
    expect(eb).toMatchObject({ test: 'mann-whitney', restValue: 55 });
    expect(ec).toMatchObject({ test: 'mann-whitney', restValue: 20 });
    expect(ea.pValue).toBeCloseTo(0.617075, 5);
    expect(eb.pValue).toBeCloseTo(0.022494, 5);
    expect(ec.pValue).toBeCloseTo(0.006928, 5);
    // BH over (0.617075, 0.022494, 0.006928): q = 0.617075, 1.5 · 0.022494 = 0.033741, 3 · 0.006928 = 0.020783.
    expect(ea.qValue).toBeCloseTo(0.617075, 5);
    expect(eb.qValue).toBeCloseTo(0.033741, 5);
    expect(ec.qValue).toBeCloseTo(0.020783, 5);
  });

  it('compares with the other groups only, leaving out values that belong to no group', () => {
    // Three values without a group (3 ≥ k, so no complementary suppression): the rests and tests are as above.
    const withUngrouped = fakeMetric(
      [result(sampleTally([...a, ...b, ...c, 1000, 1001, 1002], 50), [sampleTally(a, 35), sampleTally(b, 8), sampleTally(c, 85)])],
      { kind: 'median' },
    );
    const [, ua, ub, uc] = evaluate(withUngrouped, byDepartment(['A', 'B', 'C']), { k: 3 });
    expect([ua.restValue, ub.restValue, uc.restValue]).toEqual([70, 55, 20]);
    expect(ua.pValue).toBeCloseTo(0.617075, 5);
  });
});

describe('evaluateMetric: counts, periods and caveats', () => {
  const count = (n: number): GroupTally => ({ numerator: n, denominator: NaN, n, value: n });

  it('gives counts no interval and no test, and writes NaN as null', () => {
    const metric = fakeMetric([result(count(40), [count(25), count(15)])], { id: 'fake_count', kind: 'count', unit: 'count' });
    const [total, a] = evaluate(metric, byDepartment(['A', 'B']));
    expect(total).toMatchObject({ value: 40, denominator: null, ci95: null, pValue: null, test: null });
    expect(a).toMatchObject({ value: 25, ci95: null, pValue: null, qValue: null, test: null, restValue: null });
    // An exact count of 15 people is not a small-sample estimate.
    expect(a.caveats).toEqual([]);
  });

  it('dates period metrics and leaves snapshot metrics undated', () => {
    const context: MetricContext = { ...byDepartment(['R&D']), period: { from: dayFromIso('2016-01-01'), to: dayFromIso('2016-12-31') } };
    const periodMetric = fakeMetric([result(rate(6, 40), [rate(6, 40)], { variant: 'voluntary' })], { needsPeriod: true });
    const [total, rd] = evaluate(periodMetric, context);
    expect(total.period).toEqual({ from: '2016-01-01', to: '2016-12-31' });
    expect(rd.id).toBe('fake_rate:voluntary|department=R&D|2016-01-01..2016-12-31');
    const [snapshot] = evaluate(fakeMetric([result(rate(6, 40), [])]), context);
    expect(snapshot).toMatchObject({ id: 'fake_rate|all|snapshot', period: null });
  });

  it('adds missing-data when rows were excluded, then the metric’s own caveats, without repeats', () => {
    const metric = fakeMetric([result(rate(6, 40), [rate(3, 12), rate(3, 28)], { excluded: 2, caveats: ['missing-data', 'right-censored'] })]);
    const [total, a] = evaluate(metric, byDepartment(['A', 'B']));
    expect(total).toMatchObject({ excluded: 2, caveats: ['missing-data', 'right-censored'] });
    expect(a.caveats).toEqual(['small-n', 'missing-data', 'right-censored']);
  });

  it('ignores groups when no grouping was asked', () => {
    const evidence = evaluate(fakeMetric([result(rate(4, 30), [rate(3, 10), rate(1, 20)])]), { period: null, grouping: null });
    expect(evidence.map((e) => e.id)).toEqual(['fake_rate|all|snapshot']);
  });
});

describe('evaluateMetrics', () => {
  it('skips metrics whose fields are missing, that do not apply, or that need a missing period', () => {
    const base = [result(rate(4, 30), [])];
    const metrics = [
      fakeMetric(base, { id: 'kept' }),
      fakeMetric(base, { id: 'needs_salary', requires: ['salary'] }),
      fakeMetric(base, { id: 'needs_department', requires: ['department'] }),
      fakeMetric(base, { id: 'not_applicable', appliesTo: () => false }),
      fakeMetric(base, { id: 'needs_period', needsPeriod: true }),
    ];
    const evidence = evaluateMetrics(metrics, dataset, { period: null, grouping: null });
    expect(evidence.map((e) => e.metric)).toEqual(['kept', 'needs_department']);
    const withPeriod = evaluateMetrics(metrics, dataset, { period: { from: 0, to: 364 }, grouping: null });
    expect(withPeriod.map((e) => e.metric)).toEqual(['kept', 'needs_department', 'needs_period']);
    expect(evaluateMetrics([], dataset, { period: null, grouping: null })).toEqual([]);
  });
});

describe('evaluateMetric: other quantiles, result units and other tables', () => {
  const ranks = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const sampleTally = (sample: number[], value: number): GroupTally => ({ numerator: NaN, denominator: NaN, n: sample.length, value, sample: Float64Array.from(sample) });

  it('gives a P90 result its own interval and the rest’s P90', () => {
    // Total 1…40: B ~ Bin(40, 0.9) puts ranks 32 and 40 at the 2.5% tails. Group A = 1…20, rest = 21…40, whose type-7 P90
    // is h = 19 · 0.9 = 17.1 → 38 + 0.1 · 1 = 38.1.
    const metric = fakeMetric([result(sampleTally(ranks(1, 40), 36.1), [sampleTally(ranks(1, 20), 18.1), sampleTally(ranks(21, 40), 38.1)], { variant: 'p90', quantile: 0.9 })], {
      kind: 'median',
      unit: 'days',
    });
    const [total, a] = evaluate(metric, byDepartment(['A', 'B']));
    expect(total.ci95).toEqual([32, 40]);
    expect(a.restValue).toBeCloseTo(38.1, 10);
  });

  it('writes a result’s own unit and direction over the metric’s', () => {
    const metric = fakeMetric([result(rate(1, 2), [], { unit: 'currency', direction: 'up' })], { kind: 'mean', unit: 'ratio', direction: 'down' });
    expect(evaluate(metric, { period: null, grouping: null })[0]).toMatchObject({ unit: 'currency', direction: 'up' });
  });

  it('runs a metric only on its own kind of table and when its related tables are given', () => {
    const base = [result(rate(4, 30), [])];
    const requisitions = buildTestDataset({ department: ['A'] }, { role: 'requisitions' });
    const metrics = [
      fakeMetric(base, { id: 'on_roster' }),
      fakeMetric(base, { id: 'on_requisitions', role: 'requisitions' }),
      fakeMetric(base, { id: 'needs_business', role: 'requisitions', relatedRoles: ['business'] }),
    ];
    expect(evaluateMetrics(metrics, requisitions, { period: null, grouping: null }).map((e) => e.metric)).toEqual(['on_requisitions']);
    const related = { business: buildTestDataset({ department: ['A'] }, { role: 'business' }) };
    expect(evaluateMetrics(metrics, requisitions, { period: null, grouping: null, related }).map((e) => e.metric)).toEqual(['on_requisitions', 'needs_business']);
    expect(evaluateMetrics(metrics, dataset, { period: null, grouping: null, related }).map((e) => e.metric)).toEqual(['on_roster']);
  });
});

describe('evaluateMetric: a rest value the metric knows better', () => {
  it('shows the tally’s own rest value (a comparison group’s change) unless suppressed', () => {
    const change = (value: number, n: number, restValue: number): GroupTally => ({ numerator: NaN, denominator: NaN, n, value, restValue, pValue: 0.001 });
    const metric = fakeMetric([result(change(0.048, 40, -0.002), [change(0.048, 40, -0.002), change(0.01, 2, -0.002)])], { kind: 'mean', unit: 'ratio', direction: 'up' });
    const [total, a, b] = evaluate(metric, byDepartment(['A', 'B']));
    expect(total).toMatchObject({ value: 0.048, restValue: -0.002, pValue: 0.001 });
    expect(a.restValue).toBe(-0.002);
    expect(b).toMatchObject({ suppressed: true, restValue: null });
  });
});
