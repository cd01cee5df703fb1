import { makeStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ChartSpec } from '../core/proposal/document.ts';
import { chartFontFamily } from './chart-font.ts';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  // As wide as the pane allows, up to the chart's own width; a container, so the box inside can size itself by that width.
  frame: { width: '100%', containerType: 'inline-size' },
  // chart.js sizes a responsive chart to this box.
  box: { position: 'relative' },
});

/**
 * A chart.js canvas drawn from a ChartSpec with core's chart config (same colours and formats as every export), as wide as
 * the pane allows up to `width`, so a narrow sidebar gets a narrower chart, not a clipped one: it grows taller by the width
 * it lost, since its title, legend and turned axis labels keep their size. chart.js is loaded on first use so the pane
 * opens without it.
 */
export function EvidenceChart({ spec, width = 320, height = 220 }: { spec: ChartSpec; width?: number; height?: number }) {
  const { lang } = useT();
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void Promise.all([import('chart.js/auto'), import('../core/render/chart-config.ts')]).then(([{ default: Chart }, { chartConfig }]) => {
      if (cancelled || !canvas.current) return;
      const config = chartConfig(spec, lang, { fontFamily: chartFontFamily });
      chart = new Chart(canvas.current, { ...config, options: { ...config.options, responsive: true } } as never);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [spec, lang]);
  return (
    <div className={styles.frame} style={{ maxWidth: width }}>
      <div className={styles.box} style={{ height: `calc(${height}px + max(0px, ${width}px - 100cqw))` }}>
        <canvas ref={canvas} role="img" aria-label={spec.title} data-testid={`chart-${spec.id}`} />
      </div>
    </div>
  );
}
