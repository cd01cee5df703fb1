import type { Block, PeopleCaseDocument } from '../core/proposal/document.ts';

/** The user's wording, by block key (`section:block` or `section:block:item`), kept across regenerations. */
export type DocumentEdits = Readonly<Record<string, string>>;

/** Key of a paragraph or list item in a document, stable while the section structure holds. */
export function editKey(sectionId: string, blockIndex: number, itemIndex?: number): string {
  return itemIndex === undefined ? `${sectionId}:${blockIndex}` : `${sectionId}:${blockIndex}:${itemIndex}`;
}

/**
 * The document with the user's edited paragraphs and list items in place of the generated text (as literal text, since the
 * user's words are no longer tied to quantities), so exports carry what the user wrote. No edits return the document as is.
 * @example applyEdits(doc, { 'decision:0': 'Approve the pilot.' }).sections[0].blocks[0] // { kind: 'paragraph', content: ['Approve the pilot.'] }
 */
export function applyEdits(doc: PeopleCaseDocument, edits: DocumentEdits): PeopleCaseDocument {
  if (Object.keys(edits).length === 0) return doc;
  const sections = doc.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block, b): Block => {
      if (block.kind === 'paragraph') {
        const edit = edits[editKey(section.id, b)];
        return edit === undefined ? block : { kind: 'paragraph', content: [edit] };
      }
      if (block.kind === 'list') return { ...block, items: block.items.map((item, i) => { const edit = edits[editKey(section.id, b, i)]; return edit === undefined ? item : [edit]; }) };
      return block;
    }),
  }));
  return { ...doc, sections };
}
