import { describe, expect, it } from 'vitest';
import { fieldSynonyms } from './field-synonyms.ts';
import { rosterFieldIds } from './fields.ts';
import { normalizeHeader } from './normalize-header.ts';

const allHeaders = rosterFieldIds.flatMap((field) => [...fieldSynonyms[field].headers, ...fieldSynonyms[field].weakHeaders].map((header) => ({ field, header })));

describe('fieldSynonyms', () => {
  it('lets a header mean one field only', () => {
    const owner = new Map<string, string>();
    for (const { field, header } of allHeaders) {
      const key = normalizeHeader(header);
      expect(owner.get(key) ?? field, `${header} is claimed twice`).toBe(field);
      owner.set(key, field);
    }
  });

  it('names every field in English and in Chinese', () => {
    for (const field of rosterFieldIds) {
      const headers = [...fieldSynonyms[field].headers, ...fieldSynonyms[field].weakHeaders];
      expect(headers.some((header) => /[a-z]/i.test(header)), field).toBe(true);
      expect(headers.some((header) => /\p{Script=Han}/u.test(header)), field).toBe(true);
    }
  });

  it('knows the headers of the real exports', () => {
    const find = (header: string) => allHeaders.find((entry) => normalizeHeader(entry.header) === normalizeHeader(header))?.field;
    expect(find('EmployeeNumber')).toBe('employeeId');
    expect(find('MonthlyIncome')).toBe('salary');
    expect(find('Attrition')).toBe('leaver');
    expect(find('Termd')).toBe('leaver');
    expect(find('DateofHire')).toBe('hireDate');
    expect(find('termdate')).toBe('terminationDate');
    expect(find('Sub Unit')).toBe('department');
    expect(find('主部门')).toBe('department');
    expect(find('入职时间')).toBe('hireDate');
    expect(find('是否离职')).toBe('leaver');
  });

  it('never names a numeric code column as the field its text lives in', () => {
    for (const trap of ['DeptID', 'GenderID', 'EmpStatusID', 'PositionID', 'MarriedID', 'MaritalStatusID', 'PerfScoreID', 'FromDiversityJobFairID']) {
      expect(allHeaders.filter((entry) => normalizeHeader(entry.header) === normalizeHeader(trap)), trap).toEqual([]);
    }
  });
});
