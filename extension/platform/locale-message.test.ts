import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The extension's `_locales` message file for a browser locale. */
function messages(locale: 'en' | 'zh_CN'): Record<string, { message: string; placeholders?: Record<string, unknown> }> {
  return JSON.parse(readFileSync(new URL(`../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
}

describe('_locales', () => {
  it('has every name the manifest, the launcher and the badges use, in English and Simplified Chinese, with the same placeholders', () => {
    const used = ['extName', 'extDescription', 'actionTitle', 'commandOpen', 'commandSnapshot', 'launcherLabel', 'launcherTitle', 'launcherHide', 'badgeOpen', 'badgeAged', 'badgeFeedbackOverdue'];
    const en = messages('en');
    const zh = messages('zh_CN');
    expect(Object.keys(en).sort()).toEqual(used.sort());
    expect(Object.keys(zh).sort()).toEqual(used.sort());
    for (const name of used) {
      expect(zh[name].message).not.toBe('');
      expect(Object.keys(zh[name].placeholders ?? {})).toEqual(Object.keys(en[name].placeholders ?? {}));
    }
    expect(zh.launcherTitle.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
