import { caseEn } from './case-messages.ts';
import { cliEn } from './cli-messages.ts';
import { checkEn } from './check-messages.ts';
import { exportEn } from './export-messages.ts';
import { extensionEn } from './extension-messages.ts';
import { findingEn } from './finding-messages.ts';
import { issueEn } from './issue-messages.ts';
import { metricEn } from './metric-messages.ts';
import { storyEn } from './story-messages.ts';
import { playbookEn } from '../proposal/messages/playbook-en.ts';
import { uiEn } from './ui-messages.ts';
import { proposalEn } from '../proposal/messages/proposal-en.ts';

/** English messages: the source catalogue. zh-CN must define every key (checked by the compiler and a test). */
export const en = {
  ...cliEn,
  ...exportEn,
  ...checkEn,
  ...metricEn,
  ...storyEn,
  ...caseEn,
  ...findingEn,
  ...proposalEn,
  ...playbookEn,
  ...uiEn,
  ...extensionEn,
  ...issueEn,
  'app.name': 'PeopleCase',
  'readError.empty-file': 'The file is empty',
  'readError.binary-file': 'The file is not a text table: it contains binary data',
  'readError.bad-workbook': 'The file is not a readable XLSX workbook ({detail})',
  'readError.no-sheets': 'The workbook has no sheets',
  'readError.unknown-sheet': 'There is no sheet named "{sheet}"; the workbook\'s sheets are: {sheets}',
  'readError.empty-sheet': 'The sheet "{sheet}" is empty',
  'readError.legacy-workbook': '"{fileName}" is an old-format (.xls) or password-protected workbook, which cannot be read: save it as .xlsx without a password, or as CSV UTF-8',
  'readError.not-a-table': '"{fileName}" is a {what} file, not a table: choose a CSV or XLSX file',
  'readError.not-zip': '"{fileName}" is not a valid XLSX workbook (it is not a zip archive)',
  'readError.html-file': '"{fileName}" is an HTML or XML file, not a CSV or XLSX table: open it in Excel and save it as .xlsx or CSV UTF-8',
  'fieldMap.unknownHeader': 'No column "{header}" for {field}. Columns: {headers}',
  'fieldMap.unknownField': 'No field "{field}". Fields: {fields}',
  'fieldMap.derivedFrom': '(derived from {headers})',
  'segment.unknown': 'No field or column "{name}". Fields: {fields}. Columns: {headers}',
  'segment.notCategory': '"{name}" cannot split people into groups: it is not a category such as department or gender',
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
