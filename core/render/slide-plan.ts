import { t } from '../i18n/index.ts';
import type { Block, ChartSpec, Inline, PeopleCaseDocument, Section } from '../proposal/document.ts';
import { chartById } from './chart-by-id.ts';
import { columnWeights } from './column-weights.ts';
import { documentByline } from './document-byline.ts';
import { inlineText } from './inline-text.ts';
import { metricDefinitions } from './metric-definitions.ts';
import { leadHeight, slideBodyWidth, slideLayout } from './slide-layout.ts';
import { tableText, type TextTable } from './text-table.ts';
import { textWidth } from './text-width.ts';

/** One paragraph on a slide: plain, a bullet, or the item of a numbered list with its number. */
export interface SlideText {
  text: string;
  marker: 'none' | 'bullet' | number;
}

/** What one slide shows, with its title and speaker notes. */
export type SlidePlan = { title: string; notes: string } & (
  | { kind: 'decision'; byline: string; heading: string | null; text: SlideText[] }
  | { kind: 'text'; text: SlideText[] }
  /** `text`: the sentences shown above the chart or table (a finding, an introduction), `leadLines` their estimated lines (0: none). */
  | { kind: 'chart'; text: SlideText[]; leadLines: number; chart: ChartSpec; caption: string }
  | { kind: 'table'; text: SlideText[]; leadLines: number; table: TextTable }
);

/** Sections whose text goes into the speaker notes rather than onto slides (DESIGN.md §5: "Risks and data caveats"). */
const notesSectionIds: ReadonlySet<string> = new Set(['risks']);

const points = (inches: number): number => inches * 72;

/** Lines a text takes in a box `widthInches` wide at `fontSize` points, less the box's 0.1 in side insets. */
function lineCount(text: string, fontSize: number, widthInches: number): number {
  return Math.max(1, Math.ceil((textWidth(text) * fontSize) / 2 / points(widthInches - 0.2)));
}

function textHeight(items: readonly SlideText[], fontSize: number): number {
  return items.reduce((sum, item) => sum + lineCount(item.text, fontSize, slideBodyWidth) * fontSize * slideLayout.lineHeight + slideLayout.paragraphSpacing, 0);
}

function rowHeight(cells: readonly string[], widths: readonly number[]): number {
  const { fontSize, cellMargin } = slideLayout.table;
  const lines = Math.max(...cells.map((cell, column) => lineCount(cell, fontSize, widths[column])));
  return lines * fontSize * slideLayout.lineHeight + points(2 * cellMargin);
}

/**
 * A table's rows in slide-sized chunks, each shown under the repeated header row, the first below a lead of `leadLines`
 * lines; a table without rows is one chunk.
 */
function tableChunks(table: TextTable, leadLines: number): number[][] {
  const widths = columnWeights(table).map((share) => share * slideBodyWidth);
  const budget = points(slideLayout.body.height) - rowHeight(table.header, widths);
  const chunks: number[][] = [[]];
  let used = points(leadHeight(leadLines));
  table.rows.forEach((row, index) => {
    const height = rowHeight(row, widths);
    if (used + height > budget && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
      used = 0;
    }
    chunks[chunks.length - 1].push(index);
    used += height;
  });
  return chunks;
}

/**
 * The slides of a deck for a document, in order: a decision slide first (title, byline and the decision request), then each
 * section as text slides (split when the text outgrows a slide), one slide per chart with the finding's sentence above it,
 * and table slides of as many rows as fit, the header repeated on each; a section spread over several slides is titled
 * "Evidence (1/3)"…; the risks section goes into the notes. Each slide's speaker notes define the metrics behind its numbers
 * and list the document's caveats. Slide capacity is estimated from text widths (textWidth), as no fonts are measured here.
 * @example planSlides(proposal).map((slide) => slide.kind) // ['decision', 'text', 'chart', 'chart', 'text', 'table', …]
 */
