import { describe, expect, it } from 'vitest';
import { findingsMatching, findingsMatchingAny, leavingMetrics } from './conditions.ts';
import { signal } from './playbook-fixture.ts';

const worse = signal({ metric: 'turnover_rate', variant: 'voluntary', score: 1 }).finding;
const better = signal({ metric: 'turnover_rate', variant: 'voluntary', department: 'Sales', direction: 'better', score: 3 }).finding;
const thin = signal({ metric: 'attrition_share', department: 'Legal', significant: false, score: 2 }).finding;

describe('conditions', () => {
  it('matches worse findings by default, strongest first, or gives null', () => {
    expect(findingsMatching([worse, better, thin], { metrics: leavingMetrics })).toEqual([thin, worse]);
    expect(findingsMatching([worse, thin], { metrics: leavingMetrics, significant: true })).toEqual([worse]);
    expect(findingsMatching([better], { metrics: leavingMetrics })).toBeNull();
  });

  it('filters by variant, kind and segment field', () => {
    expect(findingsMatching([worse], { metrics: leavingMetrics, variants: [null] })).toBeNull();
    expect(findingsMatching([worse], { metrics: leavingMetrics, kinds: ['trend'] })).toBeNull();
    expect(findingsMatching([worse], { metrics: leavingMetrics, segmentFields: ['department'] })).toEqual([worse]);
  });

  it('joins several conditions without repeating a finding', () => {
    expect(findingsMatchingAny([worse, better, thin], [{ metrics: ['turnover_rate'] }, { metrics: leavingMetrics, directions: ['worse', 'better'] }])).toEqual([better, thin, worse]);
    expect(findingsMatchingAny([better], [{ metrics: ['turnover_rate'] }])).toBeNull();
  });
});
