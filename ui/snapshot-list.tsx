import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatDate, formatNumber } from '../core/i18n/index.ts';
import type { Snapshot } from '../core/snapshot/snapshot-schema.ts';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
});

export interface SnapshotListProps {
  snapshots: readonly { id: string; snapshot: Snapshot }[];
  onOpen: (id: string) => void;
  onCompare: (id: string) => void;
  onDelete: (id: string) => void;
  onExport: (id: string, format: 'markdown' | 'html') => void;
}

/** Saved snapshots, newest first, each reopenable, comparable with the current data, exportable and deletable. */
export function SnapshotList({ snapshots, onOpen, onCompare, onDelete, onExport }: SnapshotListProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  if (snapshots.length === 0) return <Text>{tr('ui.snapshots.none')}</Text>;
  const sorted = [...snapshots].sort((a, b) => b.snapshot.createdAt.localeCompare(a.snapshot.createdAt));
  return (
    <ul className={styles.list} data-testid="snapshots">
      {sorted.map(({ id, snapshot }) => (
        <li key={id} className={styles.item}>
          <Text weight="semibold">
            {tr('ui.snapshots.item', {
              date: formatDate(lang, snapshot.createdAt.slice(0, 10)),
              scope: snapshot.scope ?? tr('ui.proposal.company'),
              rows: formatNumber(lang, snapshot.inputs.reduce((sum, input) => sum + input.rows, 0)),
            })}
          </Text>
          <Button size="small" onClick={() => onOpen(id)}>{tr('ui.snapshots.open')}</Button>
          <Button size="small" onClick={() => onCompare(id)}>{tr('ui.snapshots.compare')}</Button>
          <Button size="small" appearance="subtle" onClick={() => onExport(id, 'markdown')}>{tr('ui.export.markdown')}</Button>
          <Button size="small" appearance="subtle" onClick={() => onExport(id, 'html')}>{tr('ui.export.html')}</Button>
          <Button size="small" appearance="subtle" onClick={() => onDelete(id)}>{tr('ui.snapshots.delete')}</Button>
        </li>
      ))}
    </ul>
  );
}
