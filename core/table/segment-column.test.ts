import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader.ts';
import { dayFromIso } from './day.ts';
import { rawTableFromValues } from './from-values.ts';
import { inferFieldMap } from './infer-fields.ts';
import { segmentColumn } from './segment-column.ts';
import { toDataset } from './to-dataset.ts';

const asOf = dayFromIso('2020-12-31');
const ibmRaw = readCsv(new Uint8Array(readFileSync(new URL('../../test/fixtures/ibm-hr-attrition.csv', import.meta.url))));
const ibm = toDataset(ibmRaw, inferFieldMap(ibmRaw).fieldMap, { asOf });

describe('segmentColumn', () => {
  it('gives the dataset column for a canonical field or the header it is mapped from', () => {
    expect(segmentColumn(ibm, 'department')).toBe(ibm.fields.department);
    expect(segmentColumn(ibm, 'Department')).toBe(ibm.fields.department);
    expect(segmentColumn(ibm, 'JobRole')).toBe(ibm.fields.jobTitle);
  });

  it('builds trimmed groups from any other header, matched loosely', () => {
    const travel = segmentColumn(ibm, 'BusinessTravel');
    expect(travel.labels).toEqual(['Travel_Rarely', 'Travel_Frequently', 'Non-Travel']);
    expect([...travel.codes].filter((code) => code === 1)).toHaveLength(277);
    expect(segmentColumn(ibm, 'business travel').header).toBe('BusinessTravel');
    expect(segmentColumn(ibm, 'Education').labels.sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('splits yes/no fields into Yes and No', () => {
    const leaver = segmentColumn(ibm, 'leaver');
    expect(leaver.labels).toEqual(['Yes', 'No']);
    expect([...leaver.codes].filter((code) => code === 0)).toHaveLength(237);
  });

  it('refuses fields that are not categories and unknown names, listing what exists', () => {
    expect(() => segmentColumn(ibm, 'salary')).toThrow('"salary" cannot split people into groups');
    expect(() => segmentColumn(ibm, 'EmployeeNumber')).toThrow('cannot split people into groups');
    expect(() => segmentColumn(ibm, 'Team')).toThrow(/^No field or column "Team"\. Fields: department, jobTitle, jobLevel, leaver, performanceRating, gender\. Columns: Age, Attrition, /);
  });

  it('works on tables of no rows', () => {
    const empty = toDataset(rawTableFromValues([['Dept']]), { department: 'Dept' }, { asOf });
    expect(segmentColumn(empty, 'Dept').labels).toEqual([]);
  });
});

describe('segmentColumn on the tables beside the roster', () => {
  it('cuts by a canonical field of the table’s own role, whatever its header', () => {
    const raw = rawTableFromValues([['课程名称', '学员'], ['Excel', 'E1'], ['Python', 'E2']]);
    const dataset = toDataset(raw, { course: '课程名称', employeeId: '学员' }, { asOf: 20_000, role: 'training' });
    expect(segmentColumn(dataset, 'course').labels).toEqual(['Excel', 'Python']);
  });
});
