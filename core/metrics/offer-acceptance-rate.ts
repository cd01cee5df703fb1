import { applicationGrouping, candidateApplications } from './candidate-applications.ts';
import { countByGroup } from './count-by-group.ts';
import { defineMetric } from './metric.ts';
import { rateTally } from './rate-tally.ts';
import { splitSlots } from './split-slots.ts';

/**
 * offer_acceptance_rate = offers accepted ÷ offers answered, over applications whose answer (first `accepted` or `declined`
 * event; accepted wins when both appear) falls in the period; an answer implies an offer even when the `offered` event is
 * missing. Offers made in the period and still unanswered on the as-of day are left out with the caveat `right-censored`:
 * counting them as declined would bias the rate down. n = answered offers. Source: SHRM offer acceptance rate (offers
 * accepted ÷ offers extended); ISO 30414:2018 recruitment. No period: no result.
 */
export const offerAcceptanceRate = defineMetric({
  id: 'offer_acceptance_rate',
  kind: 'rate',
  unit: 'ratio',
  direction: 'up',
  role: 'candidates',
  requires: ['candidateId', 'stage', 'eventDate'],
  needsPeriod: true,
  formula: 'offers accepted ÷ offers accepted or declined, answered in the period (unanswered offers left out)',
  source: 'SHRM offer acceptance rate (offers accepted ÷ offers extended); ISO 30414:2018 recruitment',
  appliesTo: (dataset) => dataset.fields.stage?.type === 'category' && dataset.fields.eventDate?.type === 'date',
  compute(dataset, { period, grouping }) {
    if (period === null) return [];
    const applications = candidateApplications(dataset);
    const { offered, accepted, declined } = applications.firstDay;
    const answered = new Uint8Array(applications.count);
    const yes = new Uint8Array(applications.count);
    let unanswered = 0;
    for (let a = 0; a < applications.count; a++) {
      const answer = Number.isNaN(accepted[a]) ? declined[a] : accepted[a];
      if (Number.isNaN(answer)) {
        if (offered[a] >= period.from && offered[a] <= period.to) unanswered++;
        continue;
      }
      if (!(answer >= period.from && answer <= period.to)) continue;
      answered[a] = 1;
      yes[a] = Number.isNaN(accepted[a]) ? 0 : 1;
    }
    const groups = applicationGrouping(applications, grouping);
    const accepts = countByGroup(yes, groups);
    const answers = countByGroup(answered, groups);
    const slots = splitSlots(answers.length - 1, (slot) => rateTally(accepts[slot], answers[slot], answers[slot]));
    return [{ variant: null, ...slots, excluded: applications.excluded, definition: 'offer_acceptance_rate.accepted-over-answered', caveats: unanswered > 0 ? ['right-censored'] : [] }];
  },
});
