import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDate, formatNumber, type Lang } from '../core/i18n/index.ts';
import type { DocumentFormat } from '../core/render/index.ts';
import type { Snapshot } from '../core/snapshot/snapshot-schema.ts';
import { ExportMenu } from './export-menu.tsx';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  what: { flex: '1 1 200px' },
  actions: { flexBasis: '100%', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** When a snapshot was taken, to the minute, so two taken the same day can be told apart. */
function dateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The period a snapshot's figures are for: its evidence's latest period, or null when it holds only point-in-time figures. */
function periodOf(snapshot: Snapshot): { from: string; to: string } | null {
  let latest: { from: string; to: string } | null = null;
  for (const item of snapshot.evidence) if (item.period && (latest === null || item.period.to > latest.to)) latest = item.period;
  return latest;
}

export interface SnapshotListProps {
  snapshots: readonly { id: string; snapshot: Snapshot }[];
  onOpen: (id: string) => void;
  /** Compare a snapshot with the current data. */
  onCompare: (id: string) => void;
  onDelete: (id: string) => void;
  /** Export a snapshot's proposal in one of core's formats. */
  onExport: (id: string, format: DocumentFormat) => void;
  /** Copy a snapshot's proposal summary as rich text. */
  onCopy?: (id: string) => void;
  /** Compare two ticked snapshots, older first; without it no ticks are shown. */
  onCompareTwo?: (olderId: string, newerId: string) => void;
}

/** Saved snapshots, newest first, each reopenable, comparable with the current data or with another, exportable and deletable. */
export function SnapshotList({ snapshots, onOpen, onCompare, onDelete, onExport, onCopy, onCompareTwo }: SnapshotListProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const [ticked, setTicked] = useState<string[]>([]);
  if (snapshots.length === 0) return <Text>{tr('ui.snapshots.none')}</Text>;
  const sorted = [...snapshots].sort((a, b) => b.snapshot.createdAt.localeCompare(a.snapshot.createdAt));
  const pair = sorted.filter(({ id }) => ticked.includes(id));
  const tick = (id: string, on: boolean) => setTicked((current) => (on ? [...current.filter((other) => other !== id), id].slice(-2) : current.filter((other) => other !== id)));
  return (
    <section style={{ display: 'grid', rowGap: tokens.spacingVerticalS }}>
      {onCompareTwo && (
        <div className={styles.bar}>
          <Button size="small" disabled={pair.length !== 2} onClick={() => onCompareTwo(pair[1].id, pair[0].id)} data-testid="compare-selected">{tr('ui.snapshots.compareSelected')}</Button>
          {pair.length !== 2 && <Text size={200} className={styles.muted}>{tr('ui.snapshots.selectTwo')}</Text>}
        </div>
      )}
      <ul className={styles.list} data-testid="snapshots">
        {sorted.map(({ id, snapshot }) => {
          const period = periodOf(snapshot);
          return (
            <li key={id} className={styles.item}>
              {onCompareTwo && <Checkbox checked={ticked.includes(id)} onChange={(_, data) => tick(id, data.checked === true)} aria-label={tr('ui.snapshots.select')} />}
              <div className={styles.what}>
                <Text weight="semibold" block>
                  {tr('ui.snapshots.item', {
                    date: dateTime(lang, snapshot.createdAt),
                    scope: snapshot.scope ?? tr('ui.proposal.company'),
                    rows: formatNumber(lang, snapshot.inputs.reduce((sum, input) => sum + input.rows, 0)),
                  })}
                </Text>
                {period && <Text size={200} className={styles.muted}>{tr('ui.filter.range', { from: formatDate(lang, period.from), to: formatDate(lang, period.to) })}</Text>}
              </div>
              <div className={styles.actions}>
                <Button size="small" onClick={() => onOpen(id)}>{tr('ui.snapshots.open')}</Button>
                <Button size="small" onClick={() => onCompare(id)}>{tr('ui.snapshots.compare')}</Button>
                <ExportMenu onExport={(format) => onExport(id, format)} onCopy={onCopy && (() => onCopy(id))} />
                <Button size="small" appearance="subtle" onClick={() => onDelete(id)}>{tr('ui.snapshots.delete')}</Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
