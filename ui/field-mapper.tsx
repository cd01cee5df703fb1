import { Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FieldMap } from '../core/table/dataset.ts';
import { rosterFieldIds, type FieldId } from '../core/table/fields.ts';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse' },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'middle' },
  ambiguous: { color: tokens.colorPaletteDarkOrangeForeground1 },
  how: { color: tokens.colorNeutralForeground3 },
  chosen: { color: tokens.colorBrandForeground1 },
});

export interface FieldMapperProps {
  headers: readonly string[];
  fieldMap: FieldMap;
  sources: Partial<Record<FieldId, 'override' | 'synonym' | 'values'>>;
  ambiguities: readonly { field: string; headers: string[] }[];
  onChange: (fieldMap: FieldMap) => void;
  /** Absent when the mapper is one of several tables a host confirms at once: the heading, intro and button are then the host's. */
  onConfirm?: () => void;
  /** The fields of the table's role (core's fieldIdsOf); a roster's when absent. */
  fields?: readonly FieldId[];
}

/** Editable field → column mapping: each canonical field with the column it was matched to, how (under its name), and any ambiguity. */
export function FieldMapper({ headers, fieldMap, sources, ambiguities, onChange, onConfirm, fields = rosterFieldIds }: FieldMapperProps) {
  const { tr } = useT();
  const styles = useStyles();
  const ambiguityOf = (field: FieldId) => ambiguities.find((item) => item.field === field);
  const shown = fields.filter((field) => fieldMap[field] !== undefined || ambiguityOf(field));
  const hidden = fields.filter((field) => !shown.includes(field));
  const row = (field: FieldId) => {
    const ambiguity = ambiguityOf(field);
    const how = sources[field];
    return (
      <tr key={field} className={styles.row} data-testid={`map-${field}`}>
        <td className={styles.cell}>
          <Text weight="semibold" block>{tr(`ui.field.${field}`)}</Text>
          {how && fieldMap[field] && <Text size={100} className={how === 'override' ? styles.chosen : styles.how}>{tr(`ui.mapper.how.${how}`)}</Text>}
          {ambiguity && <Text block size={200} className={styles.ambiguous}>{tr('ui.mapper.ambiguous', { headers: ambiguity.headers.join(', ') })}</Text>}
        </td>
        <td className={styles.cell}>
          <Select
            size="small"
            aria-label={tr(`ui.field.${field}`)}
            value={fieldMap[field] ?? ''}
            onChange={(_, data) => onChange({ ...fieldMap, [field]: data.value === '' ? undefined : data.value })}
          >
            <option value="">{tr('ui.mapper.unused')}</option>
            {headers.map((header) => (
              <option key={header} value={header}>
                {header}
              </option>
            ))}
          </Select>
        </td>
      </tr>
    );
  };
  return (
    <section aria-label={tr('ui.mapper.title')}>
      {onConfirm && (
        <>
          <Text as="h2" size={500} weight="semibold" block>
            {tr('ui.mapper.title')}
          </Text>
          <Text block>{tr('ui.mapper.intro')}</Text>
        </>
      )}
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell} align="left">{tr('ui.mapper.field')}</th>
            <th className={styles.cell} align="left">{tr('ui.mapper.column')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(row)}
          {hidden.map(row)}
        </tbody>
      </table>
      {onConfirm && (
        <>
          <Button appearance="primary" onClick={onConfirm} data-testid="confirm-mapping">
            {tr('ui.mapper.confirm')}
          </Button>
          <Text block size={200}>{tr('ui.mapper.remembered')}</Text>
        </>
      )}
    </section>
  );
}