export function planSlides(doc: PeopleCaseDocument): SlidePlan[] {
  const texts = (block: Block): SlideText[] => {
    if (block.kind === 'paragraph') return [{ text: inlineText(doc, block.content), marker: 'none' }];
    if (block.kind === 'list') return block.items.map((item, index) => ({ text: inlineText(doc, item), marker: block.ordered ? index + 1 : 'bullet' }));
    return [];
  };
  const evidenceOf = (content: readonly Inline[]): string[] =>
    content.flatMap((inline) => (typeof inline === 'string' ? [] : (doc.quantities[inline.ref]?.evidenceIds ?? [])));
  const blockEvidence = (block: Exclude<Block, { kind: 'table' }>): string[] => {
    switch (block.kind) {
      case 'paragraph':
        return evidenceOf(block.content);
      case 'list':
        return block.items.flatMap(evidenceOf);
      case 'chart':
        return [...chartById(doc, block.chartId).series.flatMap((series) => series.evidenceIds), ...evidenceOf(block.caption)];
    }
  };

  const caveats = doc.sections.filter((section) => notesSectionIds.has(section.id)).flatMap((section) => section.blocks.flatMap(texts).map((item) => item.text));
  const notes = (evidenceIds: readonly string[], always: boolean): string => {
    const definitions = metricDefinitions(doc.lang, evidenceIds);
    const parts: string[] = [];
    if (definitions.length > 0) parts.push([t(doc.lang, 'export.notes.definitions'), ...definitions.map((line) => `• ${line}`)].join('\n'));
    if (caveats.length > 0 && (always || evidenceIds.length > 0)) parts.push([t(doc.lang, 'export.notes.caveats'), ...caveats.map((line) => `• ${line}`)].join('\n'));
    return parts.join('\n\n');
  };

  const decision = doc.sections.find((section) => section.id === 'decision');
  const decisionText = decision?.blocks.filter((block): block is Extract<Block, { kind: 'paragraph' | 'list' }> => block.kind === 'paragraph' || block.kind === 'list') ?? [];
  const onDecisionSlide: ReadonlySet<Block> = new Set(decisionText);
  const slides: SlidePlan[] = [
    {
      kind: 'decision',
      title: doc.title,
      byline: documentByline(doc),
      heading: decision && decisionText.length > 0 ? decision.title : null,
      text: decisionText.flatMap(texts),
      notes: notes(decisionText.flatMap(blockEvidence), true),
    },
  ];

  const sectionSlides = (section: Section, blocks: readonly Block[]): SlidePlan[] => {
    const out: SlidePlan[] = [];
    let pending: { item: SlideText; evidenceIds: string[] }[] = [];
    const flush = (): void => {
      if (pending.length > 0) out.push({ kind: 'text', title: section.title, text: pending.map((entry) => entry.item), notes: notes(pending.flatMap((entry) => entry.evidenceIds), false) });
      pending = [];
    };
    for (const block of blocks) {
      if (block.kind === 'paragraph' || block.kind === 'list') {
        const evidenceIds = blockEvidence(block);
        for (const item of texts(block)) {
          if (pending.length > 0 && textHeight([...pending.map((entry) => entry.item), item], slideLayout.body.fontSize) > points(slideLayout.body.height)) flush();
          pending.push({ item, evidenceIds });
        }
      } else {
        // Short paragraphs right before a chart or table are its finding or introduction: they go on the same slide.
        const lead: typeof pending = [];
        let leadLines = 0;
        for (let last = pending.at(-1); last && last.item.marker === 'none'; last = pending.at(-1)) {
          const lines = lineCount(last.item.text, slideLayout.body.fontSize, slideBodyWidth);
          if (leadLines + lines > slideLayout.leadLines) break;
          lead.unshift(pending.pop()!);
          leadLines += lines;
        }
        const text = lead.map((entry) => entry.item);
        const leadEvidence = lead.flatMap((entry) => entry.evidenceIds);
        flush();
        if (block.kind === 'chart') {
          const evidenceIds = [...leadEvidence, ...blockEvidence(block)];
          const caption = inlineText(doc, block.caption);
          out.push({ kind: 'chart', title: section.title, text, leadLines, chart: chartById(doc, block.chartId), caption, notes: notes(evidenceIds, false) });
        } else {
          const table = tableText(doc, block);
          tableChunks(table, leadLines).forEach((chunk, index) => {
            const evidenceIds = [...(index === 0 ? leadEvidence : []), ...chunk.flatMap((row) => block.rows[row].flatMap(evidenceOf))];
            out.push({
              kind: 'table',
              title: section.title,
              text: index === 0 ? text : [],
              leadLines: index === 0 ? leadLines : 0,
              table: { ...table, rows: chunk.map((row) => table.rows[row]) },
              notes: notes(evidenceIds, false),
            });
          });
        }
      }
    }
    flush();
    return out.length > 1 ? out.map((slide, index) => ({ ...slide, title: t(doc.lang, 'export.slidePart', { title: section.title, part: index + 1, parts: out.length }) })) : out;
  };

  for (const section of doc.sections) {
    if (notesSectionIds.has(section.id)) continue;
    const blocks = section === decision ? section.blocks.filter((block) => !onDecisionSlide.has(block)) : section.blocks;
    slides.push(...sectionSlides(section, blocks));
  }
  return slides;
}
