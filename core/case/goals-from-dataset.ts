import type { Target } from '../findings/detect-context.ts';
import { messageKeys, t, type Lang, type MessageKey } from '../i18n/index.ts';
import type { Metric } from '../metrics/metric.ts';
import type { DepartmentGoal } from '../proposal/proposal-input.ts';
import type { Dataset } from '../table/dataset.ts';
import { isoFromDay } from '../table/day.ts';

// The HR department's goals on HR metrics (voluntary turnover, hiring plan completion) are the company's: HR owns them company-wide.
const hrDepartment = /^(?:hr|human resources?|people(?: ops| operations| team)?|人力资源(?:部|中心)?|人事(?:部|行政部)?)$/i;

/** Words of a metric name with case, punctuation and spacing ignored, so "Voluntary Turnover Rate" meets `turnover_rate`. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Every way a goals sheet may name a metric PeopleCase computes — its id, its English and Chinese names, and each variant
 * before the name ("Voluntary turnover rate", "主动离职率") — keyed to the metric id and variant.
 * @example metricNameIndex(allMetrics).get('voluntaryturnoverrate') // { metric: 'turnover_rate', variant: 'voluntary' }
 */
export function metricNameIndex(metrics: readonly Metric[]): Map<string, { metric: string; variant: string | null }> {
  const index = new Map<string, { metric: string; variant: string | null }>();
  const variants = messageKeys('en').filter((key) => key.startsWith('variant.')).map((key) => key.slice('variant.'.length));
  const langs: Lang[] = ['en', 'zh-CN'];
  for (const metric of metrics) {
    const nameKeyOf = `metric.${metric.id}.name` as MessageKey;
    const names = [metric.id.replace(/_/g, ' '), ...langs.map((lang) => t(lang, nameKeyOf))];
    for (const name of names) index.set(nameKey(name), { metric: metric.id, variant: null });
    for (const variant of variants) {
      for (const lang of langs) {
        const variantName = t(lang, `variant.${variant}` as MessageKey);
        for (const name of names) index.set(nameKey(`${variantName}${name}`), { metric: metric.id, variant });
      }
    }
  }
  return index;
}

/**
 * The goals table as department goals (quoted in proposals) and, where a goal's metric is one PeopleCase computes, as targets
 * for the off-target detector; the HR department's targets on HR metrics are company-wide (department null). Rows without a
 * department or goal text are skipped (they have issues already); no table gives none.
 * @example goalsFromDataset(goals, allMetrics).targets[0] // { metric: 'turnover_rate', variant: 'voluntary', department: null, target: 0.1, deadline: '2025-12-31' }
 */
export function goalsFromDataset(goals: Dataset | undefined, metrics: readonly Metric[]): { goals: DepartmentGoal[]; targets: Target[] } {
  if (!goals) return { goals: [], targets: [] };
  const { department, goal, metricName, target, deadline } = goals.fields as Record<string, Dataset['fields'][keyof Dataset['fields']]>;
  const label = (column: typeof department, row: number): string | null =>
    column?.type === 'category' && column.codes[row] >= 0 ? column.labels[column.codes[row]] : null;
  const index = metricNameIndex(metrics);
  const result: { goals: DepartmentGoal[]; targets: Target[] } = { goals: [], targets: [] };
  for (let row = 0; row < goals.rowCount; row++) {
    const dept = label(department, row);
    const text = label(goal, row);
    if (goals.rowExcluded[row] || dept === null || text === null) continue;
    const name = label(metricName, row);
    const value = target?.type === 'number' && !Number.isNaN(target.values[row]) ? target.values[row] : null;
    const due = deadline?.type === 'date' && !Number.isNaN(deadline.days[row]) ? isoFromDay(deadline.days[row]) : null;
    const known = name === null ? undefined : index.get(nameKey(name));
    result.goals.push({ department: dept, goal: text, metric: known?.metric ?? name, target: value, deadline: due });
    if (known && value !== null && due !== null) result.targets.push({ metric: known.metric, variant: known.variant, department: hrDepartment.test(dept.trim()) ? null : dept, target: value, deadline: due });
  }
  return result;
}
