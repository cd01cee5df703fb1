import { describe, expect, it } from 'vitest';
import { tableText } from './text-table.ts';

const doc = {
  lang: 'en' as const,
  quantities: { rd: { id: 'rd', value: 0.2, format: 'percent' as const, source: 'evidence' as const, evidenceIds: [] } },
};

describe('tableText', () => {
  it('formats cells and marks all-quantity columns numeric', () => {
    const table = tableText(doc, { kind: 'table', header: ['Team', 'Turnover', 'Note'], rows: [[['R&D'], [{ ref: 'rd' }], ['was ', { ref: 'rd' }]], [['Ops'], [{ ref: 'rd' }]]] });
    expect(table).toEqual({
      header: ['Team', 'Turnover', 'Note'],
      rows: [
        ['R&D', '20.0%', 'was 20.0%'],
        ['Ops', '20.0%', ''],
      ],
      numeric: [false, true, false],
    });
  });

  it('rejects a row wider than its header', () => {
    expect(() => tableText(doc, { kind: 'table', header: ['Team'], rows: [[['R&D'], ['extra']]] })).toThrow(/row 1 has 2 cells but the header has 1/);
  });
});
