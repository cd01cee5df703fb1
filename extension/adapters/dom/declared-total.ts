import type { MissingPart } from '../adapter.ts';
import { textOf } from './text-of.ts';
import type { SelectorList } from './selectors.ts';

/**
 * The total row count the page declares, from the first element the selectors match whose text `read` understands;
 * when none does, the count is reported missing (never thrown), so drift shows up in the sidebar instead of a wrong total.
 * @example declaredTotal(document, ['.list-count'], lastInteger) // { total: 150, missing: [] }
 */
export function declaredTotal(root: ParentNode, selectors: SelectorList, read: (text: string) => number | null): { total: number | null; missing: MissingPart[] } {
  for (const selector of selectors) {
    for (const element of root.querySelectorAll(selector)) {
      const total = read(textOf(element));
      if (total !== null) return { total, missing: [] };
    }
  }
  return { total: null, missing: [{ part: 'count', selectors }] };
}
