import { describe, expect, it } from 'vitest';
import { redactIdentifiers } from './redact-identifiers.ts';

const rules = { fields: new Set(['managerName', 'Manager']), values: new Set(['Ann Lee', '王芳', 'E1001']) };

describe('redactIdentifiers', () => {
  it('hides segment values cut by an identifier field, in values and keys alike', () => {
    const content = {
      evidence: [{ id: 'rate|Manager=Ann|2024', segment: { field: 'Manager', value: 'Ann' } }],
      quantities: { 'rate|Manager=Ann|2024': { ref: 'rate|Manager=Ann|2024' } },
      text: ['Annual review of Ann and Annabel'],
    };
    expect(redactIdentifiers(content, rules)).toEqual({
      evidence: [{ id: 'rate|Manager=[A]|2024', segment: { field: 'Manager', value: '[A]' } }],
      quantities: { 'rate|Manager=[A]|2024': { ref: 'rate|Manager=[A]|2024' } },
      text: ['Annual review of [A] and Annabel'],
    });
  });

  it('hides any text equal to a known name or id, and that name wherever it appears, Chinese included', () => {
    const content = { cells: ['王芳', 'E1001', 'Ann Lee'], note: '王芳的团队与Ann Lee合作' };
    expect(redactIdentifiers(content, rules)).toEqual({ cells: ['[C]', '[B]', '[A]'], note: '[C]的团队与[A]合作' });
  });

  it('leaves other segments and content without identifiers untouched', () => {
    const content = { segment: { field: 'department', value: 'Ann Lee Labs' }, text: 'R&D' };
    expect(redactIdentifiers(content, { ...rules, values: new Set() })).toBe(content);
  });
});
