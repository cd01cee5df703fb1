import { describe, expect, it } from 'vitest';
import { sampleDocument } from './fixtures/sample-document.ts';
import { inlineText } from './inline-text.ts';

describe('inlineText', () => {
  it('joins words and formatted quantities in the document language', () => {
    expect(inlineText(sampleDocument('en'), ['Turnover ', { ref: 'rdTurnover' }, ' vs ', { ref: 'restTurnover' }])).toBe('Turnover 18.3% vs 9.4%');
    expect(inlineText(sampleDocument('zh-CN'), ['损失', { ref: 'leaverCost' }])).toBe('损失¥79,350');
  });

  it('gives an empty string for empty content', () => {
    expect(inlineText(sampleDocument('en'), [])).toBe('');
  });
});
