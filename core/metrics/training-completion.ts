import { countByGroup } from './count-by-group.ts';
import { defineMetric } from './metric.ts';
import { rateTally } from './rate-tally.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';

/**
 * training_completion = enrolments completed ÷ enrolments whose completion is known, over the training records of courses
 * ending in the period (end date, else start date). One row is one participant on one course, so n = enrolments. Source:
 * ISO 30414:2018 skills and capabilities (training participation and completion); ATD completion rate. No period: no result.
 */
export const trainingCompletion = defineMetric({
  id: 'training_completion',
  kind: 'rate',
  unit: 'ratio',
  direction: 'up',
  role: 'training',
  requires: ['completed'],
  needsPeriod: true,
  formula: 'enrolments completed ÷ enrolments with a known completion, for courses ending in the period',
  source: 'ISO 30414:2018 skills and capabilities; ATD training completion rate',
  appliesTo: (dataset) => dataset.fields.completed?.type === 'boolean' && (dataset.fields.endDate?.type === 'date' || dataset.fields.startDate?.type === 'date'),
  compute(dataset, { period, grouping }) {
    const completed = dataset.fields.completed;
    const dateField = dataset.fields.endDate?.type === 'date' ? 'endDate' : 'startDate';
    const date = dataset.fields[dateField];
    if (period === null || completed?.type !== 'boolean' || date?.type !== 'date') return [];
    const { skip, excluded } = skipMask(dataset, ['completed', dateField]);
    const enrolled = new Uint8Array(dataset.rowCount);
    const done = new Uint8Array(dataset.rowCount);
    for (let i = 0; i < enrolled.length; i++) {
      if (skip[i] === 1 || completed.values[i] < 0 || !(date.days[i] >= period.from && date.days[i] <= period.to)) continue;
      enrolled[i] = 1;
      done[i] = completed.values[i];
    }
    const completions = countByGroup(done, grouping);
    const enrolments = countByGroup(enrolled, grouping);
    const slots = splitSlots(enrolments.length - 1, (slot) => rateTally(completions[slot], enrolments[slot], enrolments[slot]));
    return [{ variant: null, ...slots, excluded, definition: `training_completion.completed-over-enrolled.by-${dateField === 'endDate' ? 'end' : 'start'}-date`, caveats: [] }];
  },
});
