import { Badge, Button, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Inline, PeopleCaseDocument } from '../core/proposal/document.ts';
import { chartById } from '../core/render/chart-by-id.ts';
import { inlineText } from '../core/render/inline-text.ts';
import { tableText } from '../core/render/text-table.ts';
import { editKey, type DocumentEdits } from './document-edits.ts';
import { EvidenceChart } from './evidence-chart.tsx';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  doc: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  scroll: { overflowX: 'auto' },
  figure: { margin: 0 },
  editable: { cursor: 'text', borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalXXS, margin: `0 calc(-1 * ${tokens.spacingHorizontalXXS})`, ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, '& td, & th': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS, overflowWrap: 'break-word' } },
  // In a narrow pane the table scrolls rather than squeezing a text column to a word a line, or splitting a figure from its unit.
  text: { minWidth: '6rem' },
  prose: { minWidth: '12rem' },
  number: { whiteSpace: 'nowrap' },
});

/** A column with a cell longer than this (a source's citation, a definition) reads as prose and is given a wider column. */
const PROSE_CHARS = 80;

export interface ProposalViewProps {
  doc: PeopleCaseDocument;
  edits: DocumentEdits;
  /** Absent for a read-only view (a reopened snapshot). */
  onEdit?: (key: string, text: string | undefined) => void;
}

/** A generated document, every paragraph and list item editable in place; edits are kept by key and shown as such. */
export function ProposalView({ doc, edits, onEdit }: ProposalViewProps) {
  const { tr } = useT();
  const styles = useStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const text = (content: readonly Inline[]) => inlineText(doc, content);
  const editable = (key: string, generated: string) => {
    const current = edits[key] ?? generated;
    if (onEdit && editing === key) {
      return <Textarea autoFocus resize="vertical" defaultValue={current} onBlur={(event) => { onEdit(key, event.target.value === generated ? undefined : event.target.value); setEditing(null); }} />;
    }
    return (
      <span className={onEdit ? styles.editable : undefined} onClick={() => onEdit && setEditing(key)} data-edit-key={key}>
        {current}
        {edits[key] !== undefined && (
          <>
            {' '}
            <Badge size="small" appearance="outline">{tr('ui.proposal.edited')}</Badge>{' '}
            {onEdit && <Button size="small" appearance="transparent" onClick={(event) => { event.stopPropagation(); onEdit(key, undefined); }}>{tr('ui.proposal.undo')}</Button>}
          </>
        )}
      </span>
    );
  };
  return (
    <article className={styles.doc} data-testid="proposal" lang={doc.lang}>
      <Text as="h2" size={600} weight="semibold">{doc.title}</Text>
      {onEdit && <Text size={200}>{tr('ui.proposal.editHint')}</Text>}
      {doc.sections.map((section) => (
        <section key={section.id}>
          <Text as="h3" size={400} weight="semibold" block>{section.title}</Text>
          {section.blocks.map((block, b) => {
            if (block.kind === 'paragraph') return <p key={b}>{editable(editKey(section.id, b), text(block.content))}</p>;
            if (block.kind === 'list') {
              const List = block.ordered ? 'ol' : 'ul';
              return <List key={b}>{block.items.map((item, i) => <li key={i}>{editable(editKey(section.id, b, i), text(item))}</li>)}</List>;
            }
            if (block.kind === 'chart') {
              return (
                <figure key={b} className={styles.figure}>
                  <EvidenceChart spec={chartById(doc, block.chartId)} width={340} height={250} />
                  <figcaption><Text size={200}>{text(block.caption)}</Text></figcaption>
                </figure>
              );
            }
            const table = tableText(doc, block);
            const cellClass = table.header.map((_, c) => (table.numeric[c] ? styles.number : table.rows.some((row) => row[c].length > PROSE_CHARS) ? styles.prose : styles.text));
            return (
              <div key={b} className={styles.scroll}>
                <table className={styles.table}>
                  <thead><tr>{table.header.map((cell, c) => <th key={c}>{cell}</th>)}</tr></thead>
                  <tbody>{table.rows.map((row, r) => <tr key={r}>{row.map((cell, c) => <td key={c} align={table.numeric[c] ? 'right' : 'left'} className={cellClass[c]}>{cell}</td>)}</tr>)}</tbody>
                </table>
              </div>
            );
          })}
        </section>
      ))}
    </article>
  );
}
