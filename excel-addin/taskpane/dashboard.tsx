import { Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { segmentChartSpec } from '../../core/render/segment-chart-spec.ts';
import { EvidenceCard } from '../../ui/evidence-card.tsx';
import { EvidenceChart } from '../../ui/evidence-chart.tsx';
import { FindingsList } from '../../ui/findings-list.tsx';
import { useT } from '../../ui/lang-context.ts';
import { formatDate } from '../../core/i18n/index.ts';
import type { AnalysisView } from './analysis-protocol.ts';

/** The key figures of a roster, in reading order: size, leaving, staying, pay, structure. */
const keyMetrics: readonly [string, string | null][] = [
  ['headcount', null],
  ['turnover_rate', null],
  ['turnover_rate', 'voluntary'],
  ['retention_rate', null],
  ['early_attrition', null],
  ['tenure', null],
  ['compa_ratio', null],
  ['pay_gap', null],
  ['span_of_control', null],
];

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, alignItems: 'end' },
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  label: { display: 'grid', rowGap: tokens.spacingVerticalXXS },
});

export interface DashboardProps {
  view: AnalysisView;
  department: string | null;
  onDepartment: (department: string | null) => void;
  onPeriod: (period: { from: string; to: string } | null) => void;
  periodChoice: string;
}

/** Key evidence for the chosen department (or everyone), turnover by department as a chart, and what stands out. */
export function Dashboard({ view, department, onDepartment, onPeriod, periodChoice }: DashboardProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const cards = keyMetrics.flatMap(([metric, variant]) => {
    const item = view.evidence.find((candidate) => candidate.metric === metric && candidate.variant === variant && (department === null ? candidate.segment === null : candidate.segment?.field === 'department' && candidate.segment.value === department));
    return item ? [item] : [];
  });
  const chart = useMemo(() => segmentChartSpec(lang, view.evidence, 'turnover_rate', null, 'department'), [lang, view.evidence]);
  return (
    <div style={{ display: 'grid', rowGap: tokens.spacingVerticalM }}>
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
      <div className={styles.cards}>
        {cards.map((item) => <EvidenceCard key={item.id} item={item} k={5} currency="USD" />)}
      </div>
      {chart && <EvidenceChart spec={chart} width={340} height={230} />}
      <Text as="h3" size={400} weight="semibold">{tr('ui.findings.title')}</Text>
      <FindingsList findings={view.findings.slice(0, 8)} />
    </div>
  );
}
