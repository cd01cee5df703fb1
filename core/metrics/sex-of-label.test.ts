import { describe, expect, it } from 'vitest';
import { MAN, sexOfLabel, WOMAN } from './sex-of-label.ts';

describe('sexOfLabel', () => {
  it('reads English and Chinese labels, trimmed and in any case, and nothing else', () => {
    expect(['M', 'Male ', 'MALE', '男', ' 男性'].map(sexOfLabel)).toEqual(Array(5).fill(MAN));
    expect(['F', ' female', 'Woman', '女', '女性'].map(sexOfLabel)).toEqual(Array(5).fill(WOMAN));
    expect(['X', 'Non-binary', '', 'Mr'].map(sexOfLabel)).toEqual([-1, -1, -1, -1]);
  });
});
