import { describe, expect, it } from 'vitest';
import { chartTable } from './chart-table.ts';

describe('chartTable', () => {
  it('lists each label with its series values, the reference last, gaps as a dash', () => {
    const table = chartTable(
      {
        id: 'tt',
        type: 'line',
        title: 'Time to fill',
        labels: ['Q1', 'Q2'],
        series: [{ label: 'Sales', values: [41, null], evidenceIds: [] }],
        format: 'days',
        reference: { label: 'Target', value: 30 },
      },
      'en',
    );
    expect(table).toEqual({
      header: ['Time to fill', 'Sales'],
      rows: [
        ['Q1', '41 days'],
        ['Q2', '—'],
        ['Target', '30 days'],
      ],
      numeric: [false, true],
    });
  });
});
