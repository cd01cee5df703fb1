import { useEffect, useRef } from 'react';
import type { ChartSpec } from '../core/proposal/document.ts';
import { chartFontFamily } from './chart-font.ts';
import { useT } from './lang-context.ts';

/**
 * A chart.js canvas drawn from a ChartSpec with core's chart config (same colours and formats as every export); chart.js
 * is loaded on first use so the pane opens without it.
 */
export function EvidenceChart({ spec, width = 320, height = 220 }: { spec: ChartSpec; width?: number; height?: number }) {
  const { lang } = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void Promise.all([import('chart.js/auto'), import('../core/render/chart-config.ts')]).then(([{ default: Chart }, { chartConfig }]) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, chartConfig(spec, lang, { fontFamily: chartFontFamily }) as never);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [spec, lang]);
  return <canvas ref={canvas} width={width} height={height} role="img" aria-label={spec.title} data-testid={`chart-${spec.id}`} />;
}
