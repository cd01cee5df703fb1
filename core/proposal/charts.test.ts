import { describe, expect, it } from 'vitest';
import { findingChart } from './charts.ts';
import { createDocumentContext } from './document-context.ts';
import { runText } from './document-inspection.ts';
import { sampleInput } from './proposal-fixture.ts';

function chartFor(scope: string | null, findingId: (id: string) => boolean) {
  const context = createDocumentContext(sampleInput('en', scope));
  const finding = context.findings.find((candidate) => findingId(candidate.id))!;
  return findingChart(context, finding);
}

describe('findingChart', () => {
  it('draws every shown department against the company line in a company document, leaving the suppressed one out', () => {
    const { spec, caption } = chartFor(null, (id) => id.startsWith('segment-gap|turnover_rate:voluntary|department=R&D'));
    expect(spec.title).toBe('Voluntary turnover by department');
    expect(spec.labels).toEqual(['R&D', 'Sales', 'Marketing', 'Finance', 'Operations', 'Legal']);
    expect(spec.reference).toEqual({ label: 'Whole company', value: 0.114 });
    expect(spec.series[0].evidenceIds.some((id) => id.includes('Support'))).toBe(false);
    expect(runText(caption)).toMatch(/^The line marks the whole company, at \{turnover_rate:voluntary\|2024-01-01\.\.2024-12-31#value\}\./);
  });

  it('draws a department against the rest in its own document', () => {
    const { spec } = chartFor('R&D', (id) => id.startsWith('segment-gap|turnover_rate'));
    expect(spec.labels).toEqual(['R&D', 'the rest of the company']);
    expect(spec.series[0].values).toEqual([0.183, 0.092]);
  });

  it('draws a change by period, oldest first, and an association by department', () => {
    const change = chartFor('R&D', (id) => id.startsWith('period-change')).spec;
    expect([change.type, change.labels, change.series[0].values]).toEqual(['bar', ['Dec 31, 2023', 'Dec 31, 2024'], [45, 62]]);
    expect(change.format).toBe('days');
    const association = chartFor(null, (id) => id.startsWith('association')).spec;
    expect(association.title).toBe('Voluntary turnover by department (goes with revenue per head)');
    expect(association.labels).toHaveLength(6);
  });
});
