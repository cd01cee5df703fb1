import { Select } from '@fluentui/react-components';
import type { Lang } from '../core/i18n/index.ts';
import { useT } from './lang-context.ts';

/** Names of the languages in themselves, as language pickers show them. */
const names: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Language picker: every label and generated sentence follows it. */
export function LanguageSwitch({ onChange }: { onChange: (lang: Lang) => void }) {
  const { lang, tr } = useT();
  return (
    <Select aria-label={tr('ui.lang.label')} size="small" value={lang} onChange={(_, data) => onChange(data.value as Lang)} data-testid="language-switch">
      {(Object.keys(names) as Lang[]).map((code) => (
        <option key={code} value={code}>
          {names[code]}
        </option>
      ))}
    </Select>
  );
}
