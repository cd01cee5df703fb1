import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { t, type Lang } from '../i18n/index.ts';
import type { ChartSpec } from '../proposal/document.ts';
import { formatValue } from './format-value.ts';
import { referenceColour, seriesColours } from './palette.ts';

/** A chart.js configuration for a ChartSpec: bars or lines plus the reference line drawn as a dashed line dataset. */
export type PeopleCaseChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

export interface ChartConfigOptions {
  /** CSS font family for every label; chart.js's default Helvetica/Arial stack is used when absent. */
  fontFamily?: string;
}

/**
 * The chart.js configuration that draws a ChartSpec the same way in the task pane, the side panel and a Node PNG: Okabe–Ito
 * colours, the reference as a dashed line, axis ticks and tooltips in the spec's format and language, no animation and a fixed
 * size (so the first frame is the final image). Pure data apart from the formatting callbacks.
 * @example chartConfig({ id: 'c', type: 'bar', title: 'Turnover', labels: ['R&D'], series: [{ label: '2024', values: [0.18], evidenceIds: [] }], format: 'percent', reference: null }, 'en').type // 'bar'
 */
export function chartConfig(spec: ChartSpec, lang: Lang, options: ChartConfigOptions = {}): PeopleCaseChartConfig {
  const format = (value: number): string => formatValue(lang, value, spec.format, spec.currency);
  const datasets: ChartDataset<'bar' | 'line', (number | null)[]>[] = spec.series.map((series, index) => {
    const colour = seriesColours[index % seriesColours.length];
    return { type: spec.type, label: series.label, data: series.values, backgroundColor: colour, borderColor: colour, borderWidth: spec.type === 'line' ? 2 : 0 };
  });
  if (spec.reference) {
    datasets.push({
      type: 'line',
      label: spec.reference.label,
      data: spec.labels.map(() => spec.reference!.value),
      borderColor: referenceColour,
      // Transparent so the legend shows a dashed outline, not a solid black box.
      backgroundColor: 'rgba(0, 0, 0, 0)',
      borderDash: [6, 4],
      borderWidth: 1.5,
      pointRadius: 0,
      pointHoverRadius: 0,
      fill: false,
    });
  }
  return {
    type: spec.type,
    data: { labels: spec.labels, datasets },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      color: '#333333',
      layout: { padding: 8 },
      ...(options.fontFamily ? { font: { family: options.fontFamily } } : {}),
      plugins: {
        title: { display: true, text: spec.title, font: { size: 16, weight: 'bold' } },
        legend: { display: datasets.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) =>
              t(lang, 'chart.tooltip', { label: item.dataset.label ?? '', value: item.parsed.y === null ? '—' : format(item.parsed.y) }),
          },
        },
      },
      scales: {
        y: {
          beginAtZero: true,
          ticks: { callback: (value: number | string) => format(Number(value)), ...(spec.format === 'integer' ? { precision: 0 } : {}) },
        },
      },
    },
  };
}
