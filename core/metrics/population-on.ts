import type { Dataset } from '../table/dataset.ts';
import type { Day } from '../table/day.ts';
import type { FieldId } from '../table/fields.ts';
import { isActiveOn } from './is-active-on.ts';
import { skipMask } from './skip-mask.ts';

/**
 * How the current population was decided, shown in definition ids: `active-on-date` from hire and termination dates,
 * `snapshot-non-leavers` from a leaver flag when there are no dates (IBM's `Attrition = No`), `listed-rows` when the
 * table has neither (a list of current staff).
 */
export type PopulationBasis = 'active-on-date' | 'snapshot-non-leavers' | 'listed-rows';

export interface Population {
  basis: PopulationBasis;
  /** 1 for rows in the population on the day and not skipped for an invalid value. */
  member: Uint8Array;
  /** Rows excluded by the dataset or holding an invalid value in the fields that decide membership or in the extra fields asked for. */
  excluded: number;
}

/**
 * The people on the payroll on `day`, read the best way the data allows: active on the day when hire dates exist (see
 * isActiveOn), otherwise the rows not flagged as leavers, otherwise every row; headcount, tenure, pay and span metrics all
 * start from it so they describe the same people. `fields` adds the metric's own fields to the invalid-value exclusions.
 * Empty dataset: an empty mask.
 * @example populationOn(dataset, dataset.asOf, ['salary']).basis // 'active-on-date' when hireDate is mapped
 */
export function populationOn(dataset: Dataset, day: Day, fields: readonly FieldId[]): Population {
  const hire = dataset.fields.hireDate;
  const termination = dataset.fields.terminationDate;
  const leaver = dataset.fields.leaver;
  if (hire?.type === 'date') {
    const { skip, excluded } = skipMask(dataset, ['hireDate', 'terminationDate', ...fields]);
    const hireDays = hire.days;
    const terminationDays = termination?.type === 'date' ? termination.days : null;
    const member = new Uint8Array(dataset.rowCount);
    for (let i = 0; i < member.length; i++) {
      member[i] = skip[i] === 0 && isActiveOn(hireDays[i], terminationDays === null ? NaN : terminationDays[i], day) ? 1 : 0;
    }
    return { basis: 'active-on-date', member, excluded };
  }
  if (leaver?.type === 'boolean') {
    const { skip, excluded } = skipMask(dataset, ['leaver', ...fields]);
    const flags = leaver.values;
    const member = new Uint8Array(dataset.rowCount);
    for (let i = 0; i < member.length; i++) member[i] = skip[i] === 0 && flags[i] === 0 ? 1 : 0;
    return { basis: 'snapshot-non-leavers', member, excluded };
  }
  const { skip, excluded } = skipMask(dataset, fields);
  const member = new Uint8Array(dataset.rowCount);
  for (let i = 0; i < member.length; i++) member[i] = 1 - skip[i];
  return { basis: 'listed-rows', member, excluded };
}
