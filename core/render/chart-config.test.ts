import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../proposal/document.ts';
import { chartConfig } from './chart-config.ts';
import { referenceColour, seriesColours } from './palette.ts';

const spec: ChartSpec = {
  id: 'cost',
  type: 'bar',
  title: '离职成本',
  labels: ['研发部', '销售部'],
  series: [
    { label: '2023', values: [52000, null], evidenceIds: ['a'] },
    { label: '2024', values: [79350, 31000], evidenceIds: ['b'] },
  ],
  format: 'currency',
  currency: 'CNY',
  reference: { label: '目标', value: 40000 },
};

describe('chartConfig', () => {
  const config = chartConfig(spec, 'zh-CN', { fontFamily: 'Noto Sans CJK SC' });
  const options = config.options!;

  it('draws each series in palette order and the reference as a flat dashed line', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['研发部', '销售部']);
    const [first, second, reference] = config.data.datasets;
    expect(first).toMatchObject({ type: 'bar', label: '2023', data: [52000, null], backgroundColor: seriesColours[0] });
    expect(second).toMatchObject({ label: '2024', backgroundColor: seriesColours[1] });
    expect(reference).toMatchObject({ type: 'line', label: '目标', data: [40000, 40000], borderColor: referenceColour, borderDash: [6, 4], pointRadius: 0 });
  });

  it('is still and fixed-size so the first frame is the image', () => {
    expect(options.animation).toBe(false);
    expect(options.responsive).toBe(false);
    expect(options.font).toEqual({ family: 'Noto Sans CJK SC' });
    expect(options.plugins?.title).toMatchObject({ display: true, text: '离职成本' });
  });

  it('writes axis ticks and tooltips in the spec format and language', () => {
    const tick = (options.scales!.y!.ticks as { callback: (value: number) => string }).callback;
    expect(tick(40000)).toBe('¥40,000');
    const label = options.plugins!.tooltip!.callbacks!.label as unknown as (item: object) => string;
    expect(label({ dataset: { label: '2024' }, parsed: { y: 79350 } })).toBe('2024：¥79,350');
  });

  it('shows a legend only when there is more than one line to tell apart', () => {
    const single = chartConfig({ ...spec, series: spec.series.slice(0, 1), reference: null }, 'en');
    expect(single.options!.plugins!.legend!.display).toBe(false);
    expect(single.data.datasets).toHaveLength(1);
    expect(options.plugins!.legend!.display).toBe(true);
  });

  it('keeps integer axes on whole numbers', () => {
    const counts = chartConfig({ ...spec, format: 'integer', currency: undefined }, 'en');
    expect(counts.options!.scales!.y!.ticks).toMatchObject({ precision: 0 });
  });
});
