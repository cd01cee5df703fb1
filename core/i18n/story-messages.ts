/** Names, definitions and proposal phrases of the leaver metrics (leavers' pay against stayers', reasons for leaving) in English; spread into the main catalogue. */
export const storyEn = {
  'metric.leaver_compa_ratio.name': 'Leavers’ compa-ratio',
  'metric.leaver_compa_ratio.definition':
    'Median of salary ÷ market midpoint of the people who left in the period (only those who left voluntarily, where the data says), at their last salary, against the same group’s people still employed at the period’s end; it shows how leavers’ pay compares, not why they left.',
  'metric.exit_reason_share.name': 'Reasons for leaving',
  'metric.exit_reason_share.definition':
    'Voluntary leavers in the period who gave a reason, split by that reason; only reasons given by at least a tenth of all the company’s voluntary leavers in the data are listed, the same in every period. Dismissals are left out: their reason is the employer’s.',
  'proposal.metric.leaver_compa_ratio': 'compa-ratio of leavers (pay against market midpoint)',
  'proposal.metric.leaver_compa_ratio.voluntary': 'compa-ratio of voluntary leavers (pay against market midpoint)',
  'proposal.metric.exit_reason_share': 'the share of voluntary leavers giving each reason',
  'proposal.metric.exit_reason_share.labelled': 'the share of voluntary leavers citing “{variant}”',
  'proposal.others.leaver_compa_ratio': 'those still employed in {group}',
} as const;

/** The same in Simplified Chinese, worded as Chinese HR reports word them. */
export const storyZh: Record<keyof typeof storyEn, string> = {
  'metric.leaver_compa_ratio.name': '离职员工薪酬比率',
  'metric.leaver_compa_ratio.definition':
    '期间内离职员工（数据区分主动与被动离职时，仅计主动离职）按离职前薪酬计算的“薪酬 ÷ 市场中位值”的中位数，并与同一群体期末仍在职员工的中位数对比；它说明离职员工的薪酬处于什么水平，不说明他们为何离职。',
  'metric.exit_reason_share.name': '离职原因分布',
  'metric.exit_reason_share.definition':
    '期间内填写了离职原因的主动离职员工，按原因统计的人数占比；只列出在全部数据中被全公司至少十分之一的主动离职员工提到的原因，各期间列出的原因相同。被动离职不计入：其原因出自公司，而非员工本人。',
  'proposal.metric.leaver_compa_ratio': '离职员工相对市场中位值的薪酬比率',
  'proposal.metric.leaver_compa_ratio.voluntary': '主动离职员工相对市场中位值的薪酬比率',
  'proposal.metric.exit_reason_share': '主动离职员工的各项离职原因占比',
  'proposal.metric.exit_reason_share.labelled': '主动离职员工中以“{variant}”为离职原因的占比',
  'proposal.others.leaver_compa_ratio': '{group}仍在职的员工',
};
