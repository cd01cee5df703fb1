import type { Inline, PeopleCaseDocument } from '../proposal/document.ts';
import { formatInline } from './format-inline.ts';

/**
 * A run of inline content as one plain string, quantities formatted for the document's language, for writers that place
 * whole strings (DOCX runs, slide text, clipboard text) and escape them their own way. An empty run gives ''.
 * @example inlineText(doc, ['R&D turnover was ', { ref: 'rdTurnover' }]) // 'R&D turnover was 18.3%'
 */
export function inlineText(doc: Pick<PeopleCaseDocument, 'lang' | 'quantities'>, content: readonly Inline[]): string {
  return content.map((inline) => formatInline(doc, inline)).join('');
}
