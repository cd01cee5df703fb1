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
  'metric.time_to_fill.name': 'Time to fill',
  'metric.time_to_fill.definition':
    'Median days from a requisition’s approval (its opening, where approvals are not recorded) to the accepted offer, over requisitions filled in the period; the P90 variant is the 90th percentile.',
  'metric.time_to_hire.name': 'Time to hire',
  'metric.time_to_hire.definition': 'Median days from a candidate’s application to their acceptance of the offer, over offers accepted in the period; the P90 variant is the 90th percentile.',
  'metric.offer_acceptance_rate.name': 'Offer acceptance rate',
  'metric.offer_acceptance_rate.definition': 'Offers accepted divided by offers accepted or declined, for offers answered in the period; offers still awaiting an answer are left out.',
  'metric.hiring_plan_completion.name': 'Hiring plan completion',
  'metric.hiring_plan_completion.definition':
    'Planned hires of the requisitions filled by the end of the period divided by the planned hires of the requisitions opened in it; cancelled requisitions stay in the plan.',
  'metric.cost_per_hire.name': 'Cost per hire',
  'metric.cost_per_hire.definition':
    'External costs (agency fees, advertising, referral bonuses) plus internal recruiting costs of the requisitions opened in the period, divided by the hires made in it (ANSI/SHRM 06001, ISO/TS 30407).',
  'metric.cost_of_vacancy.name': 'Cost of vacancy',
  'metric.cost_of_vacancy.definition':
    'Revenue per head per working day (company revenue in the period ÷ average headcount ÷ working days) times the working days the requisitions stood open in the period.',
  'metric.training_completion.name': 'Training completion',
  'metric.training_completion.definition': 'Enrolments completed divided by enrolments with a known outcome, for courses ending in the period.',
  'metric.training_effect.name': 'Training effect',
  'metric.training_effect.definition':
    'Change in a business metric in the trained departments (6 months after the course minus 6 months before), set against the change in departments with no training over the same months; the difference is the difference-in-differences.',
  'metric.quality_of_hire.name': 'Quality of hire',
  'metric.quality_of_hire.definition':
    'Share of the people hired in the period who, after at least 90 days of service, are rated as meeting or exceeding expectations; their current rating stands in for the 3-month review.',
  'metric.interview_feedback_sla.name': 'Interview feedback on time',
  'metric.interview_feedback_sla.definition':
    'Share of the interviews held in the period whose feedback came within the SLA (3 days unless set otherwise); an interview still waiting counts as late once the SLA has passed.',
  'metric.approval_cycle_time.name': 'Approval cycle time',
  'metric.approval_cycle_time.definition': 'Median days from a request to its approval, over requests approved in the period; requests still pending are left out.',
  'metric.revenue_per_head.name': 'Revenue per head',
  'metric.revenue_per_head.definition':
    'Revenue in the period divided by the average headcount over it (SHRM monthly average); per department, the department’s own revenue and headcount.',
  'metric.business_metric.name': 'Business metric',
  'metric.business_metric.definition':
    'A department’s mean monthly value of a business metric (sales, conversion, output, cycle time, defects…) over the period, as the business table reports it.',
  'proposal.metric.time_to_fill.p90': 'time to fill of the slowest tenth of roles',
  'proposal.metric.time_to_hire.p90': 'time to hire of the slowest tenth of hires',
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
  'metric.time_to_fill.name': '招聘周期',
  'metric.time_to_fill.definition': '期间内已招满的招聘需求，从需求审批通过（无审批记录时为需求发布日）到候选人接受offer的天数中位数；P90 口径取第 90 百分位数。',
  'metric.time_to_hire.name': '候选人录用周期',
  'metric.time_to_hire.definition': '期间内接受offer的候选人，从投递简历到接受offer的天数中位数；P90 口径取第 90 百分位数。',
  'metric.offer_acceptance_rate.name': 'Offer 接受率',
  'metric.offer_acceptance_rate.definition': '期间内已有答复的offer中，候选人接受的数量 ÷（接受 + 拒绝）的数量；尚未答复的offer不计入。',
  'metric.hiring_plan_completion.name': '招聘计划完成率',
  'metric.hiring_plan_completion.definition': '期间内发布的招聘需求中，截至期末已招满的计划人数 ÷ 计划招聘人数；已取消的需求仍计入计划。',
  'metric.cost_per_hire.name': '人均招聘成本',
  'metric.cost_per_hire.definition': '期间内发布的招聘需求所发生的外部成本（猎头费、招聘广告费、内推奖金）与内部成本之和 ÷ 期间内录用人数（ANSI/SHRM 06001、ISO/TS 30407 口径）。',
  'metric.cost_of_vacancy.name': '岗位空缺成本',
  'metric.cost_of_vacancy.definition': '人均每工作日营收（期间营收 ÷ 平均在职人数 ÷ 工作日数）× 期间内招聘需求处于空缺状态的工作日数。',
  'metric.training_completion.name': '培训完成率',
  'metric.training_completion.definition': '期间内结束的课程中，已完成的报名人次 ÷ 结果已知的报名人次。',
  'metric.training_effect.name': '培训效果',
  'metric.training_effect.definition': '参训部门某项业务指标在培训后 6 个月与培训前 6 个月的均值之差，与同期未参训部门（对照组）的变化相比较；两者之差即双重差分（DID）估计的培训效果。',
  'metric.quality_of_hire.name': '招聘质量',
  'metric.quality_of_hire.definition': '期间内入职且在职满 90 天的新员工中，绩效评价为“达到或超出预期”的比例；以花名册中的当前绩效代替入职三个月评估。',
  'metric.interview_feedback_sla.name': '面试反馈及时率',
  'metric.interview_feedback_sla.definition': '期间内的面试中，在约定时限（默认 3 天）内给出面试反馈的比例；超过时限仍未反馈的面试计为超时。',
  'metric.approval_cycle_time.name': '审批周期',
  'metric.approval_cycle_time.definition': '期间内审批通过的申请，从提交到审批通过的天数中位数；仍在审批中的申请不计入。',
  'metric.revenue_per_head.name': '人均营收',
  'metric.revenue_per_head.definition': '期间营收 ÷ 期间平均在职人数（SHRM 月均口径）；分部门时用该部门自己的营收与在职人数。',
  'metric.business_metric.name': '业务指标',
  'metric.business_metric.definition': '期间内某部门某项业务指标（销售额、转化率、产出、周期、缺陷数等）月度数值的平均值，取自业务数据表。',
  'proposal.metric.time_to_fill.p90': '最慢一成岗位的填补周期',
  'proposal.metric.time_to_hire.p90': '最慢一成候选人的招聘用时',
};
