import { describe, expect, it } from 'vitest';
import { fieldPhrase, groupPhrase, messageKeyOf, metricPhrase, othersPhrase } from './phrases.ts';

describe('phrases', () => {
  it('names a metric by its variant, then the metric, then its raw id', () => {
    expect(metricPhrase('en', 'turnover_rate', 'voluntary')).toBe('voluntary turnover');
    expect(metricPhrase('zh-CN', 'turnover_rate', 'unknown-variant')).toBe('离职率');
    expect(metricPhrase('en', 'sales_per_rep', null)).toBe('sales_per_rep');
    expect(messageKeyOf('proposal.metric.nothing')).toBeNull();
  });

  it('names groups: a department by name, another segment with its field, none as the company', () => {
    expect(groupPhrase('en', { field: 'department', value: 'R&D' })).toBe('R&D');
    expect(groupPhrase('en', { field: 'jobLevel', value: 'Senior' })).toBe('Senior (job level)');
    expect(groupPhrase('zh-CN', { field: 'jobLevel', value: '高级' })).toBe('职级“高级”');
    expect(groupPhrase('zh-CN', null)).toBe('全公司');
    expect(fieldPhrase('en', 'Cost centre')).toBe('Cost centre');
  });

  it('compares a department with the rest of the company, a training with its comparison group', () => {
    expect(othersPhrase('en', { metric: 'turnover_rate', segment: { field: 'department', value: 'R&D' } })).toBe('the rest of the company');
    expect(othersPhrase('zh-CN', { metric: 'training_effect', segment: { field: 'department', value: 'Sales' } })).toBe('对照组');
    expect(othersPhrase('en', { metric: 'pay_gap', segment: { field: 'gender', value: 'Female' } })).toBe('everyone else');
  });
});
