/** Names of finding kinds, impact kinds and impact assumptions in English; spread into the main catalogue. */
export const findingEn = {
  'finding.kind.segment-gap': 'Gap with the rest',
  'finding.kind.off-target': 'Off target',
  'finding.kind.period-change': 'Change since the previous period',
  'finding.kind.trend': 'Trend over several periods',
  'finding.kind.association': 'Association with a business metric',
  'impact.kind.turnover-cost': 'Cost of turnover',
  'impact.kind.vacancy-cost': 'Cost of vacancy',
  'impact.kind.slow-feedback-cost': 'Cost of slow interview feedback',
  'assumption.currency.name': 'Currency',
  'assumption.leaverCostShare.name': 'Cost of replacing a leaver, as a share of annual salary',
  'assumption.workingDaysPerYear.name': 'Working days per year',
  'assumption.feedbackSlaDays.name': 'Interview feedback deadline (days)',
  'assumption.salaryAnnualFallback.name': 'Average annual salary (used only when the data has no salaries)',
  'assumption.range': 'low {low} · base {base} · high {high}',
  'assumption.fallback': 'Placeholder figure: replace it with your own',
  'assumption.edited': 'Your figure (default {default})',
} as const;

/** The same in Simplified Chinese, in the terms Chinese HR teams use in their reports. */
export const findingZh: Record<keyof typeof findingEn, string> = {
  'finding.kind.segment-gap': '与其余群体的差异',
  'finding.kind.off-target': '未达目标',
  'finding.kind.period-change': '环比变化',
  'finding.kind.trend': '连续多期趋势',
  'finding.kind.association': '与业务指标的关联',
  'impact.kind.turnover-cost': '人员流失成本',
  'impact.kind.vacancy-cost': '岗位空缺成本',
  'impact.kind.slow-feedback-cost': '面试反馈滞后造成的成本',
  'assumption.currency.name': '币种',
  'assumption.leaverCostShare.name': '员工离职替换成本（占年薪比例）',
  'assumption.workingDaysPerYear.name': '年工作日天数',
  'assumption.feedbackSlaDays.name': '面试反馈时限（天）',
  'assumption.salaryAnnualFallback.name': '平均年薪（仅在数据中没有薪资时使用）',
  'assumption.range': '低值 {low} · 基准值 {base} · 高值 {high}',
  'assumption.fallback': '此为占位数值，请替换为本公司的实际数据',
  'assumption.edited': '已采用您设定的数值（默认值 {default}）',
};
