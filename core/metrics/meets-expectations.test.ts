import { describe, expect, it } from 'vitest';
import { meetsExpectations } from './meets-expectations.ts';

describe('meetsExpectations', () => {
  it('reads rating words in English and Chinese', () => {
    expect(['Exceeds', 'Fully Meets', 'Meets Expectations', 'Outstanding', '优秀', '良好', '合格'].map(meetsExpectations)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(['Needs Improvement', 'PIP', 'Does Not Meet', 'Below Expectations', '待改进', '不合格', '不称职'].map(meetsExpectations)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads letter grades and 1–5 scores', () => {
    expect(['S', 'A', 'B+', 'C', 'D'].map(meetsExpectations)).toEqual([1, 1, 1, 0, 0]);
    expect(['5', '3', '2', '1'].map(meetsExpectations)).toEqual([1, 1, 0, 0]);
  });

  it('gives NaN for anything else', () => {
    expect(meetsExpectations('')).toBeNaN();
    expect(meetsExpectations('Not rated yet')).toBeNaN();
    expect(meetsExpectations('7')).toBeNaN();
    expect(meetsExpectations('Pending')).toBeNaN();
  });
});
