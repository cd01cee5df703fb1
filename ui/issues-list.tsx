import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DataIssue } from '../core/table/raw-table.ts';
import { issueText } from './issue-text.ts';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'grid', rowGap: tokens.spacingVerticalXS },
  address: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
});

/** Data issues with their cell addresses; with `onSelect` (workbook mode) an address selects that cell in the sheet. */
export function IssuesList({ issues, onSelect }: { issues: readonly DataIssue[]; onSelect?: (cell: string) => void }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  if (issues.length === 0) return <Text>{tr('ui.issues.none')}</Text>;
  return (
    <ul className={styles.list} data-testid="issues">
      {issues.map((issue, index) => {
        const where = issue.cell ?? (issue.row !== null ? tr('ui.issues.row', { row: issue.row }) : '');
        return (
          <li key={`${issue.code}-${issue.row}-${issue.column}-${index}`}>
            {issue.cell && onSelect ? (
              <Link className={styles.address} onClick={() => onSelect(issue.cell!)} title={tr('ui.issues.show')}>
                {where}
              </Link>
            ) : (
              <span className={styles.address}>{where}</span>
            )}
            <Text>{issueText(lang, issue)}</Text>
          </li>
        );
      })}
    </ul>
  );
}
