/** A table row's own cells (td and th children), positionally, so control cells stay in place and are dropped as columns later. */
export function rowCells(row: Element): Element[] {
  return Array.from(row.children).filter((child) => child.tagName === 'TD' || child.tagName === 'TH');
}
