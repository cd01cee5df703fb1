import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../findings/evidence-fixture.ts';
import { compareSnapshots } from './compare-snapshots.ts';
import { snapshotPair } from './fixtures/snapshot-pair.ts';

const label = (item: { metric: string; segment: { value: string } | null }): string => `${item.metric}|${item.segment?.value ?? 'all'}`;

describe('compareSnapshots', () => {
  const { march, september } = snapshotPair();
  const comparison = compareSnapshots(march, september);

  it('compares each metric and group present in both, latest period against latest period', () => {
    expect(comparison.changes.map((change) => [label(change.after), change.before.period?.from, change.after.period?.from])).toEqual(
      expect.arrayContaining([
        ['turnover_rate|R&D', '2024-01-01', '2025-01-01'],
        ['turnover_rate|all', '2024-01-01', '2025-01-01'],
        ['compa_ratio|R&D', '2024-01-01', '2025-01-01'],
        ['time_to_fill|R&D', '2024-01-01', '2025-01-01'],
        ['hiring_plan_completion|Sales', '2024-01-01', '2025-01-01'],
        ['early_attrition|R&D', '2024-01-01', '2025-01-01'],
      ]),
    );
    expect(comparison.changes).toHaveLength(6);
    expect(comparison.tests).toBe(6);
  });

  it('tests each change and lets only changes beyond chance after Benjamini–Hochberg count, significant ones first', () => {
    const byLabel = new Map(comparison.changes.map((change) => [label(change.after), change]));
    const turnover = byLabel.get('turnover_rate|R&D')!;
    expect(turnover).toMatchObject({ direction: 'better', significant: true });
    expect(turnover.change).toBeCloseTo(10 / 128 - 24 / 131);
    expect(turnover.relativeChange).toBeCloseTo((10 / 128 - 24 / 131) / (24 / 131));
    expect(turnover.pValue).toBeLessThan(0.02);
    expect(turnover.qValue).toBeGreaterThanOrEqual(turnover.pValue!);
    expect(byLabel.get('compa_ratio|R&D')).toMatchObject({ direction: 'better', significant: true });
    // p < 0.05 on its own, but not once six changes are scanned: chance is not reported as change.
    const early = byLabel.get('early_attrition|R&D')!;
    expect(early).toMatchObject({ direction: 'worse', significant: false });
    expect(early.pValue).toBeLessThan(0.05);
    expect(early.qValue).toBeGreaterThan(0.05);
    expect(byLabel.get('time_to_fill|R&D')).toMatchObject({ direction: 'worse', significant: false });
    const flags = comparison.changes.map((change) => change.significant);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it('checks the targets the earlier snapshot set: proposal targets on one evidence item and missed department goals', () => {
    expect(comparison.targets.map((check) => [label(check.baseline), check.target, check.deadline, check.latest?.value, check.status])).toEqual([
      ['hiring_plan_completion|Sales', 0.95, '2025-06-30', 0.6, 'missed'],
      ['turnover_rate|R&D', 0.12, null, 10 / 128, 'met'],
    ]);
  });

  it('sorts findings into new, resolved and still open, whatever their periods', () => {
    expect(comparison.newFindings.map((entry) => [entry.finding.metric, entry.evidence?.value])).toEqual([['early_attrition', 9 / 32]]);
    expect(comparison.resolvedFindings.map((entry) => [entry.finding.metric, entry.evidence?.value])).toEqual([['turnover_rate', 24 / 131]]);
    expect(comparison.continuingFindings.map((entry) => entry.finding.metric)).toEqual(['hiring_plan_completion', 'compa_ratio']);
  });

  it('takes the snapshots in time order, notes identical data and refuses different scopes', () => {
    expect(compareSnapshots(september, march)).toEqual(comparison);
    expect(comparison).toMatchObject({ scope: 'R&D', sameData: false, currency: 'CNY', before: { createdAt: march.createdAt }, after: { createdAt: september.createdAt } });
    const same = snapshotPair(true);
    expect(compareSnapshots(same.march, same.september).sameData).toBe(true);
    expect(() => compareSnapshots(march, { ...september, scope: null })).toThrow('different scopes (R&D and the whole company)');
  });

  it('orders by the periods the data describe when they run against the order of taking: a snapshot of the earlier period taken later is the before', () => {
    const olderDataTakenLater = { ...march, createdAt: '2026-11-26T10:00:00.000Z' };
    const reordered = compareSnapshots(september, olderDataTakenLater);
    expect(reordered.before.createdAt).toBe(olderDataTakenLater.createdAt);
    // Each then stands for its data's last day ("since Dec 31, 2024", not since the day it was taken); in time order, for when each was taken.
    expect([reordered.before.day, reordered.after.day]).toEqual(['2024-12-31', '2025-06-30']);
    expect([comparison.before.day, comparison.after.day]).toEqual([march.createdAt.slice(0, 10), september.createdAt.slice(0, 10)]);
    expect(reordered.changes.map((change) => [label(change.after), change.before.value, change.after.value, change.direction])).toEqual(
      comparison.changes.map((change) => [label(change.after), change.before.value, change.after.value, change.direction]),
    );
  });

  it('compares nothing when nothing matches, and reports a target whose metric went missing as without data', () => {
    const empty = compareSnapshots(march, { ...september, evidence: [], findings: [] });
    expect(empty.changes).toEqual([]);
    expect(empty.tests).toBe(0);
    expect(empty.targets.map((check) => check.status)).toEqual(['no-data', 'no-data']);
    expect(empty.resolvedFindings).toHaveLength(3);
  });

  it('judges a signed pay gap by its distance from zero: −2.1% → −3.0% is worse, not an improvement', () => {
    // Women paid 2.1% more, then 3.0% more: the gap fell, but away from 0. Intervals far apart, so the change is significant.
    const gap = (from: string, to: string, value: number) =>
      evidenceFixture({ metric: 'pay_gap', department: 'R&D', from, to, value, ci95: [value - 0.001, value + 0.001], n: 400, direction: 'toward-zero' });
    const widened = compareSnapshots(
      { ...march, evidence: [gap('2024-01-01', '2024-12-31', -0.021)], findings: [] },
      { ...september, evidence: [gap('2025-01-01', '2025-06-30', -0.03)], findings: [] },
    );
    expect(widened.changes.map((change) => [label(change.after), change.direction, change.significant])).toEqual([['pay_gap|R&D', 'worse', true]]);
    const narrowed = compareSnapshots(
      { ...march, evidence: [gap('2024-01-01', '2024-12-31', -0.03)], findings: [] },
      { ...september, evidence: [gap('2025-01-01', '2025-06-30', -0.021)], findings: [] },
    );
    expect(narrowed.changes.map((change) => change.direction)).toEqual(['better']);
  });
});
