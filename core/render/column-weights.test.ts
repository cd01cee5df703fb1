import { describe, expect, it } from 'vitest';
import { columnWeights } from './column-weights.ts';

describe('columnWeights', () => {
  it('shares the width by longest text plus padding', () => {
    expect(columnWeights({ header: ['Team', 'Turnover'], rows: [['R&D', '18.3%']], numeric: [false, true] })).toEqual([7 / 18, 11 / 18]);
  });

  it('caps a wordy column and counts Chinese characters double', () => {
    const [long, short] = columnWeights({ header: ['说明', '值'], rows: [['x'.repeat(200), '18.3%']], numeric: [false, true] });
    expect(long).toBeCloseTo(40 / 48);
    expect(short).toBeCloseTo(8 / 48);
  });

  it('gives nothing for a table without columns', () => {
    expect(columnWeights({ header: [], rows: [], numeric: [] })).toEqual([]);
  });
});
