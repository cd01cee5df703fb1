// Elements whose content is never cell text: code, styles, icons, form controls and anything hidden from every reader.
const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'SELECT', 'TEXTAREA', 'INPUT', 'IMG']);
// Elements that start a new line when rendered, so their texts must not run together ("Jane" + "Doe" → "Jane Doe").
const blockTags = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BR', 'TD', 'TH', 'TR', 'SECTION', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LABEL']);

/** Whether an element is hidden by attribute (hidden, aria-hidden, inline display:none) and so not part of what the user reads. */
function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Append the readable text under a node, separating block elements by a space. */
function collectText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push((child as Text).data);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (skippedTags.has(element.tagName) || isHidden(element)) continue;
      const block = blockTags.has(element.tagName);
      if (block) parts.push(' ');
      collectText(element, parts);
      if (block) parts.push(' ');
    }
  }
}

/**
 * The text a user reads in a cell: visible text only, whitespace collapsed, as plain text (never markup), '' when empty.
 * @example textOf(parse('<td><svg>…</svg><div>Jane</div><div>Doe</div></td>')) // 'Jane Doe'
 */
export function textOf(element: Element): string {
  if (element.childElementCount === 0) return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  collectText(element, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
