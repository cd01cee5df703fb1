import { Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { assumptionKeys, type AssumptionKey, type Assumptions } from '../core/impact/assumptions.ts';
import { editAssumptions } from '../core/impact/edit-assumptions.ts';
import { assumptionName } from '../core/proposal/impacts.ts';
import { useT } from './lang-context.ts';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr repeat(3, 5.5rem)', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  error: { color: tokens.colorPaletteRedForeground1, gridColumn: '1 / -1' },
});

const ends = ['low', 'base', 'high'] as const;

/** Low / base / high of every assumption, editable; a valid change is applied at once (core's editAssumptions checks it). */
export function AssumptionsEditor({ assumptions, onChange }: { assumptions: Assumptions; onChange: (next: Assumptions) => void }) {
  const { lang, tr } = useT();
  const styles = useStyles();
  const [invalid, setInvalid] = useState<AssumptionKey | null>(null);
  const change = (key: AssumptionKey, end: (typeof ends)[number], text: string) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) return setInvalid(key);
    try {
      onChange(editAssumptions(assumptions, { [key]: { [end]: value } }));
      setInvalid(null);
    } catch {
      setInvalid(key);
    }
  };
  return (
    <section data-testid="assumptions">
      <Text as="h3" size={400} weight="semibold" block>{tr('ui.assumptions.title')}</Text>
      <Text size={200} block>{tr('ui.assumptions.intro')}</Text>
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
