import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { langs, messageKeys, t, type MessageKey } from '../../i18n/index.ts';
import { compose } from '../compose-text.ts';
import * as registry from './index.ts';
import { matchPlaybook, playbook } from './index.ts';
import { contextOf, signal } from './playbook-fixture.ts';
import type { Recommendation } from './recommendation.ts';

const folder = fileURLToPath(new URL('.', import.meta.url));
/** Files of the playbook folder that are its machinery, not recommendations. */
const machinery = ['index.ts', 'recommendation.ts', 'conditions.ts', 'target-rules.ts', 'playbook-fixture.ts'];
const recommendationFiles = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !machinery.includes(file));
const camelCase = (id: string) => id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

function keysOf(recommendation: Recommendation): MessageKey[] {
  return [
    recommendation.title,
    recommendation.ask,
    recommendation.cost,
    recommendation.valueLink,
    ...recommendation.actions,
    recommendation.target.key,
    ...recommendation.departmentGives,
    ...recommendation.hrGives,
    ...recommendation.checkpoints.map((checkpoint) => checkpoint.step),
    ...recommendation.risks,
  ];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the playbook registry', () => {
  it('has at least twelve recommendations with unique ids', () => {
    expect(playbook.length).toBeGreaterThanOrEqual(12);
    expect(new Set(playbook.map((recommendation) => recommendation.id)).size).toBe(playbook.length);
  });

  it('registers every recommendation file, each named after its id, exported in camelCase and tested', async () => {
    expect(recommendationFiles.sort()).toEqual(playbook.map((recommendation) => `${recommendation.id}.ts`).sort());
    for (const file of recommendationFiles) {
      const id = file.replace(/\.ts$/, '');
      const module = (await import(/* @vite-ignore */ `./${id}.ts`)) as Record<string, Recommendation>;
      expect(module[camelCase(id)]?.id, file).toBe(id);
      expect(existsSync(`${folder}${id}.test.ts`), `${id}.test.ts`).toBe(true);
    }
    expect(Object.keys(registry)).toContain('playbook');
  });

  for (const recommendation of playbook as readonly Recommendation[]) {
    describe(recommendation.id, () => {
      const keys = keysOf(recommendation);

      it('uses only its own messages and every one of them, in both languages', () => {
        for (const key of keys) expect(key.startsWith(`playbook.${recommendation.id}.`), key).toBe(true);
        const own = messageKeys('en').filter((key) => key.startsWith(`playbook.${recommendation.id}.`));
        expect(new Set(keys)).toEqual(new Set(own));
        for (const lang of langs) for (const key of keys) expect(messageKeys(lang), `${lang} ${key}`).toContain(key);
      });

      it('writes every text in both languages with the same placeholders, all of which it can fill', () => {
        const params = Object.fromEntries(
          ['group', 'metric', 'current', 'target', 'date', ...Object.keys(recommendation.numbers)].map((name) => [name, { ref: name }]),
        );
        for (const key of keys) {
          expect(placeholders(t('zh-CN', key)), key).toEqual(placeholders(t('en', key)));
          for (const lang of langs) expect(() => compose(lang, key, params), `${lang} ${key}`).not.toThrow();
        }
      });

      it('runs a full Plan–Do–Check–Act cycle forward in time, with actions, asks, returns and risks', () => {
        expect(recommendation.checkpoints.map((checkpoint) => checkpoint.phase)).toEqual(['plan', 'do', 'check', 'act']);
        const weeks = recommendation.checkpoints.map((checkpoint) => checkpoint.weeks);
        expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
        expect(weeks[0]).toBeGreaterThan(0);
        expect(recommendation.actions.length).toBeGreaterThanOrEqual(2);
        expect(recommendation.departmentGives.length).toBeGreaterThanOrEqual(1);
        expect(recommendation.hrGives.length).toBeGreaterThanOrEqual(1);
        expect(recommendation.risks.length).toBeGreaterThanOrEqual(1);
        expect(recommendation.target.months).toBeGreaterThan(0);
      });
    });
  }
});

describe('matchPlaybook', () => {
  it('orders plays by the strength of the finding they answer, playbook order on ties', () => {
    const leaving = signal({ metric: 'turnover_rate', variant: 'voluntary', score: 2 }).finding;
    const feedback = signal({ metric: 'interview_feedback_sla', value: 0.5, better: 'up', department: 'Sales', score: 5 }).finding;
    const ids = matchPlaybook([leaving, feedback], contextOf()).map((match) => match.recommendation.id);
    expect(ids).toEqual(['interview-feedback-sla', 'cooperation-kpi', 'dual-career-track-pilot', 'stay-interviews', 'exit-interview-programme']);
  });

  it('puts a play answering a confirmed finding before one answering a stronger but unconfirmed one', () => {
    const unconfirmed = signal({ metric: 'early_attrition', score: 5, significant: false }).finding;
    const feedback = signal({ metric: 'interview_feedback_sla', value: 0.5, better: 'up', department: 'Sales', score: 1 }).finding;
    const ids = matchPlaybook([unconfirmed, feedback], contextOf()).map((match) => match.recommendation.id);
    expect(ids.indexOf('interview-feedback-sla')).toBeLessThan(ids.indexOf('onboarding-programme'));
  });

  it('triggers no play from an association alone', () => {
    const association = { ...signal({ metric: 'turnover_rate', variant: 'voluntary' }).finding, kind: 'association' as const, segment: null, department: null };
    expect(matchPlaybook([association], contextOf())).toEqual([]);
  });
});
