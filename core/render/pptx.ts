import PptxGenJS from 'pptxgenjs';
import type { PeopleCaseDocument, ChartSpec } from '../proposal/document.ts';
import { columnWeights } from './column-weights.ts';
import { deflateZip } from './deflate-zip.ts';
import { officeFonts } from './office-fonts.ts';
import { officeNumberFormat } from './office-number-format.ts';
import { referenceColour, seriesColours } from './palette.ts';
import { planSlides, type SlideText } from './slide-plan.ts';
import { leadHeight, slideBodyWidth, slideLayout } from './slide-layout.ts';

const accent = '0072B2';
const ink = '1B1B1B';
const muted = '555555';
const tint = 'EEF3F8';
const rule = 'D9DCE1';
const master = 'PEOPLECASE';
/** Beyond this many categories data labels would overlap, so they are left to the axis and the category labels slant. */
const crowdedLabels = 12;

type Slide = ReturnType<PptxGenJS['addSlide']>;
type TextRun = PptxGenJS.TextProps;

/**
 * Paragraphs as PowerPoint text runs; a run of numbered items starts at its first item's number, so a list split across
 * slides keeps counting (PowerPoint numbers consecutive paragraphs on from the run's start).
 */
function textRuns(items: readonly SlideText[]): TextRun[] {
  let runStart = 1;
  return items.map((item, index) => {
    if (typeof item.marker === 'number' && typeof items[index - 1]?.marker !== 'number') runStart = item.marker;
    const bullet = item.marker === 'none' ? false : item.marker === 'bullet' ? { indent: 22 } : { type: 'number' as const, numberStartAt: runStart, indent: 28 };
    return { text: item.text, options: { bullet, breakLine: index < items.length - 1 } };
  });
}

/** A native, editable PowerPoint chart of a ChartSpec: bars or lines in the Okabe–Ito order, the reference as a dashed black line. */
function addChart(pptx: PptxGenJS, slide: Slide, spec: ChartSpec, box: PptxGenJS.PositionProps, font: string, lang: string, docLang: PeopleCaseDocument['lang']): void {
  const type = spec.type === 'bar' ? pptx.ChartType.bar : pptx.ChartType.line;
  const format = officeNumberFormat(docLang, spec.format, spec.currency);
  const crowded = spec.labels.length > crowdedLabels;
  // pptxgenjs writes a null value as an empty point, which Office draws as a gap (displayBlanksAs 'gap').
  const data = spec.series.map((series) => ({ name: series.label, labels: spec.labels, values: series.values as number[] }));
  const colours = spec.series.map((_, index) => seriesColours[index % seriesColours.length].slice(1));
  const options: PptxGenJS.IChartOpts = {
    ...box,
    lang,
    barDir: 'col',
    barGapWidthPct: crowded ? 40 : 80,
    chartColors: colours,
    displayBlanksAs: 'gap',
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 6,
    showTitle: true,
    title: spec.title,
    titleFontFace: font,
    titleFontSize: 16,
    titleColor: ink,
    showLegend: spec.series.length > 1 || spec.reference !== null,
    legendPos: 'b',
    legendFontFace: font,
    legendFontSize: 11,
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: crowded ? 8 : 11,
    catAxisLabelRotate: crowded ? -45 : 0,
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: 10,
    valAxisLabelFormatCode: format,
    valAxisMinVal: 0,
    valGridLine: { color: 'E5E5E5', size: 0.5 },
    showValue: spec.type === 'bar' && !crowded,
    dataLabelFormatCode: format,
    dataLabelFontFace: font,
    dataLabelFontSize: 10,
    dataLabelPosition: 'outEnd',
  };
  if (!spec.reference) {
    slide.addChart(type, data, options);
    return;
  }
  const reference = { name: spec.reference.label, labels: spec.labels, values: spec.labels.map(() => spec.reference!.value) };
  const layers: PptxGenJS.IChartMulti[] = [
    { type, data, options: { chartColors: colours, barDir: 'col', barGapWidthPct: options.barGapWidthPct, lineSize: 2, lineDataSymbol: 'circle' } },
    { type: pptx.ChartType.line, data: [reference], options: { chartColors: [referenceColour.slice(1)], lineDash: 'dash', lineDataSymbol: 'none', lineSize: 1.5, showValue: false } },
  ];
  // A combo chart takes its options as the second argument; pptxgenjs's typings only declare the single-type form.
  slide.addChart(layers, options as unknown as unknown[]);
}

/**
 * A document as a 16:9 PowerPoint deck (.pptx bytes) to present or forward: the decision slide first, one slide per chart
 * with the finding's sentence above a NATIVE chart (editable in PowerPoint, numbers formatted like the text), text and table
 * slides split to fit (table headers repeated), speaker notes with the metrics' definitions and the caveats (see planSlides).
 * Text is tagged with the document's language and set in Calibri, or Microsoft YaHei for Chinese; slide numbers in the footer.
 * @example await renderPptx(doc) // Uint8Array starting 'PK'
 */
