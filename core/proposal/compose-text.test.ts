import { describe, expect, it } from 'vitest';
import { capitalizeFirst, capitalizeText, compose, joinInlines, joinSentences } from './compose-text.ts';

describe('compose', () => {
  it('splits a message at its placeholders and puts references and words in their place', () => {
    expect(compose('en', 'proposal.sentence.value-range', { value: { ref: 'v' }, low: { ref: 'l' }, high: { ref: 'h' } })).toEqual([
      { ref: 'v' },
      ' (likely range ',
      { ref: 'l' },
      '–',
      { ref: 'h' },
      ')',
    ]);
  });

  it('inserts a run for a placeholder and merges neighbouring words', () => {
    expect(compose('zh-CN', 'proposal.finding.short', { group: 'R&D', metric: ['主动', '离职率'], value: { ref: 'v' } })).toEqual(['R&D的主动离职率（', { ref: 'v' }, '）']);
  });

  it('throws on a placeholder without a param, naming it', () => {
    expect(() => compose('en', 'proposal.finding.short', { group: 'R&D', metric: 'turnover' })).toThrow(/\{value\}/);
  });
});

describe('joining', () => {
  it('lists the way each language does', () => {
    expect(joinInlines('en', [['A'], ['B'], ['C']])).toEqual(['A, B and C']);
    expect(joinInlines('zh-CN', [['甲'], ['乙'], ['丙']])).toEqual(['甲、乙和丙']);
    expect(joinInlines('en', [['A, a'], [{ ref: 'b' }]], 'clauses')).toEqual(['A, a; ', { ref: 'b' }]);
    expect(joinInlines('en', [])).toEqual([]);
  });

  it('runs sentences on with a space in English and none in Chinese', () => {
    expect(joinSentences('en', [['One.'], ['Two.']])).toEqual(['One. Two.']);
    expect(joinSentences('zh-CN', [['一。'], ['二。']])).toEqual(['一。二。']);
  });

  it('capitalises English openings only', () => {
    expect(capitalizeFirst('en', ['voluntary turnover', { ref: 'v' }])).toEqual(['Voluntary turnover', { ref: 'v' }]);
    expect(capitalizeFirst('en', [{ ref: 'v' }, ' rows'])).toEqual([{ ref: 'v' }, ' rows']);
    expect(capitalizeText('zh-CN', '主动离职率')).toBe('主动离职率');
  });
});
