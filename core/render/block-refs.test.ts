import { describe, expect, it } from 'vitest';
import { blockRefs } from './block-refs.ts';
import { sampleDocument } from './fixtures/sample-document.ts';

describe('blockRefs', () => {
  it('lists the quantities of paragraphs, tables and captions once each, in order of first citation', () => {
    const evidence = sampleDocument('en').sections[1].blocks;
    expect(blockRefs(evidence)).toEqual(['rdTurnover', 'restTurnover', 'pTurnover', 'leavers', 'headcount', 'compaRatio', 'pPay', 'tenure', 'timeToFill']);
  });

  it('reads list items and gives nothing for no blocks', () => {
    expect(blockRefs([{ kind: 'list', ordered: false, items: [['a'], [{ ref: 'x' }], [{ ref: 'x' }, { ref: 'y' }]] }])).toEqual(['x', 'y']);
    expect(blockRefs([])).toEqual([]);
  });
});
