import { describe, expect, it } from 'vitest';
import { isPseudonym, pseudonym } from './pseudonym.ts';

describe('pseudonym', () => {
  it('counts in letters like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(pseudonym)).toEqual(['[A]', '[B]', '[Z]', '[AA]', '[AB]', '[ZZ]', '[AAA]']);
  });

  it('recognises its own output only', () => {
    expect(isPseudonym(pseudonym(40))).toBe(true);
    expect(isPseudonym('[a]')).toBe(false);
    expect(isPseudonym('Jane [A]')).toBe(false);
  });
});
