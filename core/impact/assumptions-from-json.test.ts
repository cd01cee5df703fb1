import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import { assumptionsFromJson } from './assumptions-from-json.ts';
import { editAssumptions } from './edit-assumptions.ts';

describe('assumptionsFromJson', () => {
  it('applies a partial file: a number sets the base, an object sets ends', () => {
    const a = assumptionsFromJson({ workingDaysPerYear: 230, leaverCostShare: { low: 0.3, high: 1, source: 'our 2023 exit-cost study' } });
    expect(a.workingDaysPerYear).toMatchObject({ low: 230, base: 230, high: 260 });
    expect(a.leaverCostShare).toMatchObject({ low: 0.3, base: 0.5, high: 1, source: 'our 2023 exit-cost study' });
  });

  it('restores a complete saved set as it is, flags included', () => {
    const saved = JSON.parse(JSON.stringify(editAssumptions(defaultAssumptions, { currency: 'CNY', feedbackSlaDays: { base: 2 } })));
    expect(assumptionsFromJson(saved)).toEqual(saved);
  });

  it('ignores the training cost a set saved by an older PeopleCase holds', () => {
    const retired = { low: 774, base: 1000, high: 1280, unit: 'currency-per-person', source: 'ATD', fallback: true, edited: false };
    expect(assumptionsFromJson({ ...defaultAssumptions, trainingCostPerParticipant: retired })).toEqual(defaultAssumptions);
    expect(assumptionsFromJson({ trainingCostPerParticipant: 900 })).toEqual(defaultAssumptions);
  });

  it('rejects the whole file with every problem listed', () => {
    expect(() => assumptionsFromJson({ leaverCostShare: 'high', colour: 1 })).toThrow(/rejected, nothing applied: .*leaverCostShare.*colour|rejected, nothing applied: .*colour.*leaverCostShare/);
    expect(() => assumptionsFromJson([1, 2])).toThrow(/rejected/);
    expect(() => assumptionsFromJson({ leaverCostShare: { low: 0.9 } })).toThrow(/leaverCostShare.*low 0.9 is above base 0.5/);
    const broken = { ...defaultAssumptions, feedbackSlaDays: { ...defaultAssumptions.feedbackSlaDays, low: 5 } };
    expect(() => assumptionsFromJson(broken)).toThrow(/feedbackSlaDays: needs low ≤ base ≤ high/);
  });

  it('an empty file changes nothing', () => {
    expect(assumptionsFromJson({})).toEqual(defaultAssumptions);
  });
});
