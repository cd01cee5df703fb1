import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import { fakeExcel, sheetGrid } from '../test-support/fake-excel.ts';
import { writeProposalSheet } from './write-proposal-sheet.ts';

afterEach(() => vi.unstubAllGlobals());

const doc: PeopleCaseDocument = {
  kind: 'proposal',
  lang: 'en',
  title: 'Keep core engineers',
  scope: 'R&D',
  createdAt: '2025-03-03T09:00:00Z',
  sections: [
    { id: 'decision', title: 'Decision requested', blocks: [{ kind: 'paragraph', content: ['Approve the pilot at ', { ref: 'cost' }, '.'] }] },
    { id: 'notes', title: 'Notes', blocks: [{ kind: 'list', ordered: false, items: [['=SUM(A1:A9)'], ['+1 from finance'], ['-3 leavers'], ['@everyone']] }] },
    { id: 'table', title: 'Alignment', blocks: [{ kind: 'table', header: ['Project', 'Goal'], rows: [[['=cmd|calc'], ['Ship faster']]] }] },
  ],
  quantities: { cost: { id: 'cost', value: 120000, format: 'currency', currency: 'USD', source: 'assumption', evidenceIds: [] } },
  charts: [],
};

describe('writeProposalSheet', () => {
  it('writes the document as text rows on a new sheet, every cell formatted as text, in two syncs', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR' }] });
    vi.stubGlobal('Excel', excel);
    const name = await writeProposalSheet(doc, 'PeopleCase proposal');
    expect(workbook.syncs).toBe(2);
    const grid = sheetGrid(workbook, name);
    expect(grid.map((row) => row[0])).toEqual([
      'Keep core engineers', 'R&D · Prepared Mar 3, 2025', 'Decision requested', 'Approve the pilot at $120,000.', 'Notes',
      '• =SUM(A1:A9)', '• +1 from finance', '• -3 leavers', '• @everyone', 'Alignment', 'Project', '=cmd|calc',
    ]);
    const sheet = workbook.sheets.find((candidate) => candidate.name === name)!;
    expect([...sheet.cells.values()].every((cell) => cell.formula === undefined && cell.numberFormat === '@')).toBe(true);
    expect(sheet.formats).toContainEqual({ address: 'A1', property: 'font.bold', value: true });
  });

  it('neutralises text Excel would run: a cell starting with = + - @ is stored as text, never as a formula', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR' }] });
    vi.stubGlobal('Excel', excel);
    const name = await writeProposalSheet({ ...doc, title: '=1+1', sections: [{ id: 's', title: '@risk', blocks: [{ kind: 'paragraph', content: ['-5 people'] }, { kind: 'paragraph', content: ['+ more'] }] }] }, 'PeopleCase proposal');
    const cells = workbook.sheets.find((sheet) => sheet.name === name)!.cells;
    expect(['0,0', '2,0', '3,0', '4,0'].map((at) => cells.get(at))).toEqual([
      { value: '=1+1', numberFormat: '@' },
      { value: '@risk', numberFormat: '@' },
      { value: '-5 people', numberFormat: '@' },
      { value: '+ more', numberFormat: '@' },
    ]);
  });

  it('adds a second proposal sheet under a new name instead of replacing the first', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'PeopleCase proposal', rows: [['kept']] }] });
    vi.stubGlobal('Excel', excel);
    expect(await writeProposalSheet(doc, 'PeopleCase proposal')).toBe('PeopleCase proposal (2)');
    expect(sheetGrid(workbook, 'PeopleCase proposal')).toEqual([['kept']]);
  });
});
