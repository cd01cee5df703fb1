import { describe, expect, it } from 'vitest';
import type { Evidence } from '../metrics/evidence.ts';
import { evidenceFixture } from './evidence-fixture.ts';
import { trend } from './trend.ts';

const quarter = (q: number) => ({ from: `2024-${String(q * 3 - 2).padStart(2, '0')}-01`, to: `2024-${String(q * 3).padStart(2, '0')}-28` });
const series = (values: (number | null)[], extra: Partial<Evidence> = {}) =>
  values.map((value, i) =>
    evidenceFixture({ metric: 'turnover_rate', department: 'R&D', ...quarter(i + 1), value, ...extra, ...(value === null ? { suppressed: true } : {}) }),
  );

describe('trend', () => {
  it('five quarters rising: S = 10, p = 2/120, effect (0.20 − 0.10) ÷ 0.10 = 1, worse', () => {
    const items = series([0.1, 0.12, 0.13, 0.15, 0.2]);
    const [finding] = trend(items.slice().reverse(), {});
    expect(finding).toMatchObject({ kind: 'trend', department: 'R&D', direction: 'worse', significant: true });
    expect(finding.effectSize).toBeCloseTo(1, 10);
    expect(finding.confidence).toBeCloseTo(1 - 2 / 120, 10);
    expect(finding.evidenceIds).toEqual([items[4].id, items[0].id, items[1].id, items[2].id, items[3].id]);
  });

  it('three periods moving one way are listed, but can never be significant', () => {
    const [finding] = trend(series([0.1, 0.11, 0.13]), {});
    expect(finding).toMatchObject({ significant: false });
    expect(finding.confidence).toBeCloseTo(2 / 3, 10);
  });

  it('"up is good": training completion falling is worse', () => {
    const [finding] = trend(series([0.9, 0.8, 0.7, 0.6, 0.5], { metric: 'training_completion', direction: 'up' }), {});
    expect(finding).toMatchObject({ direction: 'worse', significant: true });
  });

  it('a zigzag is no trend; a suppressed middle period is left out; a suppressed latest one stops it', () => {
    expect(trend(series([0.1, 0.3, 0.2, 0.4]), {})).toEqual([]);
    expect(trend(series([0.1, 0.12, null, 0.13, 0.15, 0.2]), {})[0]).toMatchObject({ significant: true });
    expect(trend(series([0.1, 0.12, 0.13, 0.15, 0.2, null]), {})).toEqual([]);
    expect(trend(series([0.1, 0.2]), {})).toEqual([]);
  });
});
