import { describe, expect, it } from 'vitest';
import { evidenceFixture } from './evidence-fixture.ts';
import { isUsable } from './is-usable.ts';

describe('isUsable', () => {
  it('only unsuppressed items with a finite value', () => {
    const item = evidenceFixture({ metric: 'turnover_rate', value: 0.1 });
    expect(isUsable(item)).toBe(true);
    expect(isUsable({ ...item, suppressed: true })).toBe(false);
    expect(isUsable({ ...item, value: null })).toBe(false);
    expect(isUsable({ ...item, value: NaN })).toBe(false);
  });
});
