/** CSS selectors tried in order, first that matches wins; each list is commented where it is declared with the page variant each entry targets. */
export type SelectorList = readonly string[];

/** The first element of the earliest selector that matches anything, with that selector, so provenance names what was really found. */
export function firstMatch(root: ParentNode, selectors: SelectorList): { element: Element; selector: string } | null {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return { element, selector };
  }
  return null;
}

/** Every element of the earliest selector that matches anything: fallbacks are alternatives for one variant each, never mixed. */
export function allMatches(root: ParentNode, selectors: SelectorList): Element[] {
  for (const selector of selectors) {
    const elements = root.querySelectorAll(selector);
    if (elements.length > 0) return Array.from(elements);
  }
  return [];
}
