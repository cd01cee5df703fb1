import { Badge, Button, Card, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber, messageKeyOf } from '../../../core/i18n/index.ts';
import { useT } from '../../../ui/lang-context.ts';
import type { PageCapture } from '../../page/page-capture.ts';

const PREVIEW_ROWS = 5;

const useStyles = makeStyles({
  card: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  source: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: 'auto', maxWidth: '100%', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap', '& th, & td': { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left' }, '& th': { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold } },
});

export interface CollectState {
  rows: number;
  total: number | null;
}

export interface ReadSummaryProps {
  capture: PageCapture;
  collecting: CollectState | null;
  onReadAgain: () => void;
  onCollect: (() => void) | null;
  onCancelCollect: () => void;
}

/** What was read: the source, how complete it is ("50 of 1,234 rows"), what could not be found, and the first rows as plain text. */
export function ReadSummary({ capture, collecting, onReadAgain, onCollect, onCancelCollect }: ReadSummaryProps) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const { shown, total } = capture.completeness;
  const host = URL.canParse(capture.url) ? new URL(capture.url).host : capture.url;
  const partial = total !== null && shown < total;
  // Descriptive adapter names are translated; product names (Odoo, Workday) read the same in every language.
  const adapterKey = messageKeyOf(`extension.adapter.${capture.adapterId}`);
  const adapter = adapterKey ? tr(adapterKey) : capture.adapterName;
  const rowsText = total === null ? tr('extension.read.rowsUnknown', { shown: formatNumber(lang, shown) }) : partial ? tr('extension.read.rows', { shown: formatNumber(lang, shown), total: formatNumber(lang, total) }) : tr('extension.read.complete', { total: formatNumber(lang, total) });
  return (
    <Card className={styles.card} aria-labelledby="read-title">
      <Text id="read-title" weight="semibold">{tr('extension.read.title')}</Text>
      <Text className={styles.source} data-testid="read-source">{tr('extension.read.source', { adapter, host })}</Text>
      <div className={styles.line}>
        <Badge appearance="tint" color={partial ? 'warning' : total === null ? 'informative' : 'success'} data-testid="read-rows">{rowsText}</Badge>
        <Text size={200} className={styles.muted}>{tr('extension.read.captured', { time: new Date(capture.capturedAt).toLocaleTimeString(lang) })}</Text>
      </div>
      {total === null && <Text size={200}>{tr('extension.read.totalUnknown')}</Text>}
      {partial && <Text size={200}>{tr('extension.read.partial')}</Text>}
      {capture.missing.some((part) => part.part === 'headers') && <Text size={200}>{tr('extension.read.noHeaders')}</Text>}
      {collecting ? (
        <div>
          <ProgressBar value={collecting.total ? collecting.rows / collecting.total : undefined} />
          <div className={styles.line}>
            <Text size={200} data-testid="collect-progress">{collecting.total ? tr('extension.collect.progress', { rows: formatNumber(lang, collecting.rows), total: formatNumber(lang, collecting.total) }) : tr('extension.collect.progressUnknown', { rows: formatNumber(lang, collecting.rows) })}</Text>
            <Button size="small" onClick={onCancelCollect} data-testid="collect-cancel">{tr('ui.cancel')}</Button>
          </div>
        </div>
      ) : (
        <div className={styles.line}>
          <Button size="small" onClick={onReadAgain} data-testid="read-again">{tr('extension.read.again')}</Button>
          {onCollect && (partial || total === null) && (
            <Button size="small" appearance="primary" onClick={onCollect} title={tr('extension.collect.hint')} data-testid="collect-all">
              {total === null ? tr('extension.collect.startUnknown') : tr('extension.collect.start', { total: formatNumber(lang, total) })}
            </Button>
          )}
        </div>
      )}
      <Text size={200} weight="semibold">{tr('extension.read.preview')}</Text>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="preview">
          <thead><tr>{capture.headers.map((header, c) => <th key={c}>{header}</th>)}</tr></thead>
          <tbody>{capture.rows.slice(0, PREVIEW_ROWS).map((row, r) => <tr key={r}>{row.map((cell, c) => <td key={c}>{cell}</td>)}</tr>)}</tbody>
        </table>
      </div>
    </Card>
  );
}
