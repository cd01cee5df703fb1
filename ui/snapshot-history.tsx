import { Button, Checkbox, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDate, formatNumber } from '../core/i18n/index.ts';
import type { DocumentFormat } from '../core/render/index.ts';
import { ExportMenu } from './export-menu.tsx';
import { useT } from './lang-context.ts';

/** A saved snapshot as a history lists it; the host keeps the snapshot itself. */
export interface HistoryEntry {
  id: string;
  title: string;
  createdAt: string;
  rows: number;
  /** Lower-case text the search box matches. */
  searchText: string;
}

export interface SnapshotHistoryProps {
  entries: readonly HistoryEntry[];
  onOpen: (id: string) => void;
  onCompare: (older: string, newer: string) => void;
  onExport: (id: string, format: DocumentFormat) => void;
  onCopy: (id: string) => void;
  onDelete: (id: string) => void;
}

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', rowGap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  actions: { gridColumn: '2', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * Snapshot history, newest first: search, open, select two to compare, export (Word, PowerPoint, HTML, Markdown, JSON), copy as rich text, delete.
 * Deleting is the host's to undo; the list only asks.
 */
export function SnapshotHistory({ entries, onOpen, onCompare, onExport, onCopy, onDelete }: SnapshotHistoryProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  if (entries.length === 0) return <Text>{tr('ui.snapshots.none')}</Text>;
  const needle = query.trim().toLowerCase();
  const shown = [...entries].filter((entry) => needle === '' || entry.searchText.includes(needle) || entry.title.toLowerCase().includes(needle)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? [...current.filter((other) => other !== id), id].slice(-2) : current.filter((other) => other !== id)));
  const compare = () => {
    const [a, b] = selected.map((id) => entries.find((entry) => entry.id === id)!).sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    onCompare(a.id, b.id);
  };
  return (
    <section style={{ display: 'grid', rowGap: tokens.spacingVerticalS }}>
      <Input value={query} onChange={(_, data) => setQuery(data.value)} placeholder={tr('history.search')} aria-label={tr('history.search')} type="search" data-testid="history-search" />
      <div className={styles.bar}>
        <Button size="small" disabled={selected.length !== 2} onClick={compare} data-testid="history-compare">{tr('history.compare')}</Button>
        {selected.length !== 2 && <Text size={200} className={styles.muted}>{tr('history.selectTwo')}</Text>}
      </div>
      {shown.length === 0 ? (
        <Text>{tr('history.noMatch', { query })}</Text>
      ) : (
        <ul className={styles.list} data-testid="history">
          {shown.map((entry) => (
            <li key={entry.id} className={styles.item} data-testid="history-item">
              <Checkbox checked={selected.includes(entry.id)} onChange={(_, data) => toggle(entry.id, data.checked === true)} aria-label={tr('history.select')} />
              <div>
                <Text weight="semibold" block>{entry.title}</Text>
                <Text size={200} className={styles.muted}>{tr('history.item', { date: formatDate(lang, entry.createdAt.slice(0, 10)), rows: formatNumber(lang, entry.rows) })}</Text>
              </div>
              <div className={styles.actions}>
                <Button size="small" onClick={() => onOpen(entry.id)}>{tr('ui.snapshots.open')}</Button>
                <ExportMenu onExport={(format) => onExport(entry.id, format)} onCopy={() => onCopy(entry.id)} />
                <Button size="small" appearance="subtle" onClick={() => onDelete(entry.id)} data-testid="history-delete">{tr('ui.snapshots.delete')}</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
