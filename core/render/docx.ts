import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { t } from '../i18n/index.ts';
import type { Block, PeopleCaseDocument } from '../proposal/document.ts';
import { chartById } from './chart-by-id.ts';
import { chartTable } from './chart-table.ts';
import { columnWeights } from './column-weights.ts';
import { documentByline } from './document-byline.ts';
import { inlineText } from './inline-text.ts';
import { officeFonts } from './office-fonts.ts';
import { pngSize } from './png-size.ts';
import { tableText, type TextTable } from './text-table.ts';

export interface DocxOptions {
  /** Chart id → PNG bytes (renderChartPng in Node, the chart.js canvas in a browser); charts without one are written as data tables. */
  chartImages: Record<string, Uint8Array>;
  pageSize: 'A4' | 'Letter';
}

/** Page sizes in twips (1/1440 inch): A4 is 210 × 297 mm, US Letter 8.5 × 11 in. */
const pageSizes = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
/** 2 cm margins, which fit both A4 and Letter printers. */
const margin = 1134;
/** Word sizes images in pixels at 96 per inch: 1440 ÷ 96 twips each. */
const twipsPerPixel = 15;
const orderedList = 'peoplecase-ordered';
const accent = '0072B2';
const headerFill = 'EEF3F8';
const ruleColour = 'D9DCE1';

/** The decision request stands out as a shaded box with an accent bar: the one paragraph a busy reader must not miss. */
const decisionBox: IParagraphOptions = {
  shading: { type: ShadingType.CLEAR, color: 'auto', fill: headerFill },
  border: { left: { style: BorderStyle.SINGLE, size: 24, color: accent, space: 8 } },
};

/** `Page {page} of {pages}` with the placeholders as Word page fields, in the document's language. */
function pageFooter(doc: PeopleCaseDocument): Footer {
  const parts = t(doc.lang, 'export.page').split(/\{(page|pages)\}/);
  const children = parts.map((part, index) => (index % 2 === 0 ? part : part === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES));
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: children.filter((part) => part !== ''), size: 18, color: '666666' })] })],
  });
}

/** A table whose header row repeats on every page and whose rows never break across pages; columns sized by their longest text. */
function docxTable(table: TextTable, width: number): Table {
  const columnWidths = columnWeights(table).map((share) => Math.floor(width * share));
  const cell = (text: string, column: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: columnWidths[column], type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: headerFill } } : {}),
      children: [
        new Paragraph({
          spacing: { after: 0 },
          alignment: table.numeric[column] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun(header ? { text, bold: true } : text)],
        }),
      ],
    });
  const rule = { style: BorderStyle.SINGLE, size: 4, color: ruleColour };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    borders: { top: rule, bottom: rule, insideHorizontal: rule, left: none, right: none, insideVertical: none },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.header.map((text, column) => cell(text, column, true)) }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, column, false)) })),
    ],
  });
}

/** A chart PNG scaled to the text width with its aspect ratio kept, described for screen readers. */
function chartImage(png: Uint8Array, contentWidth: number, altText: { name: string; title: string; description: string }): ImageRun {
  const size = pngSize(png);
  const width = Math.round(contentWidth / twipsPerPixel);
  return new ImageRun({ type: 'png', data: png, transformation: { width, height: Math.round((width * size.height) / size.width) }, altText });
}

/**
 * A document as a Word memo (.docx bytes) to mail or print: the title as Heading 1 and each section as Heading 2 (so Word's
 * navigation pane and a PDF's bookmarks list them), the decision request boxed, lists, tables whose header row repeats on
 * every page, charts as PNG images at the text width with their caption (or, without an image, their data as a table),
 * `Page n of m` in the footer, A4 or Letter. Text is tagged with the document's language and set in Calibri with Microsoft
 * YaHei for Chinese, so Word picks the right proofing and fonts. Word treats every text as text, so user data cannot become markup.
 * @example await renderDocx(doc, { chartImages: { 'turnover-by-department': png }, pageSize: 'A4' }) // Uint8Array starting 'PK'
 */
export async function renderDocx(doc: PeopleCaseDocument, options: DocxOptions): Promise<Uint8Array> {
  const page = pageSizes[options.pageSize];
  const contentWidth = page.width - 2 * margin;
  let orderedLists = 0;

  /** `boxed` for the decision request; `beforeChart` keeps a finding's sentence on the page of its chart. */
  const block = (item: Block, boxed: boolean, beforeChart: boolean): (Paragraph | Table)[] => {
    const box = boxed ? decisionBox : {};
    switch (item.kind) {
      case 'paragraph':
        return [new Paragraph({ ...box, ...(beforeChart ? { keepNext: true } : {}), children: [new TextRun(inlineText(doc, item.content))] })];
      case 'list': {
        const instance = item.ordered ? ++orderedLists : 0;
        return item.items.map(
          (entry) =>
            new Paragraph({
              ...box,
              ...(item.ordered ? { numbering: { reference: orderedList, level: 0, instance } } : { bullet: { level: 0 } }),
              children: [new TextRun(inlineText(doc, entry))],
            }),
        );
      }
      case 'table':
        return [docxTable(tableText(doc, item), contentWidth), new Paragraph({ spacing: { after: 120 } })];
      case 'chart': {
        const chart = chartById(doc, item.chartId);
        const caption = inlineText(doc, item.caption);
        const png = Object.hasOwn(options.chartImages, chart.id) ? options.chartImages[chart.id] : undefined;
        const body = png
          ? new Paragraph({ ...(caption ? { keepNext: true } : {}), children: [chartImage(png, contentWidth, { name: chart.id, title: chart.title, description: caption || chart.title })] })
          : docxTable(chartTable(chart, doc.lang), contentWidth);
        return caption ? [body, new Paragraph({ style: 'Caption', children: [new TextRun(caption)] })] : [body];
      }
    }
  };

  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.title)] }),
    new Paragraph({ spacing: { after: 360 }, children: [new TextRun({ text: documentByline(doc), color: '555555' })] }),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.title)] }));
    section.blocks.forEach((item, index) => children.push(...block(item, section.id === 'decision', section.blocks[index + 1]?.kind === 'chart')));
  }
  children.push(
    new Paragraph({
      spacing: { before: 480 },
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: ruleColour, space: 8 } },
      children: [new TextRun({ text: t(doc.lang, 'render.footer'), size: 18, color: '666666' })],
    }),
  );

  const language = doc.lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  const file = new Document({
    creator: 'PeopleCase',
    title: doc.title,
    description: documentByline(doc),
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: officeFonts.latin, hAnsi: officeFonts.latin, cs: officeFonts.latin, eastAsia: officeFonts.eastAsia },
            // Chinese body text is set a little smaller (五号, 10.5 pt), as Chinese memos are.
            size: doc.lang === 'zh-CN' ? 21 : 22,
            language: { value: language, eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
        },
        heading1: { run: { size: 36, bold: true, color: '1B1B1B' }, paragraph: { spacing: { after: 80 }, keepNext: true } },
        heading2: { run: { size: 28, bold: true, color: accent }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true } },
      },
      paragraphStyles: [
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '444444' }, paragraph: { spacing: { before: 60, after: 240 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: orderedList,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: page, margin: { top: margin, right: margin, bottom: margin, left: margin, footer: 567 } } },
        footers: { default: pageFooter(doc) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
