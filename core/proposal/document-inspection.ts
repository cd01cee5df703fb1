import type { Inline, PeopleCaseDocument } from './document.ts';

/**
 * Every run of inline content in a document — paragraphs, list items, table cells and chart captions — for checks that walk
 * the text the way a renderer will (numbers as references, no suppressed group, wording rules).
 * @example documentRuns(doc).flat().filter((inline) => typeof inline !== 'string').length // how many numbers the text shows
 */
export function documentRuns(doc: PeopleCaseDocument): Inline[][] {
  return doc.sections.flatMap((section) =>
    section.blocks.flatMap((block) => {
      switch (block.kind) {
        case 'paragraph':
          return [block.content];
        case 'list':
          return block.items;
        case 'table':
          return block.rows.flat();
        case 'chart':
          return [block.caption];
      }
    }),
  );
}

/**
 * Every literal word a reader sees outside the numbers: the title, section titles, table headers and literal inline pieces.
 * @example literalTexts(doc).some((text) => /\d/.test(text)) // false when every number is a reference
 */
export function literalTexts(doc: PeopleCaseDocument): string[] {
  const headers = doc.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'table' ? block.header : [])));
  const literals = documentRuns(doc)
    .flat()
    .filter((inline): inline is string => typeof inline === 'string');
  return [doc.title, ...doc.sections.map((section) => section.title), ...headers, ...literals];
}

/**
 * The ids of the quantities a document's text refers to, each once.
 * @example referencedIds(doc).every((id) => id in doc.quantities) // true for a well-formed document
 */
export function referencedIds(doc: PeopleCaseDocument): string[] {
  const ids = documentRuns(doc)
    .flat()
    .flatMap((inline) => (typeof inline === 'string' ? [] : [inline.ref]));
  return [...new Set(ids)];
}

/**
 * A run as plain text with each reference shown as `{id}`, for readable assertions and wording checks.
 * @example runText(['Turnover was ', { ref: 'q1' }]) // 'Turnover was {q1}'
 */
export function runText(run: readonly Inline[]): string {
  return run.map((inline) => (typeof inline === 'string' ? inline : `{${inline.ref}}`)).join('');
}

/**
 * Wording that claims a cause, in English and Chinese: generated text states facts and associations only (DESIGN.md §5), so
 * no document may match it.
 * @example causalWords.test('low pay caused attrition') // true
 */
export const causalWords = /\b(caus(e|es|ed|ing)|led to|leads? to|dr(ove|ives?|iven)|because|due to|result(s|ed)? in)\b|导致|造成|因为|由于|引起|致使/i;
