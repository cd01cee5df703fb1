import { describe, expect, it } from 'vitest';
import { booleanParserOf } from './boolean-parser-of.ts';

describe('booleanParserOf', () => {
  it('reads each flag with its own wording', () => {
    expect(booleanParserOf('voluntary')('Involuntary')).toBe(0);
    expect(booleanParserOf('completed')('In Progress')).toBe(0);
    expect(booleanParserOf('leaver')('Yes')).toBe(1);
    expect(booleanParserOf('leaver')('Completed')).toBeNaN();
  });
});
