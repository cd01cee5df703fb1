import { Badge, Button, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../core/i18n/index.ts';
import { useT } from '../../ui/lang-context.ts';
import type { WorkbookSource } from '../workbook/workbook-source.ts';

const useStyles = makeStyles({
  list: { display: 'grid', rowGap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingHorizontalM },
});

/** The workbook's tables and the current selection, each with its size and proposed role, to pick the roster from. */
export function SourcePicker({ sources, onPick, onRefresh }: { sources: readonly WorkbookSource[]; onPick: (source: WorkbookSource) => void; onRefresh: () => void }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  return (
    <section className={styles.list}>
      <Text as="h2" size={500} weight="semibold">{tr('ui.source.tables')}</Text>
      {sources.length === 0 && <Text>{tr('ui.source.none')}</Text>}
      {sources.map((source) => (
        <Card key={`${source.kind}:${source.name}`} className={styles.card}>
          <Text weight="semibold">{source.kind === 'table' ? `${source.name} (${source.sheet})` : tr('ui.source.selection', { address: source.name })}</Text>
          <Text size={200}>{tr('ui.source.size', { rows: formatNumber(lang, source.rowCount), columns: formatNumber(lang, source.columnCount) })}</Text>
          <Badge appearance="tint" color={source.role.role === 'roster' ? 'success' : 'informative'}>
            {source.role.role ? tr('ui.source.role', { role: tr(`ui.role.${source.role.role}`) }) : tr('ui.source.roleUnclear')}
          </Badge>
          <Button appearance={source.role.role === 'roster' ? 'primary' : 'secondary'} onClick={() => onPick(source)}>{tr('ui.source.read')}</Button>
        </Card>
      ))}
      <Button appearance="subtle" onClick={onRefresh}>{tr('ui.source.refresh')}</Button>
    </section>
  );
}
