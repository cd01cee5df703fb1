import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import { chartById } from '../../core/render/chart-by-id.ts';
import { chartTable } from '../../core/render/chart-table.ts';
import { documentByline } from '../../core/render/document-byline.ts';
import { inlineText } from '../../core/render/inline-text.ts';
import { tableText } from '../../core/render/text-table.ts';
import { neutraliseCellText } from './neutralise-cell-text.ts';

/** One row of the proposal sheet: its cells and how it is styled. */
export interface ProposalRow {
  cells: string[];
  style: 'title' | 'heading' | 'text' | 'table-header' | 'table';
}

/**
 * A document as sheet rows: title, byline, each section's heading and blocks (paragraphs and list items one cell each,
 * tables and charts' data as cells), every text neutralised so nothing from the data turns into a formula.
 * @example proposalSheetRows(doc)[0] // { cells: ['Proposal: R&D'], style: 'title' }
 */
export function proposalSheetRows(doc: PeopleCaseDocument): ProposalRow[] {
  const text = (cells: string[], style: ProposalRow['style']): ProposalRow => ({ cells: cells.map(neutraliseCellText), style });
  const rows: ProposalRow[] = [text([doc.title], 'title'), text([documentByline(doc)], 'text')];
  for (const section of doc.sections) {
    rows.push(text([section.title], 'heading'));
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') rows.push(text([inlineText(doc, block.content)], 'text'));
      if (block.kind === 'list') for (const item of block.items) rows.push(text([`• ${inlineText(doc, item)}`], 'text'));
      if (block.kind === 'table' || block.kind === 'chart') {
        const table = block.kind === 'table' ? tableText(doc, block) : chartTable(chartById(doc, block.chartId), doc.lang);
        rows.push(text(table.header, 'table-header'), ...table.rows.map((row) => text(row, 'table')));
      }
    }
  }
  return rows;
}
