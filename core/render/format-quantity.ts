import type { PeopleCaseDocument } from '../proposal/document.ts';
import { formatValue } from './format-value.ts';

/**
 * The text of a quantity a document refers to, in the document's language, so every number a renderer writes comes from
 * the document's quantities. A reference to a quantity the document lacks throws: a dangling ref is a bug in the builder.
 * @example formatQuantity({ lang: 'en', quantities: { t: { id: 't', value: 0.183, format: 'percent', source: 'evidence', evidenceIds: [] } } }, 't') // '18.3%'
 */
export function formatQuantity(doc: Pick<PeopleCaseDocument, 'lang' | 'quantities'>, ref: string): string {
  const quantity = Object.hasOwn(doc.quantities, ref) ? doc.quantities[ref] : undefined;
  if (!quantity) throw new Error(`formatQuantity: the document refers to quantity "${ref}", which it does not define`);
  try {
    return formatValue(doc.lang, quantity.value, quantity.format, quantity.currency);
  } catch (error) {
    throw new Error(`formatQuantity: quantity "${ref}": ${(error as Error).message}`, { cause: error });
  }
}
