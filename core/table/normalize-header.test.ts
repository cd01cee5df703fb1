import { describe, expect, it } from 'vitest';
import { normalizeHeader } from './normalize-header.ts';

describe('normalizeHeader', () => {
  it('makes spellings of one header equal', () => {
    const spellings = ['Date of Hire', 'date_of_hire', 'DATE-OF-HIRE', ' DateofHire ', 'Date.of.Hire', '\ufeffDateOfHire'];
    expect(new Set(spellings.map(normalizeHeader))).toEqual(new Set(['dateofhire']));
  });

  it('folds full-width forms and keeps Chinese', () => {
    expect(normalizeHeader('ＥｍｐＩＤ')).toBe('empid');
    expect(normalizeHeader('入职日期（年月日）')).toBe('入职日期年月日');
  });

  it('keeps ID suffixes, so DeptID never equals Dept', () => {
    expect(normalizeHeader('DeptID')).not.toBe(normalizeHeader('Dept'));
  });
});
