import { describe, expect, it } from 'vitest';
import { calculateWorkbook, type EngineCell } from './formula-engine.ts';

describe('calculateWorkbook', () => {
  it('keeps a text cell text, as Excel does, even when it reads like a date or an amount', async () => {
    const cells = new Map<string, EngineCell>([['0,0', '2019-03-01'], ['1,0', '$52,000'], ['2,0', 52_000], ['0,1', '=ISNUMBER(A1)'], ['1,1', '=ISNUMBER(A2)'], ['2,1', '=ISNUMBER(A3)'], ['3,1', '=SUMPRODUCT(ISNUMBER(A1:A3)*1)']]);
    const value = await calculateWorkbook([{ name: 'S', cells }]);
    expect(['B1', 'B2', 'B3', 'B4'].map((address) => value('S', address))).toEqual([0, 0, 1, 1]);
  });
});
