import type { Dataset } from '../table/dataset.ts';
import type { Day } from '../table/day.ts';
import type { FieldId } from '../table/fields.ts';
import { isActiveOn } from './is-active-on.ts';
import { skipMask, type SkipMask } from './skip-mask.ts';

/**
 * How the current population was decided, shown in definition ids: `active-on-date` from hire and termination dates,
 * `snapshot-non-leavers` from a leaver flag when there are no dates (IBM's `Attrition = No`), `listed-rows` when the
 * table has neither (a list of current staff).
 */
export type PopulationBasis = 'active-on-date' | 'snapshot-non-leavers' | 'listed-rows';

/** Shared between metrics (see populationOn): read it, never write to it. */
export interface Population {
  basis: PopulationBasis;
  /** 1 for rows in the population on the day and not skipped for an invalid value. */
  member: Uint8Array;
  /** Rows excluded by the dataset or holding an invalid value in the fields that decide membership or in the extra fields asked for. */
  excluded: number;
}

/** The fields whose invalid values take a row out of the population, by basis. */
const decidingFields: Record<PopulationBasis, readonly FieldId[]> = {
  'active-on-date': ['hireDate', 'terminationDate'],
  'snapshot-non-leavers': ['leaver'],
  'listed-rows': [],
};

/** Populations already built, per skip mask (itself one per dataset and invalid fields) and day; datasets are read-only. */
const populations = new WeakMap<SkipMask, Map<Day, Population>>();

/**
 * The people on the payroll on `day`, read the best way the data allows: active on the day when hire dates exist (see
 * isActiveOn), otherwise the rows not flagged as leavers, otherwise every row; headcount, tenure, pay and span metrics all
 * start from it so they describe the same people. `fields` adds the metric's own fields to the invalid-value exclusions.
 * Built once per dataset, day and set of fields with invalid values, then shared, so a suite of metrics does not rebuild
 * the same million-row mask. Empty dataset: an empty mask.
 * @example populationOn(dataset, dataset.asOf, ['salary']).basis // 'active-on-date' when hireDate is mapped
 */
export function populationOn(dataset: Dataset, day: Day, fields: readonly FieldId[]): Population {
  const hire = dataset.fields.hireDate;
  const termination = dataset.fields.terminationDate;
  const leaver = dataset.fields.leaver;
  const basis: PopulationBasis = hire?.type === 'date' ? 'active-on-date' : leaver?.type === 'boolean' ? 'snapshot-non-leavers' : 'listed-rows';
  const mask = skipMask(dataset, [...decidingFields[basis], ...fields]);
  let byDay = populations.get(mask);
  if (byDay === undefined) populations.set(mask, (byDay = new Map()));
  const cached = byDay.get(day);
  if (cached !== undefined) return cached;
  const skip = mask.skip;
  const member = new Uint8Array(dataset.rowCount);
  if (hire?.type === 'date') {
    const hireDays = hire.days;
    const terminationDays = termination?.type === 'date' ? termination.days : null;
    for (let i = 0; i < member.length; i++) {
      member[i] = skip[i] === 0 && isActiveOn(hireDays[i], terminationDays === null ? NaN : terminationDays[i], day) ? 1 : 0;
    }
  } else if (leaver?.type === 'boolean') {
    const flags = leaver.values;
    for (let i = 0; i < member.length; i++) member[i] = skip[i] === 0 && flags[i] === 0 ? 1 : 0;
  } else {
    for (let i = 0; i < member.length; i++) member[i] = 1 - skip[i];
  }
  const population = { basis, member, excluded: mask.excluded };
  byDay.set(day, population);
  return population;
}
