import { describe, expect, it } from 'vitest';
import { minEffectOf } from './detect-context.ts';

describe('minEffectOf', () => {
  it('lists a passed test from 10%, pay against market from 5%, an unproven difference from 25%', () => {
    expect(minEffectOf('turnover_rate', true)).toBe(0.1);
    expect(minEffectOf('compa_ratio', true)).toBe(0.05);
    expect(minEffectOf('leaver_compa_ratio', true)).toBe(0.05);
    expect(minEffectOf('leaver_compa_ratio', false)).toBe(0.25);
  });
});
