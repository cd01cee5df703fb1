import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { t } from '../../core/i18n/index.ts';
import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import type { DocumentFormat } from '../../core/render/index.ts';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.ts';
import { historyEntryOf } from '../../ui/history-entry.ts';
import { useT } from '../../ui/lang-context.ts';
import { OpenedSnapshot } from '../../ui/opened-snapshot.tsx';
import { SnapshotChanges, SnapshotHistory } from '../../ui/snapshot-history.tsx';
import type { ComparisonView } from './analysis-protocol.ts';

const useStyles = makeStyles({
  tab: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
});

export interface SnapshotsTabProps {
  where: 'workbook' | 'browser';
  snapshots: readonly { id: string; snapshot: Snapshot; json: string }[];
  /** Compare a snapshot with another (older first) or, with null, with the current data. */
  onCompare: (beforeId: string, afterId: string | null) => void;
  comparison: ComparisonView | null;
  opened: Snapshot | null;
  onOpen: (id: string) => void;
  onClose: () => void;
  onDelete: (id: string) => void;
  /** Store a deleted snapshot's file again (the history's undo). */
  onRestore: (json: string) => void;
  onExport: (doc: PeopleCaseDocument, format: DocumentFormat) => void;
  onCopy: (doc: PeopleCaseDocument) => void;
}

/** Stored snapshots in the shared history (the Check document under a comparison, any frozen document of an opened one), said where they are kept. */
export function SnapshotsTab(props: SnapshotsTabProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const entries = useMemo(() => props.snapshots.map(({ id, snapshot }) => historyEntryOf(lang, id, snapshot, snapshot.scope ?? t(lang, 'ui.proposal.company'))), [props.snapshots, lang]);
  const stored = (id: string) => props.snapshots.find((entry) => entry.id === id);
  const withProposal = (id: string, use: (proposal: PeopleCaseDocument) => void) => {
    const proposal = stored(id)?.snapshot.documents[0];
    if (proposal) use(proposal);
  };
  const remove = (id: string) => {
    const json = stored(id)?.json;
    props.onDelete(id);
    return () => json !== undefined && props.onRestore(json);
  };
  return (
    <section className={styles.tab}>
      <Text size={200}>{tr(props.where === 'workbook' ? 'ui.snapshots.inWorkbook' : 'ui.snapshots.inBrowser')}</Text>
      <SnapshotHistory
        entries={entries}
        onOpen={props.onOpen}
        onCompare={props.onCompare}
        onCompareWithNow={(id) => props.onCompare(id, null)}
        onExport={(id, format) => withProposal(id, (proposal) => props.onExport(proposal, format))}
        onCopy={(id) => withProposal(id, props.onCopy)}
        onDelete={remove}
      />
      {props.comparison && <SnapshotChanges lines={props.comparison.lines} check={{ doc: props.comparison.doc, onExport: props.onExport, onCopy: props.onCopy }} />}
      {props.opened && <OpenedSnapshot snapshot={props.opened} onExport={props.onExport} onCopy={props.onCopy} onClose={props.onClose} />}
    </section>
  );
}
