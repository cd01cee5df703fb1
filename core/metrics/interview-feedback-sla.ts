import { candidateStages } from '../table/stage-of-label.ts';
import { candidateApplications } from './candidate-applications.ts';
import { countByGroup } from './count-by-group.ts';
import { defineMetric } from './metric.ts';
import { rateTally } from './rate-tally.ts';
import { splitSlots } from './split-slots.ts';

/** Days within which interview feedback counts as on time when the settings give none: the 3-day SLA of the playbook. */
const DEFAULT_SLA_DAYS = 3;

const INTERVIEWED = candidateStages.indexOf('interviewed');
const FEEDBACK = candidateStages.indexOf('feedback');

/**
 * interview_feedback_sla = interviews whose feedback came within the SLA (feedback day − interview day ≤ 3 days by default,
 * `settings.slaDays`) ÷ interviews held in the period whose outcome is known: each interview event is paired with the first
 * later feedback event of the same application (rounds in order, so a second round is timed from its own interview); an
 * interview still without feedback counts as late once the SLA has passed by the as-of day, and is left out while it has
 * not (`right-censored`). A cooperation metric: it measures the hiring department's part of the process. n = interviews.
 * Source: interview-feedback turnaround SLA (LinkedIn Talent Solutions, Greenhouse recruiting benchmarks); DESIGN.md §4
 * cooperation_sla. No period: no result.
 */
export const interviewFeedbackSla = defineMetric({
  id: 'interview_feedback_sla',
  kind: 'rate',
  unit: 'ratio',
  direction: 'up',
  role: 'candidates',
  requires: ['candidateId', 'stage', 'eventDate'],
  needsPeriod: true,
  formula: 'interviews in the period with feedback within the SLA days (default 3) ÷ interviews whose feedback came or is overdue',
  source: 'interview feedback turnaround SLA (recruiting cooperation metric, DESIGN.md §4 cooperation_sla)',
  appliesTo: (dataset) => dataset.fields.stage?.type === 'category' && dataset.fields.eventDate?.type === 'date',
  compute(dataset, { period, grouping, settings }) {
    const days = dataset.fields.eventDate?.type === 'date' ? dataset.fields.eventDate.days : null;
    if (period === null || days === null) return [];
    const slaDays = settings?.slaDays ?? DEFAULT_SLA_DAYS;
    const { rowApplication, rowStage, excluded } = candidateApplications(dataset);
    const isPaired = (i: number) => rowApplication[i] >= 0 && (rowStage[i] === INTERVIEWED || rowStage[i] === FEEDBACK);
    let eventCount = 0;
    for (let i = 0; i < rowStage.length; i++) if (isPaired(i)) eventCount++;
    const order = new Int32Array(eventCount);
    for (let i = 0, k = 0; i < rowStage.length; i++) if (isPaired(i)) order[k++] = i;
    order.sort((a, b) => rowApplication[a] - rowApplication[b] || days[a] - days[b] || rowStage[a] - rowStage[b]);
    const decided = new Uint8Array(dataset.rowCount);
    const onTime = new Uint8Array(dataset.rowCount);
    let pending = 0;
    const settle = (interview: number, delay: number): void => {
      if (!(days[interview] >= period.from && days[interview] <= period.to)) return;
      if (Number.isNaN(delay) && dataset.asOf - days[interview] <= slaDays) {
        pending++;
        return;
      }
      decided[interview] = 1;
      onTime[interview] = delay <= slaDays ? 1 : 0;
    };
    // Interviews waiting for feedback, oldest first, within the current application.
    const waiting = new Int32Array(order.length);
    let head = 0;
    let tail = 0;
    for (let k = 0; k <= order.length; k++) {
      const row = order[k];
      if (k === order.length || (k > 0 && rowApplication[row] !== rowApplication[order[k - 1]])) {
        while (head < tail) settle(waiting[head++], NaN);
        head = tail = 0;
        if (k === order.length) break;
      }
      if (rowStage[row] === INTERVIEWED) waiting[tail++] = row;
      else if (head < tail) {
        const interview = waiting[head++];
        settle(interview, days[row] - days[interview]);
      }
    }
    const onTimeCounts = countByGroup(onTime, grouping);
    const decidedCounts = countByGroup(decided, grouping);
    const slots = splitSlots(decidedCounts.length - 1, (slot) => rateTally(onTimeCounts[slot], decidedCounts[slot], decidedCounts[slot]));
    return [{ variant: null, ...slots, excluded, definition: `interview_feedback_sla.within-${slaDays}-days`, caveats: pending > 0 ? ['right-censored'] : [] }];
  },
});
