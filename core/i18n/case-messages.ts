/**
 * Messages of the tables beside the roster (requisitions, candidates, training, goals, business metrics, approvals): their
 * validation issues (`issue.<code>`) and their metrics' names and definitions (`metric.<id>.name`, `.definition`), in English;
 * spread into the main catalogue.
 */
export const caseEn = {
  'issue.negative-cost': 'A cost cannot be negative: {value}',
  'issue.approved-before-opened': 'Approval date {value} is before the opening date {openedDate}',
  'issue.filled-before-opened': 'Filled date {value} is before the opening date {openedDate}',
  'issue.filled-before-approved': 'Filled date {value} is before the approval date {approvedDate}',
  'issue.end-before-start': 'End date {value} is before the start date {startDate}',
  'issue.approved-before-requested': 'Approval date {value} is before the request date {requestedDate}',
  'issue.duplicate-record-id': 'ID {value} already appears on row {firstRow}; this row is left out',
  'issue.unknown-stage': 'Stage "{value}" ({count} rows) is not one PeopleCase knows (applied, screened, interviewed, feedback given, offered, accepted, declined, rejected, withdrawn); those rows are left out of the recruiting metrics',
} as const;

/** The same in Simplified Chinese, worded as Chinese HR and recruiting teams word them. */
export const caseZh: Record<keyof typeof caseEn, string> = {
  'issue.negative-cost': '费用不能为负数：{value}',
  'issue.approved-before-opened': '审批日期 {value} 早于需求发布日期 {openedDate}',
  'issue.filled-before-opened': '招满日期 {value} 早于需求发布日期 {openedDate}',
  'issue.filled-before-approved': '招满日期 {value} 早于审批日期 {approvedDate}',
  'issue.end-before-start': '结束日期 {value} 早于开始日期 {startDate}',
  'issue.approved-before-requested': '审批日期 {value} 早于申请日期 {requestedDate}',
  'issue.duplicate-record-id': '编号 {value} 已在第 {firstRow} 行出现，本行不参与计算',
  'issue.unknown-stage': '无法识别的招聘阶段“{value}”（{count} 行）。可识别的阶段为：投递、筛选、面试、面试反馈、发放offer、接受、拒绝、淘汰、放弃；这些行不计入招聘指标',
};
