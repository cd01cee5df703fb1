import type { Assumptions } from '../impact/assumptions.ts';
import type { MetricSettings } from '../metrics/metric.ts';

/**
 * The metric settings the user's assumptions imply (feedback SLA days, working days a year), so the CLI, the Excel pane and the
 * extension compute the same figures from the same assumptions.
 * @example metricSettingsOf(defaultAssumptions) // { slaDays: 3, workingDaysPerYear: 260 }
 */
export function metricSettingsOf(assumptions: Assumptions): MetricSettings {
  return { slaDays: assumptions.feedbackSlaDays.base, workingDaysPerYear: assumptions.workingDaysPerYear.base };
}
