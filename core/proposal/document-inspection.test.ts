import { describe, expect, it } from 'vitest';
import { buildProposal } from './build-proposal.ts';
import { causalWords, documentProblems, literalTexts, referencedIds, runText } from './document-inspection.ts';
import type { PeopleCaseDocument } from './document.ts';
import { sampleInput } from './proposal-fixture.ts';

const input = sampleInput('en', 'R&D');
const doc = buildProposal(input);

function withFirstParagraph(content: PeopleCaseDocument['sections'][number]['blocks'][number]): PeopleCaseDocument {
  return { ...doc, sections: [{ ...doc.sections[0], blocks: [content] }, ...doc.sections.slice(1)] };
}

describe('documentProblems', () => {
  it('finds nothing wrong with a sound document', () => {
    expect(documentProblems(doc, input)).toEqual([]);
  });

  it('catches a literal number, a dangling reference and causal wording', () => {
    const broken = withFirstParagraph({ kind: 'paragraph', content: ['Turnover of 18% caused losses ', { ref: 'nowhere' }] });
    expect(documentProblems(broken, input)).toEqual([
      'dangling reference nowhere',
      'digit in literal text: Turnover of 18% caused losses ',
      'causal wording: Turnover of 18% caused losses ',
    ]);
  });

  it('catches a number that differs from its evidence and a cited suppressed group', () => {
    const [id, quantity] = Object.entries(doc.quantities).find(([, candidate]) => candidate.source === 'evidence')!;
    const support = input.evidence.find((item) => item.suppressed)!;
    const tampered = { ...doc, quantities: { ...doc.quantities, [id]: { ...quantity, value: 0.5 }, leak: { ...quantity, id: 'leak', source: 'derived' as const, evidenceIds: [support.id] } } };
    const problems = documentProblems(tampered, input);
    expect(problems).toContain(`${id} is 0.5, its source says ${quantity.value}`);
    expect(problems).toContain(`leak cites suppressed evidence ${support.id}`);
  });
});

describe('walking a document', () => {
  it('lists references once and literal words with titles and headers', () => {
    expect(new Set(referencedIds(doc)).size).toBe(referencedIds(doc).length);
    expect(literalTexts(doc).slice(0, 2)).toEqual(['People proposal: R&D', 'Decision requested']);
    expect(runText(['Turnover was ', { ref: 'q1' }])).toBe('Turnover was {q1}');
  });

  it('recognises causal wording in both languages and leaves association wording alone', () => {
    expect(causalWords.test('low pay caused attrition')).toBe(true);
    expect(causalWords.test('低薪导致离职')).toBe(true);
    expect(causalWords.test('higher turnover went together with lower revenue')).toBe(false);
    expect(causalWords.test('离职率与人均营收呈负相关')).toBe(false);
  });
});
