import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Card, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../core/i18n/index.ts';
import type { FieldMap } from '../../core/table/dataset.ts';
import type { TableRole } from '../../core/table/fields.ts';
import { FieldMapper } from '../../ui/field-mapper.tsx';
import { useT } from '../../ui/lang-context.ts';
import type { FieldInferenceView, LoadedTable } from './analysis-protocol.ts';
import { tableRoles } from './table-roles.ts';

/** A loaded table as the pane holds it while the user confirms it: the role chosen (null = not used) and the mapping. */
export interface PaneTable extends LoadedTable {
  role: TableRole | null;
  inference: FieldInferenceView | null;
  fieldMap: FieldMap;
}

const useStyles = makeStyles({
  step: { display: 'grid', rowGap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  role: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Why the chosen roles cannot be analysed yet (no roster, or one role twice), or null when they can. */
export function rolesProblem(tables: readonly PaneTable[]): { key: 'ui.sources.needRoster' } | { key: 'ui.sources.duplicateRole'; role: TableRole } | null {
  const roles = tables.flatMap((table) => (table.role ? [table.role] : []));
  const twice = roles.find((role, index) => roles.indexOf(role) !== index);
  if (twice) return { key: 'ui.sources.duplicateRole', role: twice };
  return roles.includes('roster') ? null : { key: 'ui.sources.needRoster' };
}

export interface SourcesStepProps {
  tables: readonly PaneTable[];
  onRole: (id: string, role: TableRole | null) => void;
  onFieldMap: (id: string, fieldMap: FieldMap) => void;
  onRemove: (id: string) => void;
  /** Add more tables to the case: files standalone, workbook tables in Excel. */
  onAdd: () => void;
  onConfirm: () => void;
  /** True in Excel, where tables come from the workbook and confirmed choices are saved in it. */
  remembered: boolean;
}

/** Every table of the case with the role core proposed and its field mapping, both editable, confirmed together. */
export function SourcesStep({ tables, onRole, onFieldMap, onRemove, onAdd, onConfirm, remembered }: SourcesStepProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const problem = rolesProblem(tables);
  const roleName = (role: TableRole) => tr(`ui.role.${role}`);
  return (
    <section className={styles.step} aria-labelledby="sources-title">
      <Text as="h2" id="sources-title" size={500} weight="semibold">{tr('ui.source.title')}</Text>
      <Text>{tr('ui.sources.intro')}</Text>
      {tables.map((table) => (
        <Card key={table.id} className={styles.card} data-testid={`source-${table.label}`}>
          <span className={styles.header}>
            <Text weight="semibold">{table.label}</Text>
            <Text size={200} className={styles.muted}>{tr('ui.source.size', { rows: formatNumber(lang, table.rowCount), columns: formatNumber(lang, table.headers.length) })}</Text>
          </span>
          <div className={styles.role}>
            <label>
              <Text size={200}>{tr('ui.sources.role')} </Text>
              <Select size="small" value={table.role ?? ''} onChange={(_, data) => onRole(table.id, data.value === '' ? null : (data.value as TableRole))} data-testid="source-role">
                {tableRoles.map((role) => <option key={role} value={role}>{roleName(role)}</option>)}
                <option value="">{tr('ui.sources.notUsed')}</option>
              </Select>
            </label>
            <Button size="small" appearance="subtle" onClick={() => onRemove(table.id)}>{tr('ui.sources.remove')}</Button>
          </div>
          {table.detection.role === null && (
            <Text size={200} className={styles.muted}>
              {tr('ui.sources.unclear')}{' '}
              {table.detection.alternatives.length > 0 && tr('ui.sources.alternatives', { roles: table.detection.alternatives.map((entry) => roleName(entry.role)).join(lang === 'en' ? ', ' : '、') })}
            </Text>
          )}
          {table.role && table.inference && (
            <Accordion collapsible defaultOpenItems={table.role === 'roster' ? ['columns'] : []}>
              <AccordionItem value="columns">
                <AccordionHeader size="small">{tr('ui.sources.columns', { matched: formatNumber(lang, Object.values(table.fieldMap).filter(Boolean).length), fields: formatNumber(lang, table.inference.fields.length) })}</AccordionHeader>
                <AccordionPanel>
                  <FieldMapper headers={table.headers} fields={table.inference.fields} fieldMap={table.fieldMap} sources={table.inference.sources} ambiguities={table.inference.ambiguities} onChange={(fieldMap) => onFieldMap(table.id, fieldMap)} />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </Card>
      ))}
      {problem && <Text className={styles.problem} data-testid="sources-problem">{problem.key === 'ui.sources.needRoster' ? tr(problem.key) : tr(problem.key, { role: roleName(problem.role) })}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={problem !== null} onClick={onConfirm} data-testid="confirm-mapping">{tr('ui.mapper.confirm')}</Button>
        <Button onClick={onAdd} data-testid="add-source">{tr(remembered ? 'ui.sources.addTable' : 'ui.sources.addFile')}</Button>
      </div>
      {remembered && <Text size={200}>{tr('ui.mapper.remembered')}</Text>}
    </section>
  );
}
