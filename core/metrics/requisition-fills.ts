import type { Dataset } from '../table/dataset.ts';
import type { Day } from '../table/day.ts';
import { isFilledStatus } from './is-filled-status.ts';

/** Per requisition row: when it entered the plan, how many hires it plans, and when (whether) it was filled. */
export interface RequisitionFills {
  /** Opening date, else approval date (NaN when neither is known). */
  planDay: Float64Array;
  /** Planned hires; 1 where the table has no count or the cell is empty (a requisition asks for at least one hire). */
  planned: Float64Array;
  /** Day the requisition was filled (NaN = not filled); −Infinity when only the status says it was filled, with no date. */
  filledDay: Float64Array;
  /** Whether fills are dated (a filled-date column) or read from the status. */
  basis: 'filled-date' | 'status';
}

/**
 * The plan and fill of each requisition, read the best way the table allows: dated fills from the filled date, else
 * undated fills from the status wording (isFilledStatus), so plan completion and cost per hire count hires the same way.
 * @example requisitionFills(requisitions).planned[0] // 1 when Planned Hires is missing
 */
export function requisitionFills(dataset: Dataset): RequisitionFills {
  const { openedDate, approvedDate, plannedHires, filledDate, requisitionStatus } = dataset.fields;
  const rows = dataset.rowCount;
  const planDay = new Float64Array(rows).fill(NaN);
  const planned = new Float64Array(rows).fill(1);
  const filledDay = new Float64Array(rows).fill(NaN);
  for (let i = 0; i < rows; i++) {
    const opened: Day = openedDate?.type === 'date' ? openedDate.days[i] : NaN;
    planDay[i] = Number.isNaN(opened) && approvedDate?.type === 'date' ? approvedDate.days[i] : opened;
    if (plannedHires?.type === 'number' && plannedHires.values[i] >= 0) planned[i] = plannedHires.values[i];
  }
  if (filledDate?.type === 'date') {
    filledDay.set(filledDate.days);
    return { planDay, planned, filledDay, basis: 'filled-date' };
  }
  if (requisitionStatus?.type === 'category') {
    const filledCodes = requisitionStatus.labels.map(isFilledStatus);
    for (let i = 0; i < rows; i++) if (requisitionStatus.codes[i] >= 0 && filledCodes[requisitionStatus.codes[i]]) filledDay[i] = -Infinity;
  }
  return { planDay, planned, filledDay, basis: 'status' };
}
