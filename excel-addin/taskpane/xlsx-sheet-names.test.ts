import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxSheetNames } from './xlsx-sheet-names.ts';

describe('xlsxSheetNames', () => {
  it('lists the demo workbook’s sheets in tab order', () => {
    expect(xlsxSheetNames(readFileSync(new URL('../../examples/demo-company.xlsx', import.meta.url)))).toEqual(['Roster', 'Requisitions', 'Candidates', 'Training', 'Goals', 'Business', 'Approvals']);
  });

  it('decodes escaped names and gives [] for a CSV', () => {
    const workbook = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="R&amp;D &quot;Q1&quot;" sheetId="1"/></sheets></workbook>') });
    expect(xlsxSheetNames(workbook)).toEqual(['R&D "Q1"']);
    expect(xlsxSheetNames(strToU8('Name,Department\nAnn,Sales\n'))).toEqual([]);
  });
});
