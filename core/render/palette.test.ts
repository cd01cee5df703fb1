import { describe, expect, it } from 'vitest';
import { referenceColour, seriesColours } from './palette.ts';

describe('palette', () => {
  it('is the seven Okabe–Ito colours plus black for references, none repeated', () => {
    expect(new Set([...seriesColours, referenceColour]).size).toBe(8);
    for (const colour of [...seriesColours, referenceColour]) expect(colour).toMatch(/^#[0-9A-F]{6}$/);
  });
});
