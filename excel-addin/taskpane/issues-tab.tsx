import { Text, tokens } from '@fluentui/react-components';
import type { RoleIssue } from '../../core/analyze-case.ts';
import { IssuesList } from '../../ui/issues-list.tsx';
import { useT } from '../../ui/lang-context.ts';

/** Data issues grouped by the table they are in, each address clickable in Excel to select its cell. */
export function IssuesTab({ issues, onSelect }: { issues: readonly RoleIssue[]; onSelect?: (cell: string) => void }) {
  const { tr } = useT();
  if (issues.length === 0) return <IssuesList issues={[]} />;
  const groups = new Map<string, RoleIssue[]>();
  for (const entry of issues) {
    const key = `${entry.role}:${entry.source}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return (
    <div style={{ display: 'grid', rowGap: tokens.spacingVerticalM }}>
      {[...groups].map(([key, entries]) => (
        <section key={key} style={{ display: 'grid', rowGap: tokens.spacingVerticalXS }}>
          <Text as="h3" size={400} weight="semibold">{tr('ui.issues.source', { source: entries[0].source, role: tr(`ui.role.${entries[0].role}`) })}</Text>
          <IssuesList issues={entries.map((entry) => entry.issue)} onSelect={onSelect} />
        </section>
      ))}
    </div>
  );
}
