import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { BaselineComparison } from '../../../core/findings/compare-with-baseline.ts';
import { formatDate, formatNumber } from '../../../core/i18n/index.ts';
import type { Evidence } from '../../../core/metrics/evidence.ts';
import type { FindingView } from '../../../core/proposal/finding-views.ts';
import { segmentChartSpec } from '../../../core/render/segment-chart-spec.ts';
import { EvidenceCard } from '../../../ui/evidence-card.tsx';
import { EvidenceChart } from '../../../ui/evidence-chart.tsx';
import { FindingsList } from '../../../ui/findings-list.tsx';
import { useT } from '../../../ui/lang-context.ts';

// Most cards a narrow panel shows before the findings; the proposal and exports carry every figure.
const MAX_CARDS = 8;

const useStyles = makeStyles({
  view: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalM },
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  comparisons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', rowGap: tokens.spacingVerticalXXS },
});

export interface EvidenceViewProps {
  rows: number;
  evidence: readonly Evidence[];
  findings: readonly FindingView[];
  comparison: { name: string; lines: readonly BaselineComparison[] } | null;
  currency: string;
}

/** The whole population's figures as cards, the department chart, what stands out, and the baseline comparison when one is loaded. */
export function EvidenceView({ rows, evidence, findings, comparison, currency }: EvidenceViewProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const cards = evidence.filter((item) => item.segment === null && (item.value !== null || item.suppressed)).slice(0, MAX_CARDS);
  const chart = useMemo(() => segmentChartSpec(lang, evidence, 'turnover_rate', null, 'department') ?? segmentChartSpec(lang, evidence, 'headcount', null, 'department'), [lang, evidence]);
  if (cards.length === 0) return <Text data-testid="no-evidence">{tr('extension.evidence.none')}</Text>;
  // The day the figures describe: the end of the period the case covers (the as-of day for a page read now).
  const asOf = evidence.find((item) => item.period !== null)?.period?.to;
  return (
    <div className={styles.view}>
      <Text size={200} className={styles.muted} data-testid="evidence-scope">
        {asOf ? tr('extension.evidence.visibleAsOf', { rows: formatNumber(lang, rows), date: formatDate(lang, asOf) }) : tr('extension.evidence.visible', { rows: formatNumber(lang, rows) })}
      </Text>
      <div className={styles.cards} data-testid="evidence-cards">
        {cards.map((item) => <EvidenceCard key={item.id} item={item} k={5} currency={currency} />)}
      </div>
      {comparison && (
        <section data-testid="baseline-comparison">
          <Text as="h3" size={400} weight="semibold" block>{tr('extension.baseline.heading', { name: comparison.name })}</Text>
          {comparison.lines.length === 0 ? (
            <Text>{tr('extension.baseline.noOverlap', { name: comparison.name })}</Text>
          ) : (
            <ul className={styles.comparisons}>{comparison.lines.map((line) => <li key={`${line.metric}|${line.variant}`}><Text>{line.text}</Text></li>)}</ul>
          )}
        </section>
      )}
      {chart && <EvidenceChart spec={chart} width={340} height={220} />}
      <Text as="h3" size={400} weight="semibold">{tr('ui.findings.title')}</Text>
      <FindingsList findings={findings.slice(0, 8)} />
    </div>
  );
}
