import { Select, Text } from '@fluentui/react-components';
import type { TableRole } from '../../../core/table/fields.ts';
import { useT } from '../../../ui/lang-context.ts';

/**
 * What the page's table holds, as core detected it, switchable when core guessed wrong (the case and the columns follow);
 * `rememberedOn` names the site when the role shown is the user's own choice, kept for this table there.
 */
export function RoleSwitch({ role, roles, rememberedOn, onChange }: { role: TableRole; roles: readonly TableRole[]; rememberedOn: string | null; onChange: (role: TableRole) => void }) {
  const { tr } = useT();
  return (
    <label>
      <Text size={200}>{tr('extension.columns.role')} </Text>
      <Select size="small" value={role} onChange={(_, data) => onChange(data.value as TableRole)} data-testid="page-role">
        {roles.map((option) => <option key={option} value={option}>{tr(`ui.role.${option}`)}</option>)}
      </Select>
      {rememberedOn && <Text size={200} data-testid="page-role-remembered"> {tr('extension.columns.roleRemembered', { host: rememberedOn })}</Text>}
    </label>
  );
}
