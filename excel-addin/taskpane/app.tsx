import { Button, ProgressBar, Select, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultAssumptions, type Assumptions } from '../../core/impact/assumptions.ts';
import { formatDate, formatNumber, type Lang } from '../../core/i18n/index.ts';
import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import { parseSnapshot } from '../../core/snapshot/parse-snapshot.ts';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.ts';
import type { FieldMap } from '../../core/table/dataset.ts';
import { AssumptionsEditor } from '../../ui/assumptions-editor.tsx';
import { applyEdits, type DocumentEdits } from '../../ui/document-edits.ts';
import { FieldMapper } from '../../ui/field-mapper.tsx';
import { IssuesList } from '../../ui/issues-list.tsx';
import { LangContext, useT } from '../../ui/lang-context.ts';
import { LanguageSwitch } from '../../ui/language-switch.tsx';
import { ProposalView } from '../../ui/proposal-view.tsx';
import { SnapshotList } from '../../ui/snapshot-list.tsx';
import { loadSourceMapping, saveSourceMapping } from '../workbook/source-mapping-settings.ts';
import { listSources } from '../workbook/list-sources.ts';
import { readSource, type ReadProgress } from '../workbook/read-source.ts';
import { selectCell } from '../workbook/select-cell.ts';
import type { WorkbookSource } from '../workbook/workbook-source.ts';
import { writeEvidenceSheet } from '../workbook/write-evidence-sheet.ts';
import { writeProposalSheet } from '../workbook/write-proposal-sheet.ts';
import { dayFromIso } from '../../core/table/day.ts';
import { createAnalysisClient } from './analysis-client.ts';
import type { AnalysisView, LoadedTable } from './analysis-protocol.ts';
import { Dashboard } from './dashboard.tsx';
import { ErrorBar } from './error-bar.tsx';
import { browserSnapshots, workbookSnapshots } from './snapshot-store.ts';
import { SourcePicker } from './source-picker.tsx';

