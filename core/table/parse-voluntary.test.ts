import { describe, expect, it } from 'vitest';
import { parseVoluntary } from './parse-voluntary.ts';

describe('parseVoluntary', () => {
  it('reads yes/no flags and termination-type wording', () => {
    expect(parseVoluntary('Yes')).toBe(1);
    expect(parseVoluntary('否')).toBe(0);
    expect(parseVoluntary('Voluntary')).toBe(1);
    expect(parseVoluntary('Involuntary')).toBe(0);
    expect(parseVoluntary('辞退')).toBe(0);
    expect(parseVoluntary('Retired')).toBeNaN();
  });
});
