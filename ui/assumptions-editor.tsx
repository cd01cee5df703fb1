import { Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { assumptionKeys, type AssumptionKey, type Assumptions } from '../core/impact/assumptions.ts';
import { editAssumptions, type AssumptionEdits } from '../core/impact/edit-assumptions.ts';
import { assumptionName } from '../core/proposal/impacts.ts';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr repeat(3, 5.5rem)', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  error: { color: tokens.colorPaletteRedForeground1, gridColumn: '1 / -1' },
  currency: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
});

const ends = ['low', 'base', 'high'] as const;

/** The currency and the low / base / high of every assumption, editable; a valid change is applied at once (core's editAssumptions checks it). */
export function AssumptionsEditor({ assumptions, onChange }: { assumptions: Assumptions; onChange: (next: Assumptions) => void }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const [invalid, setInvalid] = useState<AssumptionKey | 'currency' | null>(null);
  const apply = (key: AssumptionKey | 'currency', edits: AssumptionEdits) => {
    try {
      onChange(editAssumptions(assumptions, edits));
      setInvalid(null);
    } catch {
      setInvalid(key);
    }
  };
  const change = (key: AssumptionKey, end: (typeof ends)[number], text: string) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) return setInvalid(key);
    apply(key, { [key]: { [end]: value } });
  };
  const changeCurrency = (text: string) => {
    const code = text.trim().toUpperCase();
    if (code !== assumptions.currency) apply('currency', { currency: code });
  };
  return (
    <section data-testid="assumptions">
      <Text as="h3" size={400} weight="semibold" block>{tr('ui.assumptions.title')}</Text>
      <Text size={200} block>{tr('ui.assumptions.intro')}</Text>
      <label className={styles.currency}>
        <Text size={200}>{tr('ui.assumptions.currency')}</Text>
        <Input key={`currency-${assumptions.currency}`} size="small" style={{ width: '5rem' }} maxLength={3} defaultValue={assumptions.currency} onBlur={(event) => changeCurrency(event.target.value)} data-testid="assume-currency" />
      </label>
      {invalid === 'currency' && <Text size={200} block className={styles.error}>{tr('ui.assumptions.currencyInvalid')}</Text>}
      <div className={styles.grid}>
        <span />
        {ends.map((end) => <Text key={end} size={200} weight="semibold">{tr(`ui.assumptions.${end}`)}</Text>)}
        {assumptionKeys.map((key) => (
          <div key={key} style={{ display: 'contents' }}>
            <Text size={200} title={`${tr('ui.assumptions.source')}: ${assumptions[key].source}`}>{assumptionName(lang, key)}</Text>
            {ends.map((end) => (
              <Input key={`${key}-${end}-${assumptions[key][end]}`} size="small" type="number" aria-label={`${assumptionName(lang, key)} ${tr(`ui.assumptions.${end}`)}`} defaultValue={String(assumptions[key][end])} onBlur={(event) => change(key, end, event.target.value)} data-testid={`assume-${key}-${end}`} />
            ))}
            {invalid === key && <Text size={200} className={styles.error}>{tr('ui.assumptions.invalid')}</Text>}
          </div>
        ))}
      </div>
    </section>
  );
}
