import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoolean } from './parse-boolean.ts';

describe('parseBoolean', () => {
  it('reads every spelling of yes and no, trimmed and in any case', () => {
    for (const yes of ['Yes', 'YES', ' y ', 'TRUE', 'true', '1', '是']) expect(parseBoolean(yes), yes).toBe(1);
    for (const no of ['No', 'no', 'N', 'FALSE', 'False', '0', ' 否 ']) expect(parseBoolean(no), no).toBe(0);
  });

  it('rejects anything else with NaN', () => {
    for (const other of ['', 'maybe', 'Yes!', '2', 'N/A', 'Active']) expect(parseBoolean(other), other).toBeNaN();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (text) => [0, 1].includes(parseBoolean(text)) || Number.isNaN(parseBoolean(text))));
  });
});
