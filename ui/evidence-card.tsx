import { Card, Text, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber, messageKeyOf, type MessageKey } from '../core/i18n/index.ts';
import type { Evidence } from '../core/metrics/evidence.ts';
import { metricPhrase } from '../core/proposal/phrases.ts';
import { evidenceFormat } from '../core/proposal/quantities.ts';
import { formatValue } from '../core/render/format-value.ts';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  card: { minWidth: '140px', flex: '1 1 140px', padding: tokens.spacingHorizontalM, overflowWrap: 'anywhere' },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  worse: { color: tokens.colorPaletteRedForeground1 },
  name: { textDecorationLine: 'underline', textDecorationStyle: 'dotted', cursor: 'help' },
});

/** Why a card's figure is hidden: a small group, too few men or women for a pay gap, or shielding a smaller group. */
const hiddenKeys = { 'small-group': 'ui.card.suppressed', 'small-sex-group': 'ui.card.smallSexGroup', complementary: 'ui.card.complementary' } as const;

/** The definition text of a metric (variant first), or null when the catalogue has none. */
function definitionKey(item: Pick<Evidence, 'metric' | 'variant'>): MessageKey | null {
  return [`metric.${item.metric}.${item.variant}.definition`, `metric.${item.metric}.definition`].map(messageKeyOf).find((key) => key !== null) ?? null;
}

/**
 * One evidence item as a card: value in the reader's format, its 95% interval and n, the rest of the company and whether the
 * gap is clear (q after Benjamini–Hochberg), the definition on hover, and, for a hidden group, why it is hidden.
 */
export function EvidenceCard({ item, k, currency }: { item: Evidence; k: number; currency: string }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const format = evidenceFormat(item);
  const show = (value: number) => formatValue(lang, value, format, currency);
  const definition = definitionKey(item);
  const name = metricPhrase(lang, item.metric, item.variant);
  const title = <Text weight="semibold" className={definition ? styles.name : undefined}>{name.charAt(0).toLocaleUpperCase() + name.slice(1)}</Text>;
  return (
    <Card className={styles.card} data-testid={`card-${item.metric}${item.variant ? `-${item.variant}` : ''}`} aria-label={name}>
      {definition ? <Tooltip content={`${tr('ui.card.definition')}: ${tr(definition)}`} relationship="description" withArrow>{title}</Tooltip> : title}
      {item.suppressed ? (
        <Text className={styles.muted} data-testid="suppressed">{tr(hiddenKeys[item.suppressionReason ?? 'small-group'], { k })}</Text>
      ) : item.value === null ? (
        <Text className={styles.muted}>{tr('ui.card.empty')}</Text>
      ) : (
        <>
          <span className={styles.value} data-testid="value">{show(item.value)}</span>
          {item.ci95 && <Text size={200}>{tr('ui.card.ci', { low: show(item.ci95[0]), high: show(item.ci95[1]) })}</Text>}
          <Text size={200} className={styles.muted}>{tr('ui.card.n', { n: formatNumber(lang, item.n) })}</Text>
          {item.restValue !== null && <Text size={200}>{tr('ui.card.rest', { value: show(item.restValue) })}</Text>}
          {item.qValue !== null && (
            <Text size={200} className={item.qValue < 0.05 ? styles.worse : styles.muted}>
              {tr(item.qValue < 0.05 ? 'ui.card.differs' : 'ui.card.noClearDifference', { q: formatNumber(lang, item.qValue, 3) })}
            </Text>
          )}
          {item.excluded > 0 && <Text size={200} className={styles.muted}>{tr('ui.card.excluded', { count: formatNumber(lang, item.excluded) })}</Text>}
        </>
      )}
    </Card>
  );
}