const useStyles = makeStyles({
  pane: { display: 'grid', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '720px', margin: '0 auto' },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, borderBottom: `2px solid ${tokens.colorBrandStroke1}`, paddingBottom: tokens.spacingVerticalS },
  brand: { flexGrow: 1, color: tokens.colorBrandForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Tab = 'dashboard' | 'proposal' | 'snapshots' | 'issues';

/** Start a download of text made in the pane (a blob URL: nothing leaves the device). */
function download(text: string, fileName: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The task pane: pick data (workbook table or a file), confirm the mapping, then dashboard, proposal, snapshots and issues. */
export function App({ inExcel, initialLang }: { inExcel: boolean; initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  return (
    <LangContext.Provider value={lang}>
      <Pane inExcel={inExcel} onLang={setLang} />
    </LangContext.Provider>
  );
}

function Pane({ inExcel, onLang }: { inExcel: boolean; onLang: (lang: Lang) => void }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const client = useMemo(createAnalysisClient, []);
  const store = useMemo(() => (inExcel ? workbookSnapshots : browserSnapshots(localStorage)), [inExcel]);
  const [error, setError] = useState<unknown>(null);
  const [sources, setSources] = useState<WorkbookSource[] | null>(null);
  const [source, setSource] = useState<WorkbookSource | null>(null);
  const [fileLabel, setFileLabel] = useState<string | null>(null);
  const [progress, setProgress] = useState<ReadProgress | 'analysing' | null>(null);
  const [loaded, setLoaded] = useState<LoadedTable | null>(null);
  const [fieldMap, setFieldMap] = useState<FieldMap>({});
  const [view, setView] = useState<AnalysisView | null>(null);
  const [department, setDepartment] = useState<string | null>(null);
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const [tab, setTab] = useState<Tab>('dashboard');
  const [assumptions, setAssumptions] = useState<Assumptions>(defaultAssumptions);
  const [doc, setDoc] = useState<PeopleCaseDocument | null>(null);
  const [edits, setEdits] = useState<Record<string, DocumentEdits>>({});
  const [snapshots, setSnapshots] = useState<{ id: string; snapshot: Snapshot; json: string }[]>([]);
  const [opened, setOpened] = useState<Snapshot | null>(null);
  const [changes, setChanges] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const editKey = `${department ?? '*'}|${lang}`;

  const guard = (work: () => Promise<void>) => () => void work().catch(setError).finally(() => setProgress(null));
  const refreshSources = guard(async () => setSources(await listSources()));
  const refreshSnapshots = guard(async () => setSnapshots((await store.list()).flatMap(({ id, json }) => { try { return [{ id, snapshot: parseSnapshot(json), json }]; } catch { return []; } })));
  useEffect(() => {
    if (inExcel) refreshSources();
    refreshSnapshots();
  }, []);

  const showLoaded = async (table: LoadedTable, remembered: FieldMap | null) => {
    setLoaded(table);
    setFieldMap(remembered ?? table.fieldMap);
    setView(null);
    setDoc(null);
  };
  const openFile = (file: File) =>
    guard(async () => {
      setProgress('analysing');
      const bytes = await file.arrayBuffer();
      const table = await client.call({ type: 'load-file', bytes, fileName: file.name }, [bytes]);
      setFileLabel(tr('ui.file.chosen', { file: file.name, rows: formatNumber(lang, table.rowCount) }));
      await showLoaded(table, null);
    })();
  const readWorkbookSource = (picked: WorkbookSource) =>
    guard(async () => {
      abort.current = new AbortController();
      setSource(picked);
      setProgress({ rowsRead: 0, rowCount: picked.rowCount, chunksRead: 0 });
      const raw = await readSource(picked, { signal: abort.current.signal, onProgress: setProgress });
      setProgress('analysing');
      const buffers = raw.columns.flatMap((column) => [column.codes.buffer, column.numbers.buffer]);
      await showLoaded(await client.call({ type: 'load-raw', raw }, buffers), (await loadSourceMapping(picked))?.fieldMap ?? null);
    })();
  const analyze = (overrides: FieldMap, nextPeriod: typeof period) =>
    guard(async () => {
      setProgress('analysing');
      setView(await client.call({ type: 'analyze', overrides, period: nextPeriod, lang }));
      setDoc(null);
    })();
  const confirmMapping = () => {
    const overrides = Object.fromEntries(Object.keys(loaded!.fieldMap).concat(Object.keys(fieldMap)).map((field) => [field, fieldMap[field as keyof FieldMap] ?? ''])) as FieldMap;
    if (source) void saveSourceMapping(source, { role: 'roster', fieldMap }).catch(setError);
    analyze(overrides, period);
  };
  useEffect(() => {
    if (view && tab === 'proposal') guard(async () => setDoc(await client.call({ type: 'propose', scope: department, lang, assumptions })))();
  }, [view, tab, department, lang, assumptions]);
  useEffect(() => {
    if (view) analyze(view.fieldMap, period);
  }, [lang]);

  const currentDoc = doc ? applyEdits(doc, edits[editKey] ?? {}) : null;
  const exportDoc = (target: PeopleCaseDocument, format: 'markdown' | 'html') =>
    guard(async () => download(await client.call({ type: 'render', doc: target, format }), `peoplecase-${target.kind}.${format === 'markdown' ? 'md' : 'html'}`, format === 'markdown' ? 'text/markdown' : 'text/html'))();
  const takeSnapshot = guard(async () => {
    const proposal = currentDoc ?? (await client.call({ type: 'propose', scope: department, lang, assumptions }));
    await store.add(await client.call({ type: 'snapshot', scope: department, lang, assumptions, documents: [proposal] }));
    setNotice(tr('ui.actions.snapshotTaken'));
    refreshSnapshots();
  });
  const insert = guard(async () => {
    if (!view || !source) return;
    const proposal = currentDoc ?? (await client.call({ type: 'propose', scope: department, lang, assumptions }));
    const day = view.period ? dayFromIso(view.period.to) : dayFromIso(view.asOf);
    const period = view.period ? { from: dayFromIso(view.period.from), to: dayFromIso(view.period.to) } : null;
    const evidenceName = await writeEvidenceSheet({ lang, source, fieldMap: view.fieldMap, evidence: view.evidence, period, day }, tr('ui.sheet.evidenceName'));
    const proposalName = await writeProposalSheet(proposal, tr('ui.sheet.proposalName'));
    setNotice(tr('ui.actions.inserted', { evidence: evidenceName, proposal: proposalName }));
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
      {notice && <Text data-testid="notice">{notice}</Text>}
      {progress !== null && (
        <div>
          <ProgressBar value={progress === 'analysing' ? undefined : progress.rowsRead / Math.max(1, progress.rowCount)} />
          <Text size={200}>{progress === 'analysing' ? tr('ui.progress.analysing') : tr('ui.progress.reading', { rows: formatNumber(lang, progress.rowsRead), total: formatNumber(lang, progress.rowCount) })}</Text>
          {progress !== 'analysing' && <Button size="small" onClick={() => abort.current?.abort(Object.assign(new Error('cancelled'), { name: 'AbortError' }))}>{tr('ui.cancel')}</Button>}
        </div>
      )}
      {!view && !loaded && (inExcel ? (
        sources && <SourcePicker sources={sources} onPick={readWorkbookSource} onRefresh={refreshSources} />
      ) : (
        <section>
          <Text block>{tr('ui.file.intro')}</Text>
          <Button appearance="primary" style={{ marginTop: tokens.spacingVerticalS }} onClick={() => fileInput.current?.click()}>
            {tr('ui.file.open')}
          </Button>
          <input ref={fileInput} type="file" accept=".csv,.txt,.tsv,.xlsx" hidden data-testid="file-input" onChange={(event) => event.target.files?.[0] && openFile(event.target.files[0])} />
          <Text block size={200}>{tr('ui.privacy')}</Text>
        </section>
      ))}
      {fileLabel && <Text size={200}>{fileLabel}</Text>}
      {loaded && !view && (
        <>
          {loaded.role.role && loaded.role.role !== 'roster' && <Text>{tr('ui.role.onlyRoster', { role: tr(`ui.role.${loaded.role.role}`) })}</Text>}
          <FieldMapper headers={loaded.headers} fieldMap={fieldMap} sources={loaded.sources} ambiguities={loaded.ambiguities} onChange={setFieldMap} onConfirm={confirmMapping} />
        </>
      )}
      {view && (
        <>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!inExcel} onClick={insert} title={inExcel ? undefined : tr('ui.actions.insertNeedsExcel')}>{tr('ui.actions.insert')}</Button>
            <Button onClick={takeSnapshot} data-testid="take-snapshot">{tr('ui.actions.snapshot')}</Button>
          </div>
          {!inExcel && <Text size={200}>{tr('ui.actions.insertNeedsExcel')}</Text>}
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as Tab)}>
            <Tab value="dashboard">{tr('ui.tab.dashboard')}</Tab>
            <Tab value="proposal" data-testid="tab-proposal">{tr('ui.tab.proposal')}</Tab>
            <Tab value="snapshots" data-testid="tab-snapshots">{tr('ui.tab.snapshots')}</Tab>
            <Tab value="issues">{tr('ui.tab.issues', { count: formatNumber(lang, view.issues.length) })}</Tab>
          </TabList>
          {tab === 'dashboard' && (
            <Dashboard view={view} department={department} onDepartment={setDepartment} periodChoice={period ? period.from.slice(0, 4) : ''} onPeriod={(next) => { setPeriod(next); analyze(view.fieldMap, next); }} />
          )}
          {tab === 'proposal' && (
            <section style={{ display: 'grid', rowGap: tokens.spacingVerticalM }}>
              <label>
                <Text size={200}>{tr('ui.proposal.scope')} </Text>
                <Select size="small" value={department ?? ''} onChange={(_, data) => setDepartment(data.value === '' ? null : data.value)} data-testid="proposal-scope">
                  <option value="">{tr('ui.proposal.company')}</option>
                  {view.departments.map((name) => <option key={name} value={name}>{name}</option>)}
                </Select>
              </label>
              <AssumptionsEditor assumptions={assumptions} onChange={setAssumptions} />
              {currentDoc && (
                <>
                  <div className={styles.actions}>
                    <Button size="small" onClick={() => exportDoc(currentDoc, 'markdown')}>{tr('ui.export.markdown')}</Button>
                    <Button size="small" onClick={() => exportDoc(currentDoc, 'html')}>{tr('ui.export.html')}</Button>
                  </div>
                  <ProposalView doc={currentDoc} edits={edits[editKey] ?? {}} onEdit={(key, text) => setEdits((all) => { const next = { ...(all[editKey] ?? {}) }; if (text === undefined) delete next[key]; else next[key] = text; return { ...all, [editKey]: next }; })} />
                </>
              )}
            </section>
          )}
          {tab === 'snapshots' && (
            <section style={{ display: 'grid', rowGap: tokens.spacingVerticalS }}>
              <Text size={200}>{tr(store.where === 'workbook' ? 'ui.snapshots.inWorkbook' : 'ui.snapshots.inBrowser')}</Text>
              <SnapshotList
                snapshots={snapshots}
                onOpen={(id) => { setOpened(snapshots.find((entry) => entry.id === id)?.snapshot ?? null); setChanges(null); }}
                onCompare={(id) => guard(async () => { setOpened(null); setChanges(await client.call({ type: 'compare', json: snapshots.find((entry) => entry.id === id)!.json, lang })); })()}
                onDelete={(id) => guard(async () => { await store.remove(id); setOpened(null); refreshSnapshots(); })()}
                onExport={(id, format) => { const first = snapshots.find((entry) => entry.id === id)?.snapshot.documents[0]; if (first) exportDoc(first, format); }}
              />
              {changes && (changes.length === 0 ? <Text>{tr('ui.snapshots.noChange')}</Text> : <ul data-testid="changes">{changes.map((change) => <li key={change}>{change}</li>)}</ul>)}
              {opened && (
                <section>
                  <Text weight="semibold">{tr('ui.snapshots.viewing', { date: formatDate(lang, opened.createdAt.slice(0, 10)) })}</Text>{' '}
                  <Button size="small" onClick={() => setOpened(null)}>{tr('ui.snapshots.close')}</Button>
                  {opened.documents[0] && <ProposalView doc={opened.documents[0]} edits={{}} />}
                </section>
              )}
            </section>
          )}
          {tab === 'issues' && <IssuesList issues={view.issues} onSelect={inExcel ? (cell) => void selectCell(cell).catch(setError) : undefined} />}
        </>
      )}
    </main>
  );
}
