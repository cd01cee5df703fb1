import { caseDocuments } from '../../../core/case/build-case.ts';
import { formatDate, t, type Lang } from '../../../core/i18n/index.ts';
import type { DocumentKind, PeopleCaseDocument } from '../../../core/proposal/document.ts';
import { metricPhrase } from '../../../core/proposal/phrases.ts';
import { evidenceFormat } from '../../../core/proposal/quantities.ts';
import { formatValue } from '../../../core/render/format-value.ts';
import { compareSnapshots } from '../../../core/snapshot/compare-snapshots.ts';
import type { DocumentFormat, RenderedFile } from '../../../core/render/index.ts';
import { createSnapshot } from '../../../core/snapshot/create-snapshot.ts';
import type { Snapshot } from '../../../core/snapshot/snapshot-schema.ts';
import { snapshotSearchText } from '../../../ui/history-entry.ts';
import type { StoredSnapshot } from '../../platform/panel-db.ts';
import type { PanelCase } from './panel-case.ts';

/** What a snapshot freezes: the page's case as analysed, where it was read, and whether names and ids stay in (the user's explicit choice). */
export interface SnapshotSource {
  lang: Lang;
  page: { url: string; adapterName: string; rows: number };
  kept: PanelCase;
  includeIdentifiers: boolean;
  now: Date;
}

/**
 * Freeze the current case and its five documents (proposal first) into a stored snapshot: the snapshot file (identifiers out
 * unless chosen) and the history fields, which name the system and host only, never the page's path or title (they may name a person).
 */
export function takeSnapshot(source: SnapshotSource): StoredSnapshot {
  const { analysis, theCase } = source.kept;
  const documents = caseDocuments(theCase, { lang: source.lang, scope: null, now: source.now });
  const snapshot = createSnapshot({ lang: source.lang, scope: null, datasets: Object.values(analysis.datasets), assumptions: theCase.assumptions, evidence: analysis.evidence, findings: theCase.findings, documents, includeIdentifiers: source.includeIdentifiers, now: source.now });
  const site = URL.canParse(source.page.url) ? new URL(source.page.url).host : '';
  const title = `${source.page.adapterName} · ${site}`;
  return { id: crypto.randomUUID(), createdAt: snapshot.createdAt, title, site, rows: source.page.rows, searchText: snapshotSearchText(source.lang, snapshot, title), json: JSON.stringify(snapshot) };
}

/**
 * One of a snapshot's documents as an export file: Word, PowerPoint, HTML and Markdown from core's writers (charts as PNGs
 * drawn by chart.js, both loaded on first export so the panel opens fast); JSON is the snapshot file itself, which PeopleCase
 * reopens, whichever document is shown.
 */
export async function snapshotExport(doc: PeopleCaseDocument | undefined, snapshotJson: string, format: DocumentFormat): Promise<Pick<RenderedFile, 'content' | 'mimeType' | 'extension'>> {
  if (format === 'json' || !doc) return { content: snapshotJson, mimeType: 'application/json', extension: 'json' };
  const [{ renderDocument }, { chartPngs }] = await Promise.all([import('../../../core/render/index.ts'), import('../../../ui/chart-pngs.ts')]);
  const chartImages = format === 'html' || format === 'docx' ? await chartPngs(doc) : {};
  return renderDocument(doc, format, { chartImages });
}

/**
 * The name an export is saved under: which document and the snapshot's day, or `snapshot` for the snapshot file itself.
 * @example snapshotFileName('2025-03-01T09:00:00.000Z', 'retrospective', 'pptx') // 'peoplecase-retrospective-2025-03-01.pptx'
 */
export function snapshotFileName(createdAt: string, kind: DocumentKind | undefined, extension: string): string {
  return `peoplecase-${extension === 'json' || !kind ? 'snapshot' : kind}-${createdAt.slice(0, 10)}.${extension}`;
}

/** A snapshot with the title of the table it was taken on ("Odoo · acme.odoo.com"), as a comparison needs both. */
export interface ComparedSnapshot {
  title: string;
  snapshot: Snapshot;
}

/** Whether two snapshots describe the same people over time: taken on the same system and site, of the same scope and table role. */
export function comparable(a: ComparedSnapshot, b: ComparedSnapshot): boolean {
  return a.title === b.title && a.snapshot.scope === b.snapshot.scope && a.snapshot.inputs[0]?.role === b.snapshot.inputs[0]?.role;
}

/**
 * What changed between two snapshots, whole-population figures only, as "Turnover rate: 18.0% → 11.0% since 3 Mar 2025";
 * snapshots of different scopes cannot be compared and give [] (core refuses them).
 */
export function changeLines(lang: Lang, a: Snapshot, b: Snapshot): string[] {
  if (a.scope !== b.scope) return [];
  const comparison = compareSnapshots(a, b);
  const date = formatDate(lang, comparison.before.day);
  return comparison.changes
    .filter((change) => change.after.segment === null && change.change !== 0)
    .map((change) => {
      const show = (value: number) => formatValue(lang, value, evidenceFormat(change.after), comparison.currency);
      const text = t(lang, 'ui.snapshots.change', { metric: metricPhrase(lang, change.after.metric, change.after.variant), before: show(change.before.value), after: show(change.after.value), date });
      return text.charAt(0).toLocaleUpperCase() + text.slice(1);
    });
}
