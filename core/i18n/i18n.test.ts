import { describe, expect, it } from 'vitest';
import { messageKeys, t, toLang } from './index.ts';

describe('i18n catalogues', () => {
  it('zh-CN defines exactly the English keys, none left empty', () => {
    expect(messageKeys('zh-CN').sort()).toEqual(messageKeys('en').sort());
    for (const key of messageKeys('zh-CN')) expect(t('zh-CN', key as never).trim(), key).not.toBe('');
  });

  it('follows the host language tag', () => {
    expect(toLang('zh-Hans-CN')).toBe('zh-CN');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang(undefined)).toBe('en');
  });
});