export async function renderPptx(doc: PeopleCaseDocument): Promise<Uint8Array> {
  const font = doc.lang === 'zh-CN' ? officeFonts.eastAsia : officeFonts.latin;
  const lang = doc.lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  const { margin, title, body, caption, footer } = slideLayout;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'PeopleCase';
  pptx.title = doc.title;
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  pptx.defineSlideMaster({
    title: master,
    background: { color: 'FFFFFF' },
    objects: [{ text: { text: doc.title, options: { x: margin, y: footer.y, w: slideBodyWidth - 1, h: footer.height, fontFace: font, fontSize: footer.fontSize, color: '888888', lang } } }],
    slideNumber: { x: slideLayout.width - margin - 0.8, y: footer.y, w: 0.8, h: footer.height, fontFace: font, fontSize: footer.fontSize, color: '888888', align: 'right' },
  });
  const text = { fontFace: font, lang, color: ink } as const;
  const addTitle = (slide: Slide, value: string): void => {
    slide.addText(value, { ...text, x: margin, y: title.y, w: slideBodyWidth, h: title.height, fontSize: title.fontSize, bold: true, valign: 'bottom', fit: 'shrink' });
    slide.addShape(pptx.ShapeType.rect, { x: margin, y: title.y + title.height + 0.05, w: 1.2, h: 0.06, fill: { color: accent }, line: { color: accent, width: 0 } });
  };

  /** The sentence above a chart or table; returns where the chart or table starts. */
  const addLead = (slide: Slide, items: readonly SlideText[], lines: number): number => {
    if (items.length > 0) slide.addText(textRuns(items), { ...text, x: margin, y: body.y, w: slideBodyWidth, h: leadHeight(lines), fontSize: body.fontSize, valign: 'top', fit: 'shrink' });
    return body.y + leadHeight(lines);
  };

  for (const plan of planSlides(doc)) {
    const slide = pptx.addSlide({ masterName: master });
    switch (plan.kind) {
      case 'decision': {
        slide.addText(plan.title, { ...text, x: margin, y: 0.9, w: slideBodyWidth, h: 1.3, fontSize: 32, bold: true, valign: 'bottom', fit: 'shrink' });
        slide.addText(plan.byline, { ...text, x: margin, y: 2.25, w: slideBodyWidth, h: 0.5, fontSize: 16, color: muted });
        if (plan.heading) {
          slide.addText(plan.heading, { ...text, x: margin, y: 3.1, w: slideBodyWidth, h: 0.5, fontSize: 16, bold: true, color: accent });
          slide.addShape(pptx.ShapeType.rect, { x: margin, y: 3.65, w: 0.08, h: 2.9, fill: { color: accent }, line: { color: accent, width: 0 } });
          slide.addText(textRuns(plan.text), {
            ...text,
            x: margin + 0.08,
            y: 3.65,
            w: slideBodyWidth - 0.08,
            h: 2.9,
            fontSize: slideLayout.decision.fontSize,
            fill: { color: tint },
            valign: 'middle',
            margin: 12,
            paraSpaceAfter: slideLayout.paragraphSpacing,
            fit: 'shrink',
          });
        }
        break;
      }
      case 'text':
        addTitle(slide, plan.title);
        slide.addText(textRuns(plan.text), { ...text, x: margin, y: body.y, w: slideBodyWidth, h: body.height, fontSize: body.fontSize, valign: 'top', paraSpaceAfter: slideLayout.paragraphSpacing, fit: 'shrink' });
        break;
      case 'chart': {
        addTitle(slide, plan.title);
        const top = addLead(slide, plan.text, plan.leadLines);
        const height = body.y + body.height - top - (plan.caption ? caption.height : 0);
        addChart(pptx, slide, plan.chart, { x: margin, y: top, w: slideBodyWidth, h: height }, font, lang, doc.lang);
        if (plan.caption) slide.addText(plan.caption, { ...text, x: margin, y: top + height, w: slideBodyWidth, h: caption.height, fontSize: caption.fontSize, color: muted, valign: 'top', fit: 'shrink' });
        break;
      }
      case 'table': {
        addTitle(slide, plan.title);
        const top = addLead(slide, plan.text, plan.leadLines);
        const { table } = plan;
        const align = (column: number): 'left' | 'right' => (table.numeric[column] ? 'right' : 'left');
        const rows: PptxGenJS.TableRow[] = [
          table.header.map((value, column) => ({ text: value, options: { bold: true, fill: { color: tint }, align: align(column) } })),
          ...table.rows.map((row) => row.map((value, column) => ({ text: value, options: { align: align(column) } }))),
        ];
        slide.addTable(rows, {
          ...text,
          x: margin,
          y: top,
          w: slideBodyWidth,
          colW: columnWeights(table).map((share) => share * slideBodyWidth),
          fontSize: slideLayout.table.fontSize,
          margin: slideLayout.table.cellMargin,
          valign: 'top',
          border: { type: 'solid', pt: 0.75, color: rule },
        });
        break;
      }
    }
    if (plan.notes) slide.addNotes(plan.notes);
  }
  return deflateZip((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
}
