import { describe, expect, it } from 'vitest';
import { findingKindSchema, impactSchema } from '../findings/finding.ts';
import { assumptionsSchema } from '../impact/assumptions.ts';
import { findingEn, findingZh } from './finding-messages.ts';

describe('finding and impact messages', () => {
  it('name every finding kind, impact kind and assumption in both languages', () => {
    const keys = [
      ...findingKindSchema.options.map((kind) => `finding.kind.${kind}`),
      ...impactSchema.shape.kind.options.map((kind) => `impact.kind.${kind}`),
      ...Object.keys(assumptionsSchema.shape).map((key) => `assumption.${key}.name`),
    ];
    for (const key of keys) {
      expect(findingEn, key).toHaveProperty([key]);
      expect(findingZh, key).toHaveProperty([key]);
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(findingEn) as (keyof typeof findingEn)[]) {
      expect(placeholders(findingZh[key]), key).toEqual(placeholders(findingEn[key]));
    }
  });
});
