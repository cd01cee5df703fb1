import { addToSlots } from './add-to-slots.ts';
import { averageHeadcount } from './average-headcount.ts';
import { defineMetric } from './metric.ts';
import { requisitionFills } from './requisition-fills.ts';
import { revenueInPeriod } from './revenue-in-period.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';
import { workingDaysBetween } from './working-days-between.ts';

/** Working days a year when the settings give none: 52 weeks of 5 days (METRICS-SOURCES: 260, or the company's). */
const DEFAULT_WORKING_DAYS = 260;

// A cancelled requisition's vacancy ended on a day the table does not give, so it is left out rather than counted to today.
const cancelled = /cancel|withdr|abandon|取消|撤销|作废/i;

/**
 * cost_of_vacancy = revenue per head per working day × working days vacant: revenue per head = the company's revenue in the
 * period (business rows whose metric is revenue) ÷ the roster's average monthly headcount over it; per working day = ÷
 * (working days a year × period days ÷ 365; 260 by default, `settings.workingDaysPerYear`); days vacant = Monday-to-Friday
 * days from approval (else opening) to the day before the fill, or to the as-of day while open, clipped to the period.
 * Every department is costed at the company's revenue per head. Cancelled requisitions and fills read from a status without a
 * date are left out (`missing-data`: their vacancy's end is unknown). numerator = vacant working days; n = requisitions vacant
 * in the period. Source: the cost-of-vacancy method (revenue ÷ employees ÷ working days × days vacant; worked example: 10M,
 * 40 staff, 230 days, 73 days vacant → 79,350). Needs the roster and the business table; no revenue or no requisition open
 * in the period (a table of other years says nothing of this one), no result.
 */
export const costOfVacancy = defineMetric({
  id: 'cost_of_vacancy',
  kind: 'count',
  unit: 'currency',
  direction: 'down',
  role: 'requisitions',
  relatedRoles: ['roster', 'business'],
  requires: [],
  needsPeriod: true,
  formula: 'company revenue in the period ÷ average headcount ÷ working days × working days the requisitions stood open',
  source: 'cost-of-vacancy method (revenue per employee per working day × days vacant)',
  appliesTo: (dataset) => dataset.fields.openedDate?.type === 'date' || dataset.fields.approvedDate?.type === 'date',
  compute(dataset, { period, grouping, related, settings }) {
    const roster = related?.roster;
    const business = related?.business;
    if (period === null || roster === undefined || business === undefined) return [];
    const revenue = revenueInPeriod(business, period).reduce((sum, value) => (Number.isNaN(value) ? sum : sum + value), 0);
    const headcount = averageHeadcount(roster, period, null, 0).average[0];
    if (!(revenue > 0 && headcount > 0)) return [];
    const workingDaysPerYear = settings?.workingDaysPerYear ?? DEFAULT_WORKING_DAYS;
    const perWorkingDay = revenue / headcount / (workingDaysPerYear * ((period.to - period.from + 1) / 365));
    const { approvedDate, requisitionStatus } = dataset.fields;
    const { planDay, filledDay, basis } = requisitionFills(dataset);
    const { skip, excluded } = skipMask(dataset, ['openedDate', 'approvedDate', 'filledDate']);
    const isCancelled = requisitionStatus?.type === 'category' ? requisitionStatus.labels.map((label) => cancelled.test(label)) : [];
    const slotCount = (grouping === null ? 0 : grouping.labels.length) + 1;
    const vacantDays = new Float64Array(slotCount);
    const vacancies = new Float64Array(slotCount);
    let unknownEnd = 0;
    const lastDay = Math.min(period.to, dataset.asOf);
    for (let i = 0; i < dataset.rowCount; i++) {
      const start = approvedDate?.type === 'date' && !Number.isNaN(approvedDate.days[i]) ? approvedDate.days[i] : planDay[i];
      if (skip[i] === 1 || !(start <= lastDay) || filledDay[i] < period.from) continue;
      const status = requisitionStatus?.type === 'category' ? requisitionStatus.codes[i] : -1;
      if ((basis === 'status' && filledDay[i] === -Infinity) || (Number.isNaN(filledDay[i]) && status >= 0 && isCancelled[status])) {
        unknownEnd++;
        continue;
      }
      const end = Number.isNaN(filledDay[i]) ? lastDay : Math.min(filledDay[i] - 1, lastDay);
      const days = workingDaysBetween(Math.max(start, period.from), end);
      if (days === 0) continue;
      const group = grouping === null ? -1 : grouping.codes[i];
      addToSlots(vacantDays, group, days);
      addToSlots(vacancies, group, 1);
    }
    if (vacancies[slotCount - 1] === 0) return [];
    const slots = splitSlots(slotCount - 1, (slot) => ({ numerator: vacantDays[slot], denominator: NaN, n: vacancies[slot], value: vacantDays[slot] * perWorkingDay }));
    return [{ variant: null, ...slots, excluded, definition: `cost_of_vacancy.revenue-per-head-per-working-day.${workingDaysPerYear}-days-a-year`, caveats: unknownEnd > 0 ? ['missing-data'] : [] }];
  },
});
