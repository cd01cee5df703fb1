import { Button, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultAssumptions, type Assumptions } from '../../core/impact/assumptions.ts';
import { editAssumptions } from '../../core/impact/edit-assumptions.ts';
import { formatNumber, type Lang, type MessageKey } from '../../core/i18n/index.ts';
import type { DocumentKind, PeopleCaseDocument } from '../../core/proposal/document.ts';
import { summaryForClipboard } from '../../core/render/clipboard.ts';
import type { DocumentFormat } from '../../core/render/index.ts';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.ts';
import type { FieldMap } from '../../core/table/dataset.ts';
import { dayFromIso } from '../../core/table/day.ts';
import type { TableRole } from '../../core/table/fields.ts';
import { applyEdits, type DocumentEdits } from '../../ui/document-edits.ts';
import { LangContext, useT } from '../../ui/lang-context.ts';
import { LanguageSwitch } from '../../ui/language-switch.tsx';
import { listSources } from '../workbook/list-sources.ts';
import { readSource, type ReadProgress } from '../workbook/read-source.ts';
import { selectCell } from '../workbook/select-cell.ts';
import { loadSourceMapping, saveSourceMapping } from '../workbook/source-mapping-settings.ts';
import { sourceKey, type WorkbookSource } from '../workbook/workbook-source.ts';
import { writeEvidenceSheet } from '../workbook/write-evidence-sheet.ts';
import { writeProposalSheet } from '../workbook/write-proposal-sheet.ts';
import { createAnalysisClient } from './analysis-client.ts';
import type { AnalysisView, ComparisonView, LoadedTable } from './analysis-protocol.ts';
import { Dashboard } from './dashboard.tsx';
import { ErrorBar } from './error-bar.tsx';
import { copyRichText, downloadFile } from '../../ui/file-actions.ts';
import { exportFileName } from './file-actions.ts';
import { IssuesTab } from './issues-tab.tsx';
import { headlineMetrics } from './key-metrics.ts';
import { ProposalTab } from './proposal-tab.tsx';
import { browserSnapshots, workbookSnapshots } from './snapshot-store.ts';
import { SnapshotsTab } from './snapshots-tab.tsx';
import { SheetPicker } from './sheet-picker.tsx';
import { SourcePicker } from './source-picker.tsx';
import { SourcesStep, type PaneTable } from './sources-step.tsx';

