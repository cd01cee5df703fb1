/** Names and one-sentence definitions of the metrics (`metric.<id>.name`, `metric.<id>.definition`) in English; spread into the main catalogue. */
export const metricEn = {
  'metric.headcount.name': 'Headcount',
  'metric.headcount.definition':
    'People employed on the day: hired on or before it and not terminated before it (a leaver still counts on their last day); in snapshot data without dates, the rows not flagged as leavers.',
  'metric.turnover_rate.name': 'Turnover rate',
  'metric.turnover_rate.definition':
    'Separations in the period divided by the average headcount, the mean over its calendar months of (headcount on the first day + headcount on the last day) ÷ 2 (SHRM); not annualised.',
  'metric.attrition_share.name': 'Attrition share',
  'metric.attrition_share.definition': 'Rows flagged as leavers divided by the rows whose leaver flag is known, for snapshot data without dates.',
  'metric.retention_rate.name': 'Retention rate',
  'metric.retention_rate.definition':
    'People employed on the first day of the period who are still employed on its last day, divided by the people employed on the first day.',
  'metric.early_attrition.name': 'Early attrition',
  'metric.early_attrition.definition':
    'Hires in the period who left within 90 days of hire (1-year variant: 365 days), divided by the hires in the period whose window had fully passed by the as-of day (hires still inside it are left out, whether or not they have left).',
  'metric.tenure.name': 'Median tenure',
  'metric.tenure.definition':
    'Median years of service (days since hire ÷ 365.25) of the people employed on the day; in snapshot data, the median years at the company of non-leavers.',
  'metric.compa_ratio.name': 'Compa-ratio',
  'metric.compa_ratio.definition':
    'Median of salary ÷ market midpoint over the people employed on the day who have both values; 1.00 means paid at the midpoint.',
  'metric.pay_gap.name': 'Gender pay gap',
  'metric.pay_gap.definition':
    '(Median pay of men − median pay of women) ÷ median pay of men, among the people employed on the day; the within-level variant weights each job level’s gap by its number of women.',
  'metric.span_of_control.name': 'Span of control',
  'metric.span_of_control.definition': 'People employed on the day who have a manager, divided by the number of distinct managers they report to.',
} as const;

/** The same in Simplified Chinese, worded as Chinese HR reports word them. */
export const metricZh: Record<keyof typeof metricEn, string> = {
  'metric.headcount.name': '在职人数',
  'metric.headcount.definition': '统计日的在职人数：入职日期不晚于统计日、且未在统计日之前离职（最后工作日当天仍计为在职）；无日期的快照数据按未标记为离职的记录计。',
  'metric.turnover_rate.name': '离职率',
  'metric.turnover_rate.definition': '期间内离职人数 ÷ 平均在职人数；平均在职人数为期间内各自然月（月初在职人数 + 月末在职人数）÷ 2 的平均值（SHRM 口径），未做年化。',
  'metric.attrition_share.name': '离职人员占比',
  'metric.attrition_share.definition': '无日期的快照数据中，标记为离职的记录数 ÷ 离职标记已知的记录数。',
  'metric.retention_rate.name': '员工保留率',
  'metric.retention_rate.definition': '期初在职且期末仍在职的人数 ÷ 期初在职人数。',
  'metric.early_attrition.name': '新员工早期离职率',
  'metric.early_attrition.definition': '期间内入职且在入职 90 天内离职的人数（一年口径为 365 天）÷ 期间内入职人数；只统计到截止日观察期已满的新员工（观察期未满者无论是否已离职都不计入）。',
  'metric.tenure.name': '司龄中位数',
  'metric.tenure.definition': '统计日在职员工司龄（入职至统计日的天数 ÷ 365.25）的中位数；快照数据取未离职员工“本公司工作年限”的中位数。',
  'metric.compa_ratio.name': '薪酬比率（Compa-ratio）',
  'metric.compa_ratio.definition': '统计日在职、且薪酬与市场中位值均有记录的员工，其“薪酬 ÷ 市场中位值”的中位数；1.00 表示与市场中位值持平。',
  'metric.pay_gap.name': '性别薪酬差距',
  'metric.pay_gap.definition': '统计日在职员工中，（男性薪酬中位数 − 女性薪酬中位数）÷ 男性薪酬中位数；同职级口径按各职级女性人数对职级内差距加权平均。',
  'metric.span_of_control.name': '管理幅度',
  'metric.span_of_control.definition': '统计日在职且有直属上级的人数 ÷ 这些人的直属上级人数（同一上级只计一次）。',
};
