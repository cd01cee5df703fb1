import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDate, formatNumber } from '../core/i18n/index.ts';
import type { DocumentFormat } from '../core/render/index.ts';
import type { Snapshot } from '../core/snapshot/snapshot-schema.ts';
import { ExportMenu } from './export-menu.tsx';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  title: { flexBasis: '100%' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

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
        {sorted.map(({ id, snapshot }) => (
          <li key={id} className={styles.item}>
            {onCompareTwo && <Checkbox checked={ticked.includes(id)} onChange={(_, data) => tick(id, data.checked === true)} aria-label={tr('ui.snapshots.select')} />}
            <Text weight="semibold">
              {tr('ui.snapshots.item', {
                date: formatDate(lang, snapshot.createdAt.slice(0, 10)),
                scope: snapshot.scope ?? tr('ui.proposal.company'),
                rows: formatNumber(lang, snapshot.inputs.reduce((sum, input) => sum + input.rows, 0)),
              })}
            </Text>
            <Button size="small" onClick={() => onOpen(id)}>{tr('ui.snapshots.open')}</Button>
            <Button size="small" onClick={() => onCompare(id)}>{tr('ui.snapshots.compare')}</Button>
            <ExportMenu onExport={(format) => onExport(id, format)} onCopy={onCopy && (() => onCopy(id))} />
            <Button size="small" appearance="subtle" onClick={() => onDelete(id)}>{tr('ui.snapshots.delete')}</Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
