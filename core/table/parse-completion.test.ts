import { describe, expect, it } from 'vitest';
import { parseCompletion } from './parse-completion.ts';

describe('parseCompletion', () => {
  it('reads yes/no flags and LMS status words in English and Chinese', () => {
    expect(parseCompletion('Yes')).toBe(1);
    expect(parseCompletion('否')).toBe(0);
    expect(parseCompletion('Completed')).toBe(1);
    expect(parseCompletion('Passed')).toBe(1);
    expect(parseCompletion('已完成')).toBe(1);
    expect(parseCompletion('结业')).toBe(1);
    expect(parseCompletion('Not Completed')).toBe(0);
    expect(parseCompletion('In Progress')).toBe(0);
    expect(parseCompletion('Not Started')).toBe(0);
    expect(parseCompletion('Withdrawn')).toBe(0);
    expect(parseCompletion('未完成')).toBe(0);
    expect(parseCompletion('缺席')).toBe(0);
  });

  it('gives NaN for other words and empty input', () => {
    expect(parseCompletion('Maybe')).toBeNaN();
    expect(parseCompletion('')).toBeNaN();
  });
});
