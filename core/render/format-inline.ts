import type { Inline, PeopleCaseDocument } from '../proposal/document.ts';
import { formatQuantity } from './format-quantity.ts';

/**
 * The plain text of one piece of inline content: literal words as they are, a quantity reference formatted for the
 * document's language. Every writer (Markdown, HTML, DOCX, PPTX) reads inline content through this and escapes the result its own way.
 * @example formatInline(doc, { ref: 'turnover' }) // '18.3%'
 */
export function formatInline(doc: Pick<PeopleCaseDocument, 'lang' | 'quantities'>, inline: Inline): string {
  return typeof inline === 'string' ? inline : formatQuantity(doc, inline.ref);
}
