import type { ChartSpec, PeopleCaseDocument } from '../proposal/document.ts';

/**
 * The chart a chart block points to; a block naming a chart the document lacks throws, since a silently missing chart would
 * drop evidence from the argument.
 * @example chartById(doc, 'turnover-by-department').type // 'bar'
 */
export function chartById(doc: Pick<PeopleCaseDocument, 'charts'>, chartId: string): ChartSpec {
  const chart = doc.charts.find((candidate) => candidate.id === chartId);
  if (!chart) throw new Error(`chartById: the document shows chart "${chartId}", which it does not define`);
  return chart;
}
