import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { monthCheckpoints } from './month-checkpoints.ts';

const days = (...isos: string[]) => Float64Array.from(isos, dayFromIso);

describe('monthCheckpoints', () => {
  it('gives each month’s first and last day, clipped to the period (leap February included)', () => {
    expect(monthCheckpoints({ from: dayFromIso('2024-01-15'), to: dayFromIso('2024-03-10') })).toEqual(
      days('2024-01-15', '2024-01-31', '2024-02-01', '2024-02-29', '2024-03-01', '2024-03-10'),
    );
  });

  it('crosses the year end and repeats a one-day month', () => {
    expect(monthCheckpoints({ from: dayFromIso('2023-12-31'), to: dayFromIso('2024-01-31') })).toEqual(
      days('2023-12-31', '2023-12-31', '2024-01-01', '2024-01-31'),
    );
  });

  it('is empty for an empty period', () => {
    expect(monthCheckpoints({ from: 10, to: 9 })).toEqual(new Float64Array(0));
  });
});
