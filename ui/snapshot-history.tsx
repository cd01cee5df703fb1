import { Button, Checkbox, Input, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDate, formatNumber, type Lang } from '../core/i18n/index.ts';
import type { PeopleCaseDocument } from '../core/proposal/document.ts';
import type { DocumentFormat } from '../core/render/index.ts';
import { ExportMenu } from './export-menu.tsx';
import type { HistoryEntry } from './history-entry.ts';
import { useT } from './lang-context.ts';
import { ProposalView } from './proposal-view.tsx';

export interface SnapshotHistoryProps {
  entries: readonly HistoryEntry[];
  onOpen: (id: string) => void;
  /** Compare two snapshots, older first. */
  onCompare: (olderId: string, newerId: string) => void;
  /** Compare a snapshot with the data in view now; absent while the host has none. */
  onCompareWithNow?: (id: string) => void;
  /** Export a snapshot's proposal (JSON: whatever file the host reopens). */
  onExport: (id: string, format: DocumentFormat) => void;
  /** Copy a snapshot's proposal summary as rich text. */
  onCopy: (id: string) => void;
  /** Delete a snapshot and hand back how to put it back, which the undo bar calls. */
  onDelete: (id: string) => () => void;
}

const useStyles = makeStyles({
  history: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', rowGap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', overflowWrap: 'anywhere', columnGap: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  actions: { gridColumn: '2', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  result: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS, borderTop: `2px solid ${tokens.colorBrandStroke1}`, paddingTop: tokens.spacingVerticalS },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** When a snapshot was taken, to the minute, so two taken the same day can be told apart; a damaged record's missing date shows as nothing. */
function dateTime(lang: Lang, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The entries the search keeps, newest first; an empty search keeps all. */
export function matchingEntries(entries: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const needle = query.trim().toLowerCase();
  return entries.filter((entry) => needle === '' || entry.searchText.includes(needle) || entry.title.toLowerCase().includes(needle)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Tick or untick one snapshot, keeping at most the two ticked last, since a comparison takes two. */
function tickedAfter(ticked: readonly string[], id: string, on: boolean): string[] {
  const others = ticked.filter((other) => other !== id);
  return on ? [...others, id].slice(-2) : others;
}

/**
 * Snapshot history, newest first, the same in every host: search, open, compare two (or one with now, where the host has
 * data in view), export in core's formats, copy as rich text, delete with undo. What each action does is the host's.
 */
export function SnapshotHistory({ entries, onOpen, onCompare, onCompareWithNow, onExport, onCopy, onDelete }: SnapshotHistoryProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [restore, setRestore] = useState<(() => void) | null>(null);
  const shown = matchingEntries(entries, query);
  const pair = entries.filter((entry) => ticked.includes(entry.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const remove = (id: string) => {
    const putBack = onDelete(id);
    setTicked((current) => current.filter((other) => other !== id));
    setRestore(() => putBack);
  };
  const undo = () => {
    restore?.();
    setRestore(null);
  };
  return (
    <section className={styles.history}>
      {restore && (
        <MessageBar intent="info" data-testid="deleted">
          <MessageBarBody>{tr('ui.snapshots.deleted')}</MessageBarBody>
          <MessageBarActions><Button size="small" onClick={undo} data-testid="undo-delete">{tr('ui.snapshots.undo')}</Button></MessageBarActions>
        </MessageBar>
      )}
      {entries.length === 0 ? (
        <Text>{tr('ui.snapshots.none')}</Text>
      ) : (
        <>
          <Input value={query} onChange={(_, data) => setQuery(data.value)} placeholder={tr('ui.snapshots.search')} aria-label={tr('ui.snapshots.search')} type="search" data-testid="history-search" />
          <div className={styles.bar}>
            <Button size="small" disabled={pair.length !== 2} onClick={() => onCompare(pair[0].id, pair[1].id)} data-testid="history-compare">{tr('ui.snapshots.compareSelected')}</Button>
            {pair.length !== 2 && <Text size={200} className={styles.muted}>{tr('ui.snapshots.selectTwo')}</Text>}
          </div>
          {shown.length === 0 ? (
            <Text>{tr('ui.snapshots.noMatch', { query })}</Text>
          ) : (
            <ul className={styles.list} data-testid="snapshots">
              {shown.map((entry) => (
                <li key={entry.id} className={styles.item} data-testid="history-item">
                  <Checkbox checked={ticked.includes(entry.id)} onChange={(_, data) => setTicked((current) => tickedAfter(current, entry.id, data.checked === true))} aria-label={tr('ui.snapshots.select')} />
                  <div>
                    <Text weight="semibold" block>{entry.title}</Text>
                    <Text size={200} className={styles.muted} block>{tr('ui.snapshots.item', { date: dateTime(lang, entry.createdAt), rows: formatNumber(lang, entry.rows) })}</Text>
                    {entry.period && <Text size={200} className={styles.muted}>{tr('ui.filter.range', { from: formatDate(lang, entry.period.from), to: formatDate(lang, entry.period.to) })}</Text>}
                  </div>
                  <div className={styles.actions}>
                    <Button size="small" onClick={() => onOpen(entry.id)}>{tr('ui.snapshots.open')}</Button>
                    {onCompareWithNow && <Button size="small" onClick={() => onCompareWithNow(entry.id)} data-testid="history-compare-now">{tr('ui.snapshots.compare')}</Button>}
                    <ExportMenu onExport={(format) => onExport(entry.id, format)} onCopy={() => onCopy(entry.id)} />
                    <Button size="small" appearance="subtle" onClick={() => remove(entry.id)} data-testid="history-delete">{tr('ui.snapshots.delete')}</Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export interface SnapshotChangesProps {
  /** "Changes from 3 Mar to 9 Jun"; absent where the Check document's own title says it. */
  heading?: string;
  /** "Turnover rate: 18.0% → 11.0% since 3 Mar 2025", one a line. */
  lines: readonly string[];
  /** Why the two were not compared (different tables or scopes), shown instead of the lines. */
  refusal?: string;
  /** The Check document the comparison wrote, where the host writes one, with its export menu. */
  check?: { doc: PeopleCaseDocument; onExport: (doc: PeopleCaseDocument, format: DocumentFormat) => void; onCopy: (doc: PeopleCaseDocument) => void };
}

/** What a comparison found, the same in every host: the figures that changed and, where written, the Check document. */
export function SnapshotChanges({ heading, lines, refusal, check }: SnapshotChangesProps) {
  const { tr } = useT();
  const styles = useStyles();
  return (
    <section className={styles.result} data-testid="comparison">
      {heading && <Text weight="semibold">{heading}</Text>}
      <div data-testid="changes">
        {refusal ? (
          <MessageBar intent="warning" data-testid="not-comparable"><MessageBarBody>{refusal}</MessageBarBody></MessageBar>
        ) : lines.length === 0 ? <Text>{tr('ui.snapshots.noChange')}</Text> : <ul className={styles.changes}>{lines.map((line) => <li key={line}><Text>{line}</Text></li>)}</ul>}
      </div>
      {check && (
        <>
          <div><ExportMenu onExport={(format) => check.onExport(check.doc, format)} onCopy={() => check.onCopy(check.doc)} /></div>
          <ProposalView doc={check.doc} edits={{}} />
        </>
      )}
    </section>
  );
}
