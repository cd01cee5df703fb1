import { searchSorted } from '../stats/search-sorted.ts';
import type { Dataset } from '../table/dataset.ts';
import { candidateStages, stageOfLabel, type CandidateStage } from '../table/stage-of-label.ts';
import type { Grouping } from './metric.ts';
import { skipMask } from './skip-mask.ts';

/** A stage-event table folded into one record per application (a candidate on a requisition), all in typed arrays. */
export interface CandidateApplications {
  count: number;
  /** First day each application reached each stage (NaN = never), by stage name; arrays indexed by application. */
  firstDay: Record<CandidateStage, Float64Array>;
  /** Per application: its first event's row, whose group the application takes. */
  firstRow: Int32Array;
  /** Per event row: its application, −1 for rows left out (invalid id, stage or date, or an excluded row). */
  rowApplication: Int32Array;
  /** Per event row: its stage's index in candidateStages, −1 when unknown or missing. */
  rowStage: Int8Array;
  /** Rows left out for an invalid value or an exclusion. */
  excluded: number;
}

// Datasets are read-only, so the three candidate metrics and both periods share one fold per table.
const folded = new WeakMap<Dataset, CandidateApplications>();

/**
 * Candidates' stage events per application (candidate id × requisition id when requisitions are named, else the candidate):
 * the first day each stage was reached and the first event's row. Stage labels are read once per distinct label
 * (stageOfLabel); applications are numbered by sorting the distinct (candidate, requisition) codes, so there are no per-row
 * objects and no string keys. Rows without a candidate, a known stage or a date count for nothing. Folded once per dataset
 * (the result is shared: read-only). Empty table: no applications.
 * @example candidateApplications(events).firstDay.accepted[0] // day application 0 accepted its offer, or NaN
 */
export function candidateApplications(dataset: Dataset): CandidateApplications {
  const known = folded.get(dataset);
  if (known) return known;
  const applications = foldApplications(dataset);
  folded.set(dataset, applications);
  return applications;
}

function foldApplications(dataset: Dataset): CandidateApplications {
  const { candidateId, requisitionId, stage, eventDate } = dataset.fields;
  const { skip, excluded } = skipMask(dataset, ['candidateId', 'requisitionId', 'stage', 'eventDate']);
  const rows = dataset.rowCount;
  const rowStage = new Int8Array(rows).fill(-1);
  const keys = new Float64Array(rows).fill(NaN);
  if (candidateId?.type === 'category' && stage?.type === 'category' && eventDate?.type === 'date') {
    const stageOfCode = Int8Array.from(stage.labels, stageOfLabel);
    const requisitions = requisitionId?.type === 'category' ? requisitionId : null;
    const width = requisitions === null ? 1 : requisitions.labels.length + 1;
    for (let i = 0; i < rows; i++) {
      if (skip[i] === 1 || candidateId.codes[i] < 0 || stage.codes[i] < 0 || Number.isNaN(eventDate.days[i])) continue;
      rowStage[i] = stageOfCode[stage.codes[i]];
      keys[i] = candidateId.codes[i] * width + (requisitions === null ? 0 : requisitions.codes[i] + 1);
    }
  }
  const distinct = keys.filter((key) => !Number.isNaN(key)).sort();
  let count = 0;
  for (let k = 0; k < distinct.length; k++) if (k === 0 || distinct[k] !== distinct[k - 1]) distinct[count++] = distinct[k];
  const unique = distinct.subarray(0, count);
  const firstDay = Object.fromEntries(candidateStages.map((name) => [name, new Float64Array(count).fill(NaN)])) as Record<CandidateStage, Float64Array>;
  const byIndex = candidateStages.map((name) => firstDay[name]);
  const firstRow = new Int32Array(count).fill(-1);
  const rowApplication = new Int32Array(rows).fill(-1);
  const days = eventDate?.type === 'date' ? eventDate.days : null;
  for (let i = 0; i < rows; i++) {
    if (Number.isNaN(keys[i]) || days === null) continue;
    const application = searchSorted(unique, keys[i]);
    rowApplication[i] = application;
    if (firstRow[application] < 0) firstRow[application] = i;
    if (rowStage[i] < 0) continue;
    const reached = byIndex[rowStage[i]];
    if (!(reached[application] <= days[i])) reached[application] = days[i];
  }
  return { count, firstDay, firstRow, rowApplication, rowStage, excluded };
}

/**
 * The grouping of applications: each takes the group of its first event's row, so per-application samples can be cut by
 * the event table's department. Null without a grouping.
 * @example applicationGrouping(applications, byDepartment)?.codes.length === applications.count // true
 */
export function applicationGrouping(applications: CandidateApplications, grouping: Grouping | null): Grouping | null {
  if (grouping === null) return null;
  const codes = Int32Array.from(applications.firstRow, (row) => grouping.codes[row]);
  return { field: grouping.field, codes, labels: grouping.labels };
}