const useStyles = makeStyles({
  pane: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '720px', margin: '0 auto' },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, borderBottom: `2px solid ${tokens.colorBrandStroke1}`, paddingBottom: tokens.spacingVerticalS },
  brand: { flexGrow: 1, color: tokens.colorBrandForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Tab = 'dashboard' | 'proposal' | 'snapshots' | 'issues';

/** The assumptions a user starts from: core's defaults in the currency of their locale (yuan for Chinese, else dollars). */
function localeAssumptions(lang: Lang): Assumptions {
  return editAssumptions(defaultAssumptions, { currency: lang === 'zh-CN' ? 'CNY' : 'USD' });
}

/** The task pane: pick data (workbook tables or files), confirm roles and mappings, then dashboard, documents, snapshots and issues. */
export function App({ inExcel, initialLang }: { inExcel: boolean; initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  return (
    <LangContext.Provider value={lang}>
      <Pane inExcel={inExcel} initialLang={initialLang} onLang={setLang} />
    </LangContext.Provider>
  );
}

function Pane({ inExcel, initialLang, onLang }: { inExcel: boolean; initialLang: Lang; onLang: (lang: Lang) => void }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const client = useMemo(createAnalysisClient, []);
  const store = useMemo(() => (inExcel ? workbookSnapshots : browserSnapshots(localStorage)), [inExcel]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ key: MessageKey; params?: Record<string, string> } | null>(null);
  const [progress, setProgress] = useState<ReadProgress | 'analysing' | null>(null);
  const [sources, setSources] = useState<WorkbookSource[] | null>(null);
  const [picking, setPicking] = useState(false);
  const [tables, setTables] = useState<PaneTable[]>([]);
  const [workbookFiles, setWorkbookFiles] = useState<{ fileName: string; bytes: ArrayBuffer; sheets: string[] }[]>([]);
  const [workbookSources, setWorkbookSources] = useState<Record<string, WorkbookSource>>({});
  const [view, setView] = useState<AnalysisView | null>(null);
  const [department, setDepartment] = useState<string | null>(null);
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const [tab, setTab] = useState<Tab>('dashboard');
  const [assumptions, setAssumptions] = useState<Assumptions>(() => localeAssumptions(initialLang));
  const [documents, setDocuments] = useState<PeopleCaseDocument[] | null>(null);
  const [kind, setKind] = useState<DocumentKind>('proposal');
  const [edits, setEdits] = useState<Record<string, DocumentEdits>>({});
  const [snapshots, setSnapshots] = useState<{ id: string; snapshot: Snapshot; json: string }[]>([]);
  const [opened, setOpened] = useState<Snapshot | null>(null);
  const [comparison, setComparison] = useState<ComparisonView | null>(null);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const read = new Set(Object.values(workbookSources).map(sourceKey));
  const editsKey = (docKind: DocumentKind) => `${department ?? '*'}|${lang}|${docKind}`;

  const guard = (work: () => Promise<void>) => () => void work().catch(setError).finally(() => setProgress(null));
  const refreshSources = guard(async () => setSources(await listSources()));
  const refreshSnapshots = guard(async () => {
    const stored = await store.list();
    const parsed = await client.call({ type: 'parse-snapshots', entries: stored });
    setSnapshots(parsed.map((entry) => ({ ...entry, json: stored.find((candidate) => candidate.id === entry.id)!.json })));
  });
  useEffect(() => {
    if (inExcel) refreshSources();
    refreshSnapshots();
  }, []);

  /** A loaded table with core's proposed role (or the one remembered for it) and the mapping for that role. */
  const addTable = async (table: LoadedTable, remembered: { role: TableRole; fieldMap: FieldMap } | null) => {
    const role = remembered?.role ?? table.detection.role;
    const inference = role ? await client.call({ type: 'infer', id: table.id, role, remembered: remembered?.fieldMap ?? null }) : null;
    setTables((current) => [...current, { ...table, role, inference, fieldMap: inference?.fieldMap ?? {} }]);
  };
  /** Files read at once; a workbook with several sheets waits for the user to pick its sheets. */
  const openFiles = (files: File[]) =>
    guard(async () => {
      setProgress('analysing');
      // Loaded on first open, so the unzip code stays out of the pane's initial JavaScript.
      const { xlsxSheetNames } = await import('./xlsx-sheet-names.ts');
      for (const file of files) {
        const bytes = await file.arrayBuffer();
        const sheets = xlsxSheetNames(new Uint8Array(bytes));
        if (sheets.length > 1) setWorkbookFiles((current) => [...current, { fileName: file.name, bytes, sheets }]);
        else await addTable(await client.call({ type: 'load-file', bytes, fileName: file.name }, [bytes]), null);
      }
    })();
  /** Each chosen sheet of the first waiting workbook read as a table of its own, with core's proposed role. */
  const readSheets = (chosen: string[]) =>
    guard(async () => {
      const [{ fileName, bytes }] = workbookFiles;
      setWorkbookFiles((current) => current.slice(1));
      setProgress('analysing');
      for (const sheet of chosen) await addTable(await client.call({ type: 'load-file', bytes: bytes.slice(0), fileName, sheet }), null);
    })();
  const readWorkbookSources = (chosen: WorkbookSource[]) =>
    guard(async () => {
      abort.current = new AbortController();
      setPicking(false);
      for (const source of chosen) {
        setProgress({ rowsRead: 0, rowCount: source.rowCount, chunksRead: 0 });
        const raw = await readSource(source, { signal: abort.current.signal, onProgress: setProgress });
        setProgress('analysing');
        const buffers = raw.columns.flatMap((column) => [column.codes.buffer, column.numbers.buffer]);
        const label = source.kind === 'table' ? `${source.name} (${source.sheet})` : source.name;
        const table = await client.call({ type: 'load-raw', raw, label }, buffers);
        setWorkbookSources((current) => ({ ...current, [table.id]: source }));
        await addTable(table, await loadSourceMapping(source));
      }
    })();
  const changeRole = (id: string, role: TableRole | null) =>
    guard(async () => {
      const inference = role ? await client.call({ type: 'infer', id, role, remembered: null }) : null;
      setTables((current) => current.map((table) => (table.id === id ? { ...table, role, inference, fieldMap: inference?.fieldMap ?? {} } : table)));
    })();
  const removeTable = (id: string) =>
    guard(async () => {
      await client.call({ type: 'drop', id });
      setTables((current) => current.filter((table) => table.id !== id));
      setWorkbookSources(({ [id]: _, ...rest }) => rest);
    })();
  const analyze = (nextPeriod: typeof period) =>
    guard(async () => {
      setProgress('analysing');
      const choices = tables.flatMap((table) => (table.role ? [{ id: table.id, role: table.role, fieldMap: table.fieldMap }] : []));
      setView(await client.call({ type: 'analyze', tables: choices, period: nextPeriod, lang, assumptions }));
      setDocuments(null);
    })();
  const confirmTables = () => {
    for (const table of tables) {
      const source = workbookSources[table.id];
      if (source && table.role) void saveSourceMapping(source, { role: table.role, fieldMap: table.fieldMap }).catch(setError);
    }
    analyze(period);
  };
  useEffect(() => {
    if (view) guard(async () => setView(await client.call({ type: 'assume', assumptions, lang })))();
  }, [assumptions, lang]);
  useEffect(() => {
    setDocuments(null);
    if (view && tab === 'proposal') guard(async () => setDocuments(await client.call({ type: 'documents', scope: department, lang })))();
  }, [view, tab, department, lang]);

  const exportDoc = (doc: PeopleCaseDocument, format: DocumentFormat) =>
    guard(async () => {
      const file = await client.call({ type: 'export', doc, format });
      downloadFile(file, exportFileName(doc, file));
    })();
  const copyDoc = (doc: PeopleCaseDocument) =>
    guard(async () => {
      await copyRichText(summaryForClipboard(doc));
      setNotice({ key: 'ui.export.copied' });
    })();
  /** The five documents as the user left them: generated for the scope, with their edits. */
  const editedDocuments = async () => (documents ?? (await client.call({ type: 'documents', scope: department, lang }))).map((doc) => applyEdits(doc, edits[editsKey(doc.kind)] ?? {}));
  const takeSnapshot = guard(async () => {
    await store.add(await client.call({ type: 'snapshot', scope: department, lang, documents: await editedDocuments() }));
    setNotice({ key: 'ui.actions.snapshotTaken' });
    refreshSnapshots();
  });
  const compare = (beforeId: string, afterId: string | null) =>
    guard(async () => {
      const jsonOf = (id: string) => snapshots.find((entry) => entry.id === id)!.json;
      setOpened(null);
      setComparison(null);
      setComparison(await client.call({ type: 'compare', before: jsonOf(beforeId), after: afterId === null ? null : jsonOf(afterId), lang }));
    })();
  const insert = guard(async () => {
    const sheetSources = Object.fromEntries(
      tables.flatMap((table) => (table.role && workbookSources[table.id] ? [[table.role, { source: workbookSources[table.id], fieldMap: view?.fieldMaps[table.role] ?? table.fieldMap }]] : [])),
    );
    if (!view || Object.keys(sheetSources).length === 0) return;
    const [proposal] = await editedDocuments();
    const day = dayFromIso(view.period?.to ?? view.asOf);
    const span = view.period ? { from: dayFromIso(view.period.from), to: dayFromIso(view.period.to) } : null;
    const evidenceName = await writeEvidenceSheet({ lang, sources: sheetSources, evidence: view.evidence, period: span, day, asOf: dayFromIso(view.asOf), chartMetrics: headlineMetrics }, tr('ui.sheet.evidenceName'));
    const proposalName = await writeProposalSheet(proposal, tr('ui.sheet.proposalName'));
    setNotice({ key: 'ui.actions.inserted', params: { evidence: evidenceName, proposal: proposalName } });
  });
  const onEdit = (key: string, text: string | undefined) =>
    setEdits((all) => {
      const next = { ...(all[editsKey(kind)] ?? {}) };
      if (text === undefined) delete next[key];
      else next[key] = text;
      return { ...all, [editsKey(kind)]: next };
    });

  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <img src="./icon-32.png" width={24} height={24} alt="" />
        <Text size={500} weight="semibold" className={styles.brand}>PeopleCase</Text>
        <Text size={200}>{tr(inExcel ? 'ui.mode.workbook' : 'ui.mode.standalone')}</Text>
        <LanguageSwitch onChange={onLang} />
      </header>
      {error !== null && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      {notice && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{tr(notice.key, notice.params)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setNotice(null)}>{tr('ui.error.dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {progress !== null && (
        <div>
          <ProgressBar value={progress === 'analysing' ? undefined : progress.rowsRead / Math.max(1, progress.rowCount)} />
          <Text size={200}>{progress === 'analysing' ? tr('ui.progress.analysing') : tr('ui.progress.reading', { rows: formatNumber(lang, progress.rowsRead), total: formatNumber(lang, progress.rowCount) })}</Text>
          {progress !== 'analysing' && <Button size="small" onClick={() => abort.current?.abort(Object.assign(new Error('cancelled'), { name: 'AbortError' }))}>{tr('ui.cancel')}</Button>}
        </div>
      )}
      <input ref={fileInput} type="file" multiple accept=".csv,.txt,.tsv,.xlsx" hidden data-testid="file-input" onChange={(event) => { const files = [...(event.target.files ?? [])]; event.target.value = ''; if (files.length > 0) openFiles(files); }} />
      {!view && workbookFiles.length > 0 && <SheetPicker key={workbookFiles.length} fileName={workbookFiles[0].fileName} sheets={workbookFiles[0].sheets} onRead={readSheets} onCancel={() => setWorkbookFiles((current) => current.slice(1))} />}
      {!view && workbookFiles.length === 0 && (tables.length === 0 || picking) && (inExcel ? (
        sources && <SourcePicker key={sources.map(sourceKey).join('|')} sources={sources.filter((source) => !read.has(sourceKey(source)))} onRead={readWorkbookSources} onRefresh={refreshSources} onCancel={tables.length > 0 ? () => setPicking(false) : undefined} />
      ) : (
        <section>
          <Text block>{tr('ui.file.intro')}</Text>
          <Button appearance="primary" style={{ marginBlock: tokens.spacingVerticalS }} onClick={() => fileInput.current?.click()}>{tr('ui.file.open')}</Button>
          <Text block size={200}>{tr('ui.privacy')}</Text>
        </section>
      ))}
      {!view && workbookFiles.length === 0 && tables.length > 0 && !picking && (
        <SourcesStep
          tables={tables}
          onRole={changeRole}
          onFieldMap={(id, fieldMap) => setTables((current) => current.map((table) => (table.id === id ? { ...table, fieldMap } : table)))}
          onRemove={removeTable}
          onAdd={inExcel ? () => { setPicking(true); refreshSources(); } : () => fileInput.current?.click()}
          onConfirm={confirmTables}
          remembered={inExcel}
        />
      )}
      {view && (
        <>
          <div className={styles.actions}>
            {inExcel && <Button appearance="primary" onClick={insert}>{tr('ui.actions.insert')}</Button>}
            <Button onClick={takeSnapshot} data-testid="take-snapshot">{tr('ui.actions.snapshot')}</Button>
            <Button appearance="subtle" onClick={() => { setView(null); setNotice(null); }} data-testid="change-data">{tr('ui.sources.change')}</Button>
          </div>
          {!inExcel && <Text size={200}>{tr('ui.actions.insertNeedsExcel')}</Text>}
          <TabList size="small" selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as Tab)}>
            <Tab value="dashboard">{tr('ui.tab.dashboard')}</Tab>
            <Tab value="proposal" data-testid="tab-proposal">{tr('ui.tab.proposal')}</Tab>
            <Tab value="snapshots" data-testid="tab-snapshots">{tr('ui.tab.snapshots')}</Tab>
            <Tab value="issues">{tr('ui.tab.issues', { count: formatNumber(lang, view.issues.length) })}</Tab>
          </TabList>
          {tab === 'dashboard' && (
            <Dashboard view={view} department={department} onDepartment={setDepartment} currency={assumptions.currency} periodChoice={period ? period.from.slice(0, 4) : ''} onPeriod={(next) => { setPeriod(next); analyze(next); }} />
          )}
          {tab === 'proposal' && (
            <ProposalTab
              departments={view.departments}
              scope={department}
              onScope={setDepartment}
              documents={documents}
              kind={kind}
              onKind={setKind}
              assumptions={assumptions}
              onAssumptions={setAssumptions}
              edits={edits[editsKey(kind)] ?? {}}
              onEdit={onEdit}
              onExport={exportDoc}
              onCopy={copyDoc}
            />
          )}
          {tab === 'snapshots' && (
            <SnapshotsTab
              where={store.where}
              snapshots={snapshots}
              onCompare={compare}
              comparison={comparison}
              opened={opened}
              onOpen={(id) => { setComparison(null); setOpened(snapshots.find((entry) => entry.id === id)?.snapshot ?? null); }}
              onClose={() => setOpened(null)}
              onDelete={(id) => guard(async () => { await store.remove(id); setOpened(null); setComparison(null); refreshSnapshots(); })()}
              onRestore={(json) => guard(async () => { await store.add(json); refreshSnapshots(); })()}
              onExport={exportDoc}
              onCopy={copyDoc}
            />
          )}
          {tab === 'issues' && <IssuesTab issues={view.issues} onSelect={inExcel ? (cell) => void selectCell(cell).catch(setError) : undefined} />}
        </>
      )}
    </main>
  );
}
