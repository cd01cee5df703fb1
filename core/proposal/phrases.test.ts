import { describe, expect, it } from 'vitest';
import { messageKeyOf } from '../i18n/index.ts';
import { fieldPhrase, groupPhrase, metricPhrase, othersPhrase } from './phrases.ts';

describe('phrases', () => {
  it('names a metric by its variant, then the metric, then its raw id', () => {
    expect(metricPhrase('en', 'turnover_rate', 'voluntary')).toBe('voluntary turnover');
    expect(metricPhrase('zh-CN', 'turnover_rate', 'unknown-variant')).toBe('离职率');
    expect(metricPhrase('en', 'sales_per_rep', null)).toBe('sales_per_rep');
    expect(messageKeyOf('proposal.metric.nothing')).toBeNull();
  });

  it('names a variant that is a label from the data through the metric’s labelled phrase', () => {
    expect(metricPhrase('en', 'exit_reason_share', 'Career path')).toBe('the share of voluntary leavers citing “Career path”');
    expect(metricPhrase('zh-CN', 'exit_reason_share', '职业发展')).toBe('主动离职员工中以“职业发展”为离职原因的占比');
    expect(metricPhrase('en', 'leaver_compa_ratio', 'voluntary')).toBe('compa-ratio of voluntary leavers (pay against market midpoint)');
  });

  it('names groups: a department by name, another segment with its field, none as the company', () => {
    expect(groupPhrase('en', { field: 'department', value: 'R&D' })).toBe('R&D');
    expect(groupPhrase('en', { field: 'jobLevel', value: 'Senior' })).toBe('Senior (job level)');
    expect(groupPhrase('zh-CN', { field: 'jobLevel', value: '高级' })).toBe('职级“高级”');
    expect(groupPhrase('zh-CN', null)).toBe('全公司');
    expect(fieldPhrase('en', 'Cost centre')).toBe('Cost centre');
  });

  it('compares a department with the rest of the company, a training with its comparison group, leavers with who stayed', () => {
    expect(othersPhrase('en', { metric: 'turnover_rate', segment: { field: 'department', value: 'R&D' } })).toBe('the rest of the company');
    expect(othersPhrase('zh-CN', { metric: 'training_effect', segment: { field: 'department', value: 'Sales' } })).toBe('对照组');
    expect(othersPhrase('en', { metric: 'pay_gap', segment: { field: 'gender', value: 'Female' } })).toBe('everyone else');
    expect(othersPhrase('en', { metric: 'leaver_compa_ratio', segment: { field: 'department', value: 'R&D' } })).toBe('those still employed in R&D');
  });
});
