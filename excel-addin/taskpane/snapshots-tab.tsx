import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatDate } from '../../core/i18n/index.ts';
import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import type { DocumentFormat } from '../../core/render/index.ts';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.ts';
import { ExportMenu } from '../../ui/export-menu.tsx';
import { useT } from '../../ui/lang-context.ts';
import { ProposalView } from '../../ui/proposal-view.tsx';
import { SnapshotList } from '../../ui/snapshot-list.tsx';
import type { ComparisonView } from './analysis-protocol.ts';

const useStyles = makeStyles({
  tab: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  result: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS, borderTop: `2px solid ${tokens.colorBrandStroke1}`, paddingTop: tokens.spacingVerticalS },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SnapshotsTabProps {
  where: 'workbook' | 'browser';
  snapshots: readonly { id: string; snapshot: Snapshot }[];
  /** Compare a snapshot with another (older first) or, with null, with the current data. */
  onCompare: (beforeId: string, afterId: string | null) => void;
  comparison: ComparisonView | null;
  opened: Snapshot | null;
  onOpen: (id: string) => void;
  onClose: () => void;
  onDelete: (id: string) => void;
  onExport: (doc: PeopleCaseDocument, format: DocumentFormat) => void;
  onCopy: (doc: PeopleCaseDocument) => void;
}

/** A document shown read-only with its export menu: a reopened snapshot's proposal or a comparison's Check document. */
function DocumentResult({ doc, onExport, onCopy }: { doc: PeopleCaseDocument } & Pick<SnapshotsTabProps, 'onExport' | 'onCopy'>) {
  return (
    <>
      <div>
        <ExportMenu onExport={(format) => onExport(doc, format)} onCopy={() => onCopy(doc)} />
      </div>
      <ProposalView doc={doc} edits={{}} />
    </>
  );
}

/** Stored snapshots: reopen, compare with now or with each other (the Check document), export, copy, delete. */
export function SnapshotsTab(props: SnapshotsTabProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const proposalOf = (id: string) => props.snapshots.find((entry) => entry.id === id)?.snapshot.documents[0];
  return (
    <section className={styles.tab}>
      <Text size={200}>{tr(props.where === 'workbook' ? 'ui.snapshots.inWorkbook' : 'ui.snapshots.inBrowser')}</Text>
      <SnapshotList
        snapshots={props.snapshots}
        onOpen={props.onOpen}
        onCompare={(id) => props.onCompare(id, null)}
        onCompareTwo={props.onCompare}
        onDelete={props.onDelete}
        onExport={(id, format) => { const doc = proposalOf(id); if (doc) props.onExport(doc, format); }}
        onCopy={(id) => { const doc = proposalOf(id); if (doc) props.onCopy(doc); }}
      />
      {props.comparison && (
        <section className={styles.result} data-testid="comparison">
          {props.comparison.lines.length === 0 ? (
            <Text>{tr('ui.snapshots.noChange')}</Text>
          ) : (
            <ul className={styles.changes} data-testid="changes">{props.comparison.lines.map((line) => <li key={line}><Text>{line}</Text></li>)}</ul>
          )}
          <DocumentResult doc={props.comparison.doc} onExport={props.onExport} onCopy={props.onCopy} />
        </section>
      )}
      {props.opened && (
        <section className={styles.result}>
          <div className={styles.bar}>
            <Text weight="semibold">{tr('ui.snapshots.viewing', { date: formatDate(lang, props.opened.createdAt.slice(0, 10)) })}</Text>
            <Button size="small" onClick={props.onClose}>{tr('ui.snapshots.close')}</Button>
          </div>
          {props.opened.documents[0] && <DocumentResult doc={props.opened.documents[0]} onExport={props.onExport} onCopy={props.onCopy} />}
        </section>
      )}
    </section>
  );
}
