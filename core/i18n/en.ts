import { cliEn } from './cli-messages.ts';
import { findingEn } from './finding-messages.ts';
import { metricEn } from './metric-messages.ts';

/** English messages: the source catalogue. zh-CN must define every key (checked by the compiler and a test). */
export const en = {
  ...cliEn,
  ...metricEn,
  ...findingEn,
  'app.name': 'PeopleCase',
  'issue.invalid-date': 'Not a date: "{value}"',
  'issue.ambiguous-date': '"{value}" could be month/day or day/month, and this column has dates of both kinds',
  'issue.date-out-of-range': 'Date "{value}" is outside the plausible range {min} to {max}',
  'issue.invalid-number': 'Not a number: "{value}"',
  'issue.invalid-money': 'Not an amount of money: "{value}"',
  'issue.negative-pay': 'Pay cannot be negative: {value}',
  'issue.out-of-range': '{value} is outside the plausible range {min} to {max}',
  'issue.invalid-boolean': 'Not a yes/no value: "{value}"',
  'issue.termination-before-hire': 'Termination date {value} is before the hire date {hireDate}',
  'issue.duplicate-id': 'Employee ID {value} already appears on row {firstRow}; this row is left out',
  'issue.scheduled-termination': 'Termination date {value} is after {asOf}: counted as a scheduled departure, not a separation',
  'issue.mixed-date-order': 'This column mixes month/day and day/month dates ({monthFirst} show month first, {dayFirst} day first); each date is read by what it shows',
  'issue.ambiguous-date-order': 'No date in this column shows whether it is month/day or day/month; read as month/day (US style)',
  'fieldMap.unknownHeader': 'No column "{header}" for {field}. Columns: {headers}',
  'fieldMap.unknownField': 'No field "{field}". Fields: {fields}',
  'fieldMap.derivedFrom': '(derived from {headers})',
  'segment.unknown': 'No field or column "{name}". Fields: {fields}. Columns: {headers}',
  'segment.notCategory': '"{name}" cannot split people into groups: it is not a category such as department or gender',
  'snapshot.error.invalid-json': 'This file is not a PeopleCase snapshot: it is not valid JSON ({detail}).',
  'snapshot.error.not-a-snapshot': 'This file is not a PeopleCase snapshot: it has no schema version.',
  'snapshot.error.newer-version': 'This snapshot was saved by a newer PeopleCase (schema version {version}; this one reads up to {supported}). Update PeopleCase to open it.',
  'snapshot.error.invalid': 'This snapshot is damaged or incomplete, so it was not opened and nothing was changed. {issues}',
  'snapshot.error.invalid-json': 'This file is not a PeopleCase snapshot: it is not valid JSON ({detail}).',
  'snapshot.error.not-a-snapshot': 'This file is not a PeopleCase snapshot: it has no schema version.',
  'snapshot.error.newer-version': 'This snapshot was saved by a newer PeopleCase (schema version {version}; this one reads up to {supported}). Update PeopleCase to open it.',
  'snapshot.error.invalid': 'This snapshot is damaged or incomplete, so it was not opened and nothing was changed. {issues}',
  'render.scope.company': 'Whole company',
  'render.prepared': 'Prepared {date}',
  'render.footer': 'Prepared with PeopleCase. The data was processed on this device only; nothing was uploaded.',
  'chart.tooltip': '{label}: {value}',
} as const;

export type MessageKey = keyof typeof en;
