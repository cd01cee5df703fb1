import { describe, expect, it } from 'vitest';
import { causalWords } from '../document-inspection.ts';
import { playbookEn } from './playbook-en.ts';
import { playbookZhCN } from './playbook-zh-cn.ts';
import { proposalEn } from './proposal-en.ts';
import { proposalZhCN } from './proposal-zh-cn.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const catalogues = [
  ['proposal', proposalEn, proposalZhCN],
  ['playbook', playbookEn, playbookZhCN],
] as const;

describe('proposal and playbook messages', () => {
  for (const [name, en, zh] of catalogues) {
    it(`${name}: Chinese has every English key, none empty, with the same placeholders`, () => {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      const chinese: Record<string, string> = zh;
      for (const [key, text] of Object.entries(en)) {
        expect(text.trim(), key).not.toBe('');
        expect(chinese[key].trim(), key).not.toBe('');
        expect(placeholders(chinese[key]), key).toEqual(placeholders(text));
      }
    });

    it(`${name}: no message claims a cause, in either language`, () => {
      for (const text of [...Object.values(en), ...Object.values(zh)]) expect(text).not.toMatch(causalWords);
    });

    it(`${name}: no message writes a number; numbers come in through placeholders`, () => {
      for (const text of [...Object.values(en), ...Object.values(zh)]) expect(text).not.toMatch(/\d/);
    });
  }
});
