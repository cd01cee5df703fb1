import { fieldSynonyms, type FieldVocabulary } from './field-synonyms.ts';
import { rosterFields, type FieldSpec } from './fields.ts';

/** Canonical fields of a department-goals table: what each head is measured on, as a metric with a target and a deadline. */
export const goalFieldIds = ['department', 'goal', 'metricName', 'target', 'deadline'] as const;

export type GoalFieldId = (typeof goalFieldIds)[number];

/** Storage type of each goal field. */
export const goalFields: Record<GoalFieldId, FieldSpec> = {
  department: rosterFields.department,
  goal: { id: 'goal', type: 'category', segmentable: false },
  metricName: { id: 'metricName', type: 'category', segmentable: true },
  target: { id: 'target', type: 'number', segmentable: false },
  deadline: { id: 'deadline', type: 'date', segmentable: false },
};

/** Header synonyms of the metric a goal or a business figure is about, shared by goals and business metrics. */
export const metricNameVocabulary: FieldVocabulary = {
  headers: ['Metric', 'Metric Name', 'KPI', 'KPI Name', 'Measure', 'Indicator', 'Key Metric', '指标', '指标名称', '考核指标', '衡量指标', 'KPI名称', '业务指标'],
  weakHeaders: ['Item', '项目'],
  keywords: ['metric', 'kpi', 'measure', 'indicator', '指标'],
};

/**
 * Header synonyms of every goal field in English and Chinese (OKR and 目标责任书 sheets). `Goal` and `Target` are kept apart:
 * the goal is the sentence, the target is the number (目标 vs 目标值).
 * @example goalSynonyms.target.headers.includes('目标值') // true
 */
export const goalSynonyms: Record<GoalFieldId, FieldVocabulary> = {
  department: fieldSynonyms.department,
  goal: {
    headers: ['Goal', 'Goal Name', 'Objective', 'Objective Name', 'Business Goal', 'Department Goal', 'Key Result', '目标', '目标名称', '目标描述', '部门目标', '经营目标', '业务目标', '关键结果'],
    weakHeaders: ['Description', 'OKR', '描述', '说明'],
    keywords: ['goal', 'objective', '目标'],
  },
  metricName: metricNameVocabulary,
  target: {
    headers: ['Target', 'Target Value', 'Goal Value', 'Target Level', 'Target Number', '目标值', '目标数值', '指标目标', '目标水平'],
    weakHeaders: ['Value', '数值'],
    keywords: ['target', '目标值'],
  },
  deadline: {
    headers: ['Deadline', 'Due Date', 'Due', 'Due By', 'Target Date', 'By When', 'Due On', '截止日期', '截止时间', '完成期限', '期限', '目标日期', '完成时限'],
    weakHeaders: ['End Date', 'Date', '日期'],
    keywords: ['deadline', 'due', '截止', '期限'],
  },
};
