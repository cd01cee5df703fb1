import { Button, Checkbox, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { formatDate, formatNumber, type Lang } from '../../../core/i18n/index.ts';
import { parseSnapshot } from '../../../core/snapshot/parse-snapshot.ts';
import type { Snapshot } from '../../../core/snapshot/snapshot-schema.ts';
import type { FieldMap } from '../../../core/table/dataset.ts';
import type { TableRole } from '../../../core/table/fields.ts';
import { FieldMapper } from '../../../ui/field-mapper.tsx';
import { LangContext, useT } from '../../../ui/lang-context.ts';
import { LanguageSwitch } from '../../../ui/language-switch.tsx';
import type { PeopleCaseDocument } from '../../../core/proposal/document.ts';
import { summaryForClipboard } from '../../../core/render/clipboard.ts';
import type { DocumentFormat } from '../../../core/render/index.ts';
import { copyRichText, downloadFile } from '../../../ui/file-actions.ts';
import { OpenedSnapshot } from '../../../ui/opened-snapshot.tsx';
import { SnapshotChanges, SnapshotHistory } from '../../../ui/snapshot-history.tsx';
import { rawTableFromCapture, type PageCapture } from '../../page/page-capture.ts';
import { requestSite } from '../../platform/granted-sites.ts';
import { fieldMapKey } from '../../platform/field-map-key.ts';
import { saveLang } from '../../platform/lang-setting.ts';
import { parseMessage } from '../../platform/messages.ts';
import { openPanelDb, rememberedTable, type StoredBaseline, type StoredSnapshot } from '../../platform/panel-db.ts';
import { collectInTab, readTab, targetTab } from '../../platform/read-tab.ts';
import { overridesFrom } from './analyze-capture.ts';
import { BadgeSwitch } from './badge-switch.tsx';
import { BaselineView } from './baseline-view.tsx';
import { EvidenceView } from './evidence-view.tsx';
import { createPanelClient } from './panel-client.ts';
import { panelAssumptions, type PanelView } from './panel-case.ts';
import { ReadSummary, type CollectState } from './read-summary.tsx';
import { RoleSwitch } from './role-switch.tsx';
import { changeLines, comparable, snapshotExport, snapshotFileName, type ComparedSnapshot } from './snapshot-files.ts';

type Reading = { kind: 'reading' } | { kind: 'no-tab' } | { kind: 'no-access'; url: string } | { kind: 'none' } | { kind: 'read'; capture: PageCapture; tabId: number };
type PanelTab = 'evidence' | 'columns' | 'baseline' | 'snapshots';

const useStyles = makeStyles({
  // One column no wider than the panel: a wide child (the preview table) scrolls inside its own box instead of widening the panel.
  panel: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '760px', margin: '0 auto' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, borderBottom: `2px solid ${tokens.colorBrandStroke1}`, paddingBottom: tokens.spacingVerticalS },
  // A smaller name in the narrowest sidebars (Firefox's opens at about 250 px), so the language picker stays beside it.
  brand: { flexGrow: 1, color: tokens.colorBrandForeground1, '@media (max-width: 280px)': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 } },
  language: { marginLeft: 'auto' },
  tabs: { flexWrap: 'wrap' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: 'grid', rowGap: tokens.spacingVerticalS },
});

/** The side panel: reads the page's table, shows its evidence, keeps mappings, baselines and snapshots in this browser. */
export function App({ initialLang }: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const changeLang = (next: Lang) => {
    setLang(next);
    void saveLang(next);
  };
  return (
    <LangContext.Provider value={lang}>
      <Panel onLang={changeLang} />
    </LangContext.Provider>
  );
}

