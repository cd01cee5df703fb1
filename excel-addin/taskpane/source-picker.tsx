import { Badge, Button, Card, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatNumber } from '../../core/i18n/index.ts';
import { useT } from '../../ui/lang-context.ts';
import { sourceKey, type WorkbookSource } from '../workbook/workbook-source.ts';

const useStyles = makeStyles({
  list: { display: 'grid', rowGap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The workbook's tables and the current selection not read yet, each with its size and core's proposed role, ticked for reading when core recognised it. */
export function SourcePicker({ sources, onRead, onRefresh, onCancel }: { sources: readonly WorkbookSource[]; onRead: (chosen: WorkbookSource[]) => void; onRefresh: () => void; onCancel?: () => void }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const [chosen, setChosen] = useState(() => new Set(sources.filter((source) => source.role.role !== null).map(sourceKey)));
  const toggle = (key: string, on: boolean) => setChosen((current) => new Set([...current].filter((other) => other !== key).concat(on ? [key] : [])));
  return (
    <section className={styles.list}>
      <Text as="h2" size={500} weight="semibold">{tr('ui.source.tables')}</Text>
      {sources.length === 0 && <Text>{tr('ui.source.none')}</Text>}
      {sources.map((source) => (
        <Card key={sourceKey(source)} className={styles.card}>
          <Checkbox
            checked={chosen.has(sourceKey(source))}
            onChange={(_, data) => toggle(sourceKey(source), data.checked === true)}
            label={<Text weight="semibold">{source.kind === 'table' ? `${source.name} (${source.sheet})` : tr('ui.source.selection', { address: source.name })}</Text>}
          />
          <Text size={200}>{tr('ui.source.size', { rows: formatNumber(lang, source.rowCount), columns: formatNumber(lang, source.columnCount) })}</Text>
          <Badge appearance="tint" color={source.role.role ? 'success' : 'informative'}>
            {source.role.role ? tr('ui.source.role', { role: tr(`ui.role.${source.role.role}`) }) : tr('ui.source.roleUnclear')}
          </Badge>
        </Card>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={chosen.size === 0} onClick={() => onRead(sources.filter((source) => chosen.has(sourceKey(source))))}>{tr('ui.source.readChosen')}</Button>
        <Button appearance="subtle" onClick={onRefresh}>{tr('ui.source.refresh')}</Button>
        {onCancel && <Button appearance="subtle" onClick={onCancel}>{tr('ui.cancel')}</Button>}
      </div>
    </section>
  );
}
