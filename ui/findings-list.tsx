import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from './lang-context.ts';

/** A finding as the pane shows it: the sentence core wrote for it and how sure it is. */
export interface FindingView {
  id: string;
  text: string;
  significant: boolean;
  confidence: number;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', rowGap: tokens.spacingVerticalS },
});

/** Ranked findings, strongest first, each marked as a clear difference or as too little data to conclude (its sentence states n and the confidence). */
export function FindingsList({ findings }: { findings: readonly FindingView[] }) {
  const { tr } = useT();
  const styles = useStyles();
  if (findings.length === 0) return <Text>{tr('ui.findings.none')}</Text>;
  return (
    <ol className={styles.list} data-testid="findings">
      {findings.map((finding) => (
        <li key={finding.id}>
          <Text>{finding.text}</Text>{' '}
          <Badge appearance="tint" color={finding.significant ? 'danger' : 'subtle'}>
            {tr(finding.significant ? 'ui.findings.clear' : 'ui.findings.inconclusive')}
          </Badge>
        </li>
      ))}
    </ol>
  );
}