/** A message for an unexpected failure: the error's own text, since the cases users can act on have their own messages. */
function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function Panel({ onLang }: { onLang: (lang: Lang) => void }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const db = useMemo(openPanelDb, []);
  const client = useMemo(createPanelClient, []);
  const assumptions = useMemo(() => panelAssumptions(navigator.language), []);
  const [reading, setReading] = useState<Reading>({ kind: 'reading' });
  const [overrides, setOverrides] = useState<FieldMap | null>(null);
  const [draft, setDraft] = useState<FieldMap>({});
  const [tab, setTab] = useState<PanelTab>('evidence');
  const [baselines, setBaselines] = useState<Omit<StoredBaseline, 'bytes'>[]>([]);
  const [activeBaseline, setActiveBaseline] = useState<string | null>(null);
  const [role, setRole] = useState<TableRole | null>(null);
  const [pageSent, setPageSent] = useState<PageCapture | null>(null);
  const [current, setCurrent] = useState<PanelView | null>(null);
  const sentBaselines = useRef(new Set<string>());
  const [history, setHistory] = useState<StoredSnapshot[]>([]);
  const [opened, setOpened] = useState<{ id: string; snapshot: Snapshot } | null>(null);
  const [changes, setChanges] = useState<{ heading: string; lines: string[]; refusal?: string } | null>(null);
  const [includeIdentifiers, setIncludeIdentifiers] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [collecting, setCollecting] = useState<CollectState | null>(null);
  const [pageChanged, setPageChanged] = useState(false);
  const readFrom = useRef<{ tabId: number; url: string } | null>(null);
  const readTurn = useRef(0);
  const cancelCollecting = useRef<(() => Promise<void>) | null>(null);
  const capture = reading.kind === 'read' ? reading.capture : null;

  const fail = (key: 'extension.error.read' | 'extension.error.storage' | 'extension.error.file' | 'extension.error.export' | 'extension.error.copy') => (cause: unknown) => setError(tr(key, { detail: detailOf(cause) }));
  const refreshHistory = () => void db.then((store) => store.getAll('snapshots')).then(setHistory, fail('extension.error.storage'));
  // Stored baselines go to the worker once each (it reads them off the panel's thread); the list then re-runs the case.
  const sendBaselines = async (all: StoredBaseline[]) => {
    for (const { id, name, bytes } of all.filter((baseline) => !sentBaselines.current.has(baseline.id))) {
      await client.call({ type: 'baseline', id, name, bytes });
      sentBaselines.current.add(id);
    }
    setBaselines(all.map(({ bytes: _bytes, ...rest }) => rest));
  };
  const refreshBaselines = () => void db.then((store) => store.getAll('baselines')).then(sendBaselines).catch(fail('extension.error.file'));

  // Reads overlap when a page fires several loads (Firefox reports a page complete more than once): only the latest one shows.
  const readPage = async () => {
    const turn = ++readTurn.current;
    const latest = () => turn === readTurn.current;
    setReading({ kind: 'reading' });
    setNotice(null);
    const target = await targetTab();
    if (!latest()) return;
    if (target?.id === undefined) return setReading({ kind: 'no-tab' });
    const result = await readTab(target.id);
    if (!latest()) return;
    if (result.kind === 'no-access') return setReading({ kind: 'no-access', url: target.url ?? '' });
    if (result.kind === 'none') return setReading({ kind: 'none' });
    const remembered = await rememberedTable(await db, fieldMapKey(result.capture.url, result.capture.adapterId, result.capture.headers));
    if (!latest()) return;
    setOverrides(remembered.fieldMap);
    setRole(remembered.role);
    readFrom.current = { tabId: target.id, url: target.url ?? '' };
    setReading({ ...result, tabId: target.id });
  };
  const read = () => void readPage().catch((cause) => { setReading({ kind: 'none' }); fail('extension.error.read')(cause); });

  useEffect(() => {
    read();
    refreshHistory();
    refreshBaselines();
    // Switching back to the page already read keeps what was read (collected rows included); another page is read afresh.
    const onActivated = () => void targetTab().then((target) => { if (target?.id !== readFrom.current?.tabId || target?.url !== readFrom.current?.url) read(); });
    // Pages loaded while collecting across pages are read by the collecting, not afresh.
    const onUpdated = (_id: number, info: { status?: string }, tabInfo: { active?: boolean }) => { if (info.status === 'complete' && tabInfo.active && !cancelCollecting.current) read(); };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  // The page's table goes to the worker once per reading; the case re-runs there whenever the role, mapping, baselines or language change.
  useEffect(() => {
    setCurrent(null);
    if (!capture) return;
    void client.call({ type: 'page', raw: rawTableFromCapture(capture) }).then(() => setPageSent(capture), fail('extension.error.read'));
  }, [capture]);
  useEffect(() => {
    if (!capture || pageSent !== capture) return;
    let live = true;
    void client.call({ type: 'analyze', role, overrides, compareWith: activeBaseline, lang, assumptions }).then((view) => live && setCurrent(view), fail('extension.error.read'));
    return () => { live = false; };
  }, [pageSent, capture, role, overrides, activeBaseline, baselines, lang]);
  useEffect(() => setDraft(current?.inference.fieldMap ?? {}), [current]);

  // The case now, frozen in the worker: stored by Take snapshot, or only compared with by Compare with now.
  const freeze = (page: PageCapture, withIdentifiers: boolean) => client.call({ type: 'snapshot', lang, includeIdentifiers: withIdentifiers, page: { url: page.url, adapterName: page.adapterName, rows: page.rows.length } });
  const snapshot = async () => {
    if (!capture || !current) return;
    const stored = await freeze(capture, includeIdentifiers);
    await (await db).put('snapshots', stored);
    setNotice(tr('ui.actions.snapshotTaken'));
    refreshHistory();
  };
  const snapshotRef = useRef(snapshot);
  snapshotRef.current = snapshot;
  // The launcher reports the page's tables changing (a single-page HRIS paged, filtered or moved on): said, not read at once, so
  // the figures never change under the user; while collecting the page is moved on purpose.
  const onPageChanged = (signature: string, tabId: number | undefined) => {
    if (reading.kind === 'read' && tabId === reading.tabId && !cancelCollecting.current) setPageChanged(signature !== reading.capture.signature);
  };
  const pageChangedRef = useRef(onPageChanged);
  pageChangedRef.current = onPageChanged;
  useEffect(() => setPageChanged(false), [capture]);
  useEffect(() => {
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const message = parseMessage(raw);
      if (message?.type === 'take-snapshot') void snapshotRef.current().catch(fail('extension.error.storage'));
      if (message?.type === 'page-changed') pageChangedRef.current(message.signature, sender.tab?.id);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  // The table's role and columns are remembered together, so a reread restores a mapping with the role it was made for.
  const rememberTable = (page: PageCapture, chosenRole: TableRole | null, fieldMap: FieldMap | null) =>
    db.then((store) => store.put('fieldMaps', { key: fieldMapKey(page.url, page.adapterId, page.headers), role: chosenRole, fieldMap, savedAt: new Date().toISOString() }));
  const confirmMapping = () => {
    if (!capture || !current) return;
    const chosen = overridesFrom(current.inference.fieldMap, draft);
    setOverrides(chosen);
    setTab('evidence');
    void rememberTable(capture, role, chosen).then(() => setNotice(tr('extension.mapping.saved', { host: new URL(capture.url).host })), fail('extension.error.storage'));
  };
  const switchRole = (next: TableRole) => {
    if (!capture) return;
    setRole(next);
    setOverrides(null);
    void rememberTable(capture, next, null).catch(fail('extension.error.storage'));
  };
  const loadBaseline = (file: File) =>
    void (async () => {
      const bytes = await file.arrayBuffer();
      const id = crypto.randomUUID();
      const { rows } = await client.call({ type: 'baseline', id, name: file.name, bytes: bytes.slice(0) });
      sentBaselines.current.add(id);
      const stored: StoredBaseline = { id, name: file.name, addedAt: new Date().toISOString(), rows, bytes };
      await (await db).put('baselines', stored);
      refreshBaselines();
      setActiveBaseline(stored.id);
    })().catch(fail('extension.error.file'));
  const removeBaseline = (id: string) => void db.then((store) => store.delete('baselines', id)).then(() => client.call({ type: 'drop-baseline', id })).then(() => { if (activeBaseline === id) setActiveBaseline(null); refreshBaselines(); }, fail('extension.error.storage'));

  const storedSnapshot = (id: string) => {
    const stored = history.find((entry) => entry.id === id);
    return stored ? { stored, snapshot: parseSnapshot(stored.json) } : null;
  };
  // Each failure said as what the user was doing: a refused clipboard is not a failed save.
  const guarded = (key: Parameters<typeof fail>[0]) => (work: () => void | Promise<void>) => { try { void Promise.resolve(work()).catch(fail(key)); } catch (cause) { fail(key)(cause); } };
  const guardStorage = guarded('extension.error.storage');
  const openSnapshot = (id: string) => guardStorage(() => { const found = storedSnapshot(id); setOpened(found ? { id, snapshot: found.snapshot } : null); setChanges(null); });
  // Snapshots of different tables (another system, site or scope) describe different people: refused, not shown as changes.
  const showChanges = (before: ComparedSnapshot, after: ComparedSnapshot) => {
    setOpened(null);
    const heading = tr('history.changes', { from: formatDate(lang, before.snapshot.createdAt.slice(0, 10)), to: formatDate(lang, after.snapshot.createdAt.slice(0, 10)) });
    setChanges(comparable(before, after) ? { heading, lines: changeLines(lang, before.snapshot, after.snapshot) } : { heading, lines: [], refusal: tr('ui.snapshots.differentTables', { before: before.title, after: after.title }) });
  };
  const compare = (older: string, newer: string) =>
    guardStorage(() => {
      const a = storedSnapshot(older);
      const b = storedSnapshot(newer);
      if (a && b) showChanges({ title: a.stored.title, snapshot: a.snapshot }, { title: b.stored.title, snapshot: b.snapshot });
    });
  const compareWithNow = (id: string) =>
    guardStorage(async () => {
      const before = storedSnapshot(id);
      if (!before || !capture) return;
      const now = await freeze(capture, false);
      showChanges({ title: before.stored.title, snapshot: before.snapshot }, { title: now.title, snapshot: parseSnapshot(now.json) });
    });
  // A listed snapshot exports and copies its proposal; an opened one the document shown.
  const exportSnapshot = (id: string, format: DocumentFormat, doc?: PeopleCaseDocument) =>
    guarded('extension.error.export')(async () => {
      const found = storedSnapshot(id);
      if (!found) return;
      const shown = doc ?? found.snapshot.documents[0];
      const file = await snapshotExport(shown, found.stored.json, format);
      downloadFile(file, snapshotFileName(found.snapshot.createdAt, shown?.kind, file.extension));
    });
  const copy = (doc: PeopleCaseDocument | undefined) => guarded('extension.error.copy')(async () => { if (doc) { await copyRichText(summaryForClipboard(doc)); setNotice(tr('history.copied')); } });
  const remove = (id: string) => {
    const found = history.find((entry) => entry.id === id);
    guardStorage(async () => { await (await db).delete('snapshots', id); setOpened(null); refreshHistory(); });
    return () => guardStorage(async () => { if (found) await (await db).put('snapshots', found); refreshHistory(); });
  };

  const collectAll = () => {
    if (reading.kind !== 'read') return;
    const { tabId } = reading;
    setCollecting({ rows: reading.capture.rows.length, total: reading.capture.completeness.total });
    const run = collectInTab(tabId, reading.capture, (rows, total) => setCollecting({ rows, total }));
    cancelCollecting.current = run.cancel;
    void run.done
      .then((result) => {
        if (!result) return;
        const { capture: collected, url } = result;
        readFrom.current = { tabId, url };
        setReading({ kind: 'read', capture: collected, tabId });
        setNotice(tr(collected.completeness.total !== null && collected.rows.length < collected.completeness.total ? 'extension.collect.cancelled' : 'extension.collect.done', { rows: formatNumber(lang, collected.rows.length) }));
      }, fail('extension.error.read'))
      .finally(() => {
        cancelCollecting.current = null;
        setCollecting(null);
      });
  };
  const stopCollecting = () => void cancelCollecting.current?.().catch(fail('extension.error.read'));

  const allow = (url: string) => void requestSite(url).then((granted) => granted && read(), fail('extension.error.read'));
  const host = (url: string) => (URL.canParse(url) ? new URL(url).host : url);

  return (
    <main className={styles.panel}>
      <header className={styles.header}>
        <img src="/icon-32.png" width={24} height={24} alt="" />
        <Text size={500} weight="semibold" className={styles.brand}>PeopleCase</Text>
        <div className={styles.language}><LanguageSwitch onChange={onLang} /></div>
      </header>
      {error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions><Button size="small" onClick={() => setError(null)}>{tr('extension.error.dismiss')}</Button></MessageBarActions>
        </MessageBar>
      )}
      {notice && <MessageBar intent="success" data-testid="notice"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {reading.kind === 'reading' && <Spinner size="small" label={tr('extension.read.reading')} />}
      {reading.kind === 'no-tab' && <Text>{tr('extension.read.noTab')}</Text>}
      {reading.kind === 'none' && (
        <section className={styles.section}>
          <Text data-testid="no-table">{tr('extension.read.none')}</Text>
          <div><Button onClick={read}>{tr('extension.read.again')}</Button></div>
        </section>
      )}
      {reading.kind === 'no-access' && (
        <section className={styles.section}>
          <Text>{tr('extension.read.noAccess', { host: host(reading.url) })}</Text>
          <div><Button appearance="primary" onClick={() => allow(reading.url)}>{tr('extension.read.allow', { host: host(reading.url) })}</Button></div>
          <Text size={200} className={styles.muted}>{tr('extension.read.allowHint')}</Text>
        </section>
      )}
      {capture && !current && <Spinner size="small" label={tr('ui.progress.analysing')} />}
      {capture && current && (
        <>
          {pageChanged && (
            <MessageBar intent="warning" data-testid="page-changed">
              <MessageBarBody>{tr('extension.read.changed')}</MessageBarBody>
              <MessageBarActions><Button size="small" onClick={read}>{tr('extension.read.again')}</Button></MessageBarActions>
            </MessageBar>
          )}
          <ReadSummary capture={capture} collecting={collecting} onReadAgain={read} onCollect={capture.collectable ? collectAll : null} onCancelCollect={stopCollecting} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void snapshot().catch(fail('extension.error.storage'))} data-testid="take-snapshot">{tr('ui.actions.snapshot')}</Button>
            <Checkbox checked={includeIdentifiers} onChange={(_, data) => setIncludeIdentifiers(data.checked === true)} label={tr('extension.snapshot.identifiers')} />
            <Text size={200} className={styles.muted}>{tr('extension.snapshot.shortcut', { keys: 'Alt+Shift+S' })}</Text>
          </div>
          {URL.canParse(capture.url) && <BadgeSwitch url={capture.url} onError={fail('extension.error.storage')} />}
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PanelTab)} size="small">
            <Tab value="evidence" data-testid="tab-evidence">{tr('extension.tab.evidence')}</Tab>
            <Tab value="columns" data-testid="tab-columns">{tr('extension.tab.columns')}</Tab>
            <Tab value="baseline" data-testid="tab-baseline">{tr('extension.tab.baseline')}</Tab>
            <Tab value="snapshots" data-testid="tab-snapshots">{tr('ui.tab.snapshots')}</Tab>
          </TabList>
          {tab === 'evidence' && <EvidenceView rows={capture.rows.length} evidence={current.evidence} findings={current.findings} comparison={current.comparison} currency={current.currency} />}
          {tab === 'columns' && (
            <>
              <RoleSwitch role={current.role} roles={current.roles} rememberedOn={role && host(capture.url)} onChange={switchRole} />
              <FieldMapper headers={capture.headers} fields={current.fields} fieldMap={draft} sources={current.inference.sources} ambiguities={current.inference.ambiguities} onChange={setDraft} onConfirm={confirmMapping} />
            </>
          )}
          {tab === 'baseline' && <BaselineView baselines={baselines} activeId={activeBaseline} onLoad={loadBaseline} onActivate={setActiveBaseline} onRemove={removeBaseline} />}
        </>
      )}
      {(tab === 'snapshots' || !capture) && (
        <section className={styles.section}>
          {!capture && <Text as="h2" size={400} weight="semibold">{tr('ui.tab.snapshots')}</Text>}
          <SnapshotHistory entries={history} onOpen={openSnapshot} onCompare={compare} onCompareWithNow={current ? compareWithNow : undefined} onExport={exportSnapshot} onCopy={(id) => copy(storedSnapshot(id)?.snapshot.documents[0])} onDelete={remove} />
          {changes && <SnapshotChanges heading={changes.heading} lines={changes.lines} refusal={changes.refusal} />}
          {opened && <OpenedSnapshot snapshot={opened.snapshot} onExport={(doc, format) => exportSnapshot(opened.id, format, doc)} onCopy={copy} onClose={() => setOpened(null)} />}
        </section>
      )}
      <Text size={200} className={styles.muted}>{tr('ui.privacy')}</Text>
    </main>
  );
}
