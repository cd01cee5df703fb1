import type { Lang } from '../core/i18n/index.ts';
import { metricPhrase } from '../core/proposal/phrases.ts';
import type { Snapshot } from '../core/snapshot/snapshot-schema.ts';

/** A saved snapshot as the history lists it; the host keeps the snapshot itself, so the list never parses one to show it. */
export interface HistoryEntry {
  id: string;
  title: string;
  createdAt: string;
  rows: number;
  /** The latest period its figures cover, when the host knows it without parsing the snapshot; null for point-in-time figures. */
  period?: { from: string; to: string } | null;
  /** Lower-case text the search box matches. */
  searchText: string;
}

/**
 * What the history search matches for a snapshot: its title and the names of its whole-population figures, lower-cased, so
 * "turnover" finds every snapshot that recorded a turnover rate.
 * @example snapshotSearchText('en', snapshot, 'Odoo · acme.odoo.com') // 'odoo · acme.odoo.com headcount turnover rate …'
 */
export function snapshotSearchText(lang: Lang, snapshot: Pick<Snapshot, 'evidence'>, title: string): string {
  const figures = snapshot.evidence.filter((item) => item.segment === null).map((item) => metricPhrase(lang, item.metric, item.variant));
  return [title, ...new Set(figures)].join(' ').toLowerCase();
}

/**
 * The period a snapshot's figures are for: its evidence's latest period, so two snapshots a year apart read apart; null when
 * it holds only point-in-time figures.
 * @example snapshotPeriod(snapshot) // { from: '2024-01-01', to: '2024-12-31' }
 */
export function snapshotPeriod(snapshot: Pick<Snapshot, 'evidence'>): { from: string; to: string } | null {
  let latest: { from: string; to: string } | null = null;
  for (const item of snapshot.evidence) if (item.period && (latest === null || item.period.to > latest.to)) latest = item.period;
  return latest;
}

/**
 * A parsed snapshot as a history entry, for a host that keeps snapshots parsed (the Excel pane): rows summed over its inputs.
 * @example historyEntryOf('en', 'a1', snapshot, 'Whole company').rows // 1193
 */
export function historyEntryOf(lang: Lang, id: string, snapshot: Snapshot, title: string): HistoryEntry {
  const rows = snapshot.inputs.reduce((sum, input) => sum + input.rows, 0);
  return { id, title, createdAt: snapshot.createdAt, rows, period: snapshotPeriod(snapshot), searchText: snapshotSearchText(lang, snapshot, title) };
}
