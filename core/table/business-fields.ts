import { fieldSynonyms, type FieldVocabulary } from './field-synonyms.ts';
import { rosterFields, type FieldSpec } from './fields.ts';
import { metricNameVocabulary } from './goal-fields.ts';

/** Canonical fields of a business-metrics table in the long layout BI exports use: department, period, metric, value. */
export const businessFieldIds = ['department', 'period', 'metricName', 'value'] as const;

export type BusinessFieldId = (typeof businessFieldIds)[number];

/** Storage type of each business field; the period is a month (`2025-03`, `2025年3月`) or a date, stored as its first day when a month. */
export const businessFields: Record<BusinessFieldId, FieldSpec> = {
  department: rosterFields.department,
  period: { id: 'period', type: 'month', segmentable: false },
  metricName: { id: 'metricName', type: 'category', segmentable: true },
  value: { id: 'value', type: 'number', segmentable: false },
};

/**
 * Header synonyms of every business field in English and Chinese (Power BI and Excel exports, 经营月报).
 * @example businessSynonyms.period.headers.includes('月份') // true
 */
export const businessSynonyms: Record<BusinessFieldId, FieldVocabulary> = {
  department: fieldSynonyms.department,
  period: {
    headers: ['Period', 'Month', 'Year Month', 'YearMonth', 'Reporting Period', 'Fiscal Period', 'Reporting Month', '期间', '月份', '年月', '统计期间', '统计月份', '会计期间', '所属期间', '月度'],
    weakHeaders: ['Date', '日期', 'Time', '时间'],
    keywords: ['period', 'month', '期间', '月份'],
  },
  metricName: metricNameVocabulary,
  value: {
    headers: ['Value', 'Actual', 'Actual Value', 'Result', 'Figure', '数值', '值', '实际值', '实际', '完成值', '实际完成'],
    weakHeaders: ['Amount', '金额', '数量'],
    keywords: ['value', 'actual', '数值', '实际'],
  },
};
