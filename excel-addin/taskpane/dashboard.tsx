import { Card, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { formatDate } from '../../core/i18n/index.ts';
import type { Evidence } from '../../core/metrics/evidence.ts';
import { formatValue } from '../../core/render/format-value.ts';
import { segmentChartSpec } from '../../core/render/segment-chart-spec.ts';
import { EvidenceCard } from '../../ui/evidence-card.tsx';
import { EvidenceChart } from '../../ui/evidence-chart.tsx';
import { FindingsList } from '../../ui/findings-list.tsx';
import { useT } from '../../ui/lang-context.ts';
import type { AnalysisView, ImpactView } from './analysis-protocol.ts';
import { keyMetrics } from './key-metrics.ts';

/** Charts by department, each drawn when its evidence has at least two groups to show. */
const departmentCharts: readonly string[] = ['turnover_rate', 'hiring_plan_completion'];

/** Impact cards shown at once; the proposal lists them all. */
const shownImpacts = 4;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, alignItems: 'end' },
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  label: { display: 'grid', rowGap: tokens.spacingVerticalXXS },
  impact: { flex: '1 1 180px', padding: tokens.spacingHorizontalM },
  money: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface DashboardProps {
  view: AnalysisView;
  department: string | null;
  onDepartment: (department: string | null) => void;
  onPeriod: (period: { from: string; to: string } | null) => void;
  periodChoice: string;
  currency: string;
}

/** True when an evidence item is for the chosen department, or for everyone when none is chosen. */
function isFor(item: Pick<Evidence, 'segment'>, department: string | null): boolean {
  return department === null ? item.segment === null : item.segment?.field === 'department' && item.segment.value === department;
}

/** One costed finding: its kind and group, the base estimate and the low–high range. */
function ImpactCard({ impact }: { impact: ImpactView }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const money = (value: number) => formatValue(lang, value, 'currency', impact.currency);
  return (
    <Card className={styles.impact} data-testid="impact">
      <Text weight="semibold">{tr(`impact.kind.${impact.kind}`)} · {impact.department ?? tr('ui.proposal.company')}</Text>
      <span className={styles.money} data-testid="impact-base">{money(impact.base)}</span>
      <Text size={200} data-testid="impact-range">{tr('ui.impact.between', { low: money(impact.low), high: money(impact.high) })}</Text>
    </Card>
  );
}

/** Key evidence of every table for the chosen department (or everyone), charts by department, what it costs, and what stands out. */
export function Dashboard({ view, department, onDepartment, onPeriod, periodChoice, currency }: DashboardProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const groups = keyMetrics.flatMap(({ title, metrics }) => {
    const cards = metrics.flatMap(([metric, variant]) => view.evidence.filter((item) => item.metric === metric && item.variant === variant && isFor(item, department)));
    return cards.length > 0 ? [{ title, cards }] : [];
  });
  const charts = useMemo(() => departmentCharts.flatMap((metric) => segmentChartSpec(lang, view.evidence, metric, null, 'department') ?? []), [lang, view.evidence]);
  const impacts = view.impacts.filter((impact) => department === null || impact.department === department).slice(0, shownImpacts);
  const findings = view.findings.filter((finding) => department === null || finding.department === department).slice(0, 8);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalM }}>
      <div className={styles.filters}>
        <label className={styles.label}>
          <Text size={200}>{tr('ui.filter.department')}</Text>
          <Select size="small" value={department ?? ''} onChange={(_, data) => onDepartment(data.value === '' ? null : data.value)} data-testid="filter-department">
            <option value="">{tr('ui.all')}</option>
            {view.departments.map((name) => <option key={name} value={name}>{name}</option>)}
          </Select>
        </label>
        <label className={styles.label}>
          <Text size={200}>{tr('ui.filter.period')}</Text>
          <Select size="small" value={periodChoice} onChange={(_, data) => onPeriod(data.value === '' ? null : { from: `${data.value}-01-01`, to: `${data.value}-12-31` })} data-testid="filter-period">
            <option value="">{tr('ui.filter.latest')}</option>
            {view.years.map((year) => <option key={year} value={String(year)}>{year}</option>)}
          </Select>
        </label>
        {view.period && <Text size={200}>{tr('ui.filter.range', { from: formatDate(lang, view.period.from), to: formatDate(lang, view.period.to) })}</Text>}
      </div>
      {groups.map(({ title, cards }) => (
        <section key={title} style={{ display: 'grid', rowGap: tokens.spacingVerticalXS }}>
          <Text as="h3" size={400} weight="semibold">{tr(title)}</Text>
          <div className={styles.cards}>
            {cards.map((item) => <EvidenceCard key={item.id} item={item} k={5} currency={currency} />)}
          </div>
        </section>
      ))}
      <section style={{ display: 'grid', rowGap: tokens.spacingVerticalXS }}>
        <Text as="h3" size={400} weight="semibold">{tr('ui.impact.title')}</Text>
        {impacts.length === 0 ? (
          <Text>{tr('ui.impact.none')}</Text>
        ) : (
          <>
            <Text size={200} className={styles.muted}>{tr('ui.impact.intro')}</Text>
            <div className={styles.cards}>{impacts.map((impact) => <ImpactCard key={impact.id} impact={impact} />)}</div>
          </>
        )}
      </section>
      {charts.map((spec) => <EvidenceChart key={spec.id} spec={spec} width={360} height={260} />)}
      <Text as="h3" size={400} weight="semibold">{tr('ui.findings.title')}</Text>
      <FindingsList findings={findings} />
    </div>
  );
}
