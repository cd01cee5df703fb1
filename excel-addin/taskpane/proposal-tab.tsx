import { Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Assumptions } from '../../core/impact/assumptions.ts';
import type { DocumentKind, PeopleCaseDocument } from '../../core/proposal/document.ts';
import type { DocumentFormat } from '../../core/render/index.ts';
import { AssumptionsEditor } from '../../ui/assumptions-editor.tsx';
import { applyEdits, type DocumentEdits } from '../../ui/document-edits.ts';
import { ExportMenu } from '../../ui/export-menu.tsx';
import { useT } from '../../ui/lang-context.ts';
import { ProposalView } from '../../ui/proposal-view.tsx';

const useStyles = makeStyles({
  tab: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalM },
  choices: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  label: { display: 'grid', rowGap: tokens.spacingVerticalXXS },
});

export interface ProposalTabProps {
  departments: readonly string[];
  scope: string | null;
  onScope: (scope: string | null) => void;
  /** The case's documents for the scope, in the reader's order; null while they are being written. */
  documents: readonly PeopleCaseDocument[] | null;
  kind: DocumentKind;
  onKind: (kind: DocumentKind) => void;
  assumptions: Assumptions;
  onAssumptions: (next: Assumptions) => void;
  /** The user's wording of the chosen document, kept across regenerations. */
  edits: DocumentEdits;
  onEdit: (key: string, text: string | undefined) => void;
  onExport: (doc: PeopleCaseDocument, format: DocumentFormat) => void;
  onCopy: (doc: PeopleCaseDocument) => void;
}

/** The case's documents for a department or the company: pick one, edit it in place, change the assumptions, export or copy it. */
export function ProposalTab(props: ProposalTabProps) {
  const { tr } = useT();
  const styles = useStyles();
  const doc = props.documents?.find((candidate) => candidate.kind === props.kind) ?? null;
  return (
    <section className={styles.tab}>
      <div className={styles.choices}>
        <label className={styles.label}>
          <Text size={200}>{tr('ui.proposal.document')}</Text>
          <Select size="small" value={props.kind} onChange={(_, data) => props.onKind(data.value as DocumentKind)} data-testid="proposal-kind">
            {(props.documents ?? []).map((doc) => <option key={doc.kind} value={doc.kind}>{tr(`ui.doc.${doc.kind}`)}</option>)}
          </Select>
        </label>
        <label className={styles.label}>
          <Text size={200}>{tr('ui.proposal.scope')}</Text>
          <Select size="small" value={props.scope ?? ''} onChange={(_, data) => props.onScope(data.value === '' ? null : data.value)} data-testid="proposal-scope">
            <option value="">{tr('ui.proposal.company')}</option>
            {props.departments.map((name) => <option key={name} value={name}>{name}</option>)}
          </Select>
        </label>
      </div>
      <AssumptionsEditor assumptions={props.assumptions} onChange={props.onAssumptions} />
      {doc && (
        <>
          <div>
            <ExportMenu onExport={(format) => props.onExport(applyEdits(doc, props.edits), format)} onCopy={() => props.onCopy(applyEdits(doc, props.edits))} />
          </div>
          <ProposalView doc={doc} edits={props.edits} onEdit={props.onEdit} />
        </>
      )}
    </section>
  );
}
