import { Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDate } from '../core/i18n/index.ts';
import type { DocumentKind, PeopleCaseDocument } from '../core/proposal/document.ts';
import type { DocumentFormat } from '../core/render/index.ts';
import type { Snapshot } from '../core/snapshot/snapshot-schema.ts';
import { ExportMenu } from './export-menu.tsx';
import { useT } from './lang-context.ts';
import { ProposalView } from './proposal-view.tsx';

export interface OpenedSnapshotProps {
  snapshot: Pick<Snapshot, 'createdAt' | 'documents'>;
  /** Export the document shown, in one of core's formats. */
  onExport: (doc: PeopleCaseDocument, format: DocumentFormat) => void;
  /** Copy the summary of the document shown as rich text. */
  onCopy: (doc: PeopleCaseDocument) => void;
  onClose: () => void;
}

const useStyles = makeStyles({
  opened: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS, borderTop: `2px solid ${tokens.colorBrandStroke1}`, paddingTop: tokens.spacingVerticalS },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The document of the chosen kind, or the snapshot's first (its proposal) when it froze none of that kind. */
export function shownDocument(documents: readonly PeopleCaseDocument[], kind: DocumentKind | null): PeopleCaseDocument | undefined {
  return documents.find((doc) => doc.kind === kind) ?? documents[0];
}

/**
 * A reopened snapshot, read-only, in every host: each of the documents it froze (proposal, alignment table, progress brief,
 * retrospective, cooperation scorecard) one at a time, with the export menu acting on the one shown.
 */
export function OpenedSnapshot({ snapshot, onExport, onCopy, onClose }: OpenedSnapshotProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const doc = shownDocument(snapshot.documents, kind);
  return (
    <section className={styles.opened} data-testid="opened-snapshot">
      <div className={styles.bar}>
        <Text weight="semibold">{tr('ui.snapshots.viewing', { date: formatDate(lang, snapshot.createdAt.slice(0, 10)) })}</Text>
        <Button size="small" onClick={onClose}>{tr('ui.snapshots.close')}</Button>
      </div>
      {doc && (
        <>
          <div className={styles.bar}>
            <Select size="small" value={doc.kind} onChange={(_, data) => setKind(data.value as DocumentKind)} aria-label={tr('ui.proposal.document')} data-testid="snapshot-document">
              {snapshot.documents.map((option) => <option key={option.kind} value={option.kind}>{tr(`ui.doc.${option.kind}`)}</option>)}
            </Select>
            <ExportMenu onExport={(format) => onExport(doc, format)} onCopy={() => onCopy(doc)} />
          </div>
          <ProposalView doc={doc} edits={{}} />
        </>
      )}
    </section>
  );
}
