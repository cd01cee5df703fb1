import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../ui/lang-context.ts';

const useStyles = makeStyles({
  list: { display: 'grid', rowGap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The sheets of an opened workbook file, each ticked to be read as a table of its own (core then proposes each one's role). */
export function SheetPicker({ fileName, sheets, onRead, onCancel }: { fileName: string; sheets: readonly string[]; onRead: (chosen: string[]) => void; onCancel: () => void }) {
  const { tr } = useT();
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (sheet: string, on: boolean) => setChosen((current) => new Set([...current].filter((other) => other !== sheet).concat(on ? [sheet] : [])));
  return (
    <section className={styles.list} data-testid="sheet-picker">
      <Text as="h2" size={500} weight="semibold">{tr('ui.sheets.title', { file: fileName })}</Text>
      <Text size={200}>{tr('ui.sheets.intro')}</Text>
      {sheets.map((sheet) => <Checkbox key={sheet} label={sheet} checked={chosen.has(sheet)} onChange={(_, data) => toggle(sheet, data.checked === true)} data-testid={`sheet-${sheet}`} />)}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={chosen.size === 0} onClick={() => onRead(sheets.filter((sheet) => chosen.has(sheet)))} data-testid="read-sheets">{tr('ui.sheets.read')}</Button>
        <Button appearance="subtle" onClick={onCancel}>{tr('ui.cancel')}</Button>
      </div>
    </section>
  );
}
