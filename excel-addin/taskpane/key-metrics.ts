import type { MessageKey } from '../../core/i18n/index.ts';

/** The key figures of each kind of table, in reading order; a group shows only the figures its tables gave. */
export const keyMetrics: readonly { title: MessageKey; metrics: readonly [string, string | null][] }[] = [
  {
    title: 'ui.dashboard.workforce',
    metrics: [['headcount', null], ['turnover_rate', null], ['turnover_rate', 'voluntary'], ['attrition_share', null], ['retention_rate', null], ['early_attrition', null], ['tenure', null], ['compa_ratio', null], ['pay_gap', null], ['span_of_control', null]],
  },
  {
    title: 'ui.dashboard.recruiting',
    metrics: [['hiring_plan_completion', null], ['time_to_fill', null], ['time_to_hire', null], ['offer_acceptance_rate', null], ['interview_feedback_sla', null], ['cost_per_hire', null]],
  },
  { title: 'ui.dashboard.training', metrics: [['training_completion', null]] },
];

/** The headline metrics (each key figure without a variant), which the evidence sheet charts by department. */
export const headlineMetrics: readonly string[] = keyMetrics.flatMap(({ metrics }) => metrics.flatMap(([metric, variant]) => (variant === null ? [metric] : [])));
