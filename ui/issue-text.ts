import { messageKeys, t, type Lang, type MessageKey } from '../core/i18n/index.ts';
import type { DataIssue } from '../core/table/raw-table.ts';

const known = new Set(messageKeys('en'));

/**
 * An issue in the reader's language from its code and params, falling back to core's English reason for a code the
 * catalogue does not translate yet; the column is named first so the reader knows where to look.
 * @example issueText('zh-CN', { code: 'invalid-date', column: 'Hire Date', params: { value: 'x' }, … }) // 'Hire Date：不是日期：“x”'
 */
export function issueText(lang: Lang, issue: DataIssue): string {
  const key = `issue.${issue.code}`;
  const text = known.has(key) ? t(lang, key as MessageKey, issue.params ?? {}) : issue.reason;
  return issue.column ? `${issue.column}${lang === 'en' ? ': ' : '：'}${text}` : text;
}
