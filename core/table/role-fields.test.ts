import { describe, expect, it } from 'vitest';
import type { TableRole } from './fields.ts';
import { normalizeHeader } from './normalize-header.ts';
import { fieldIdsOf, fieldSpecs, roleVocabularies } from './role-fields.ts';

const roles = Object.keys(roleVocabularies) as TableRole[];

describe('roleVocabularies', () => {
  it.each(roles)('lets a header mean one field only within the %s role', (role) => {
    const owner = new Map<string, string>();
    for (const { id, vocabulary } of roleVocabularies[role].fields) {
      for (const header of [...vocabulary.headers, ...vocabulary.weakHeaders]) {
        const key = normalizeHeader(header);
        expect(owner.get(key) ?? id, `${role}: ${header} is claimed twice`).toBe(id);
        owner.set(key, id);
      }
    }
  });

  it.each(roles)('names every %s field in English and in Chinese, and its key fields are its own', (role) => {
    const { fields, keyFields } = roleVocabularies[role];
    for (const { id, vocabulary } of fields) {
      const headers = [...vocabulary.headers, ...vocabulary.weakHeaders];
      expect(headers.some((header) => /[a-z]/i.test(header)), id).toBe(true);
      expect(headers.some((header) => /\p{Script=Han}/u.test(header)), id).toBe(true);
    }
    for (const key of keyFields) expect(fieldIdsOf(role)).toContain(key);
  });

  it('gives every field of every role one storage spec named after it', () => {
    for (const role of roles) for (const id of fieldIdsOf(role)) expect(fieldSpecs[id].id).toBe(id);
    expect(fieldSpecs.period.type).toBe('month');
    expect(fieldSpecs.completed.type).toBe('boolean');
    expect(fieldSpecs.agencyFee.type).toBe('money');
  });
});
