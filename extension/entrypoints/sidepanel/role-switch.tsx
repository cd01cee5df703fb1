import { Select, Text } from '@fluentui/react-components';
import type { TableRole } from '../../../core/table/fields.ts';
import { useT } from '../../../ui/lang-context.ts';

/** What the page's table holds, as core detected it, switchable when core guessed wrong (the case and the columns follow). */
export function RoleSwitch({ role, roles, onChange }: { role: TableRole; roles: readonly TableRole[]; onChange: (role: TableRole) => void }) {
  const { tr } = useT();
  return (
    <label>
      <Text size={200}>{tr('extension.columns.role')} </Text>
      <Select size="small" value={role} onChange={(_, data) => onChange(data.value as TableRole)} data-testid="page-role">
        {roles.map((option) => <option key={option} value={option}>{tr(`ui.role.${option}`)}</option>)}
      </Select>
    </label>
  );
}
