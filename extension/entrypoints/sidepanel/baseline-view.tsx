import { Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { formatDate, formatNumber } from '../../../core/i18n/index.ts';
import { useT } from '../../../ui/lang-context.ts';
import type { StoredBaseline } from '../../platform/panel-db.ts';

const useStyles = makeStyles({
  view: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
});

export interface BaselineViewProps {
  baselines: readonly Omit<StoredBaseline, 'bytes'>[];
  activeId: string | null;
  onLoad: (file: File) => void;
  onActivate: (id: string | null) => void;
  onRemove: (id: string) => void;
}

/** Baseline files kept in the browser: load one (CSV/XLSX), pick the one the page is compared with, remove one. */
export function BaselineView({ baselines, activeId, onLoad, onActivate, onRemove }: BaselineViewProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.view}>
      <Text>{tr('extension.baseline.intro')}</Text>
      <div>
        <Button appearance="primary" onClick={() => input.current?.click()}>{tr('extension.baseline.load')}</Button>
        <input ref={input} type="file" accept=".csv,.txt,.tsv,.xlsx" hidden data-testid="baseline-input" onChange={(event) => { const file = event.target.files?.[0]; if (file) onLoad(file); event.target.value = ''; }} />
      </div>
      {baselines.length === 0 ? (
        <Text>{tr('extension.baseline.none')}</Text>
      ) : (
        <>
          <label>
            <Text size={200}>{tr('extension.baseline.active')} </Text>
            <Select size="small" value={activeId ?? ''} onChange={(_, data) => onActivate(data.value === '' ? null : data.value)} data-testid="baseline-active">
              <option value="">—</option>
              {baselines.map((baseline) => <option key={baseline.id} value={baseline.id}>{baseline.name}</option>)}
            </Select>
          </label>
          <ul className={styles.list} data-testid="baselines">
            {baselines.map((baseline) => (
              <li key={baseline.id} className={styles.item}>
                <Text size={200}>{tr('extension.baseline.item', { name: baseline.name, rows: formatNumber(lang, baseline.rows), date: formatDate(lang, baseline.addedAt.slice(0, 10)) })}</Text>
                <Button size="small" appearance="subtle" onClick={() => onRemove(baseline.id)}>{tr('extension.baseline.remove')}</Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
