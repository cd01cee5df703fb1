import type { Block, Inline } from '../proposal/document.ts';

/**
 * Every quantity id the blocks cite (paragraphs, list items, table cells, chart captions), first citation first, each once,
 * so a writer can tell which evidence a page or slide rests on (and a test can check each of those numbers is shown).
 * No blocks give no ids.
 * @example blockRefs([{ kind: 'paragraph', content: ['R&D ', { ref: 'rdTurnover' }] }]) // ['rdTurnover']
 */
export function blockRefs(blocks: readonly Block[]): string[] {
  const refs = new Set<string>();
  const add = (content: readonly Inline[]): void => {
    for (const inline of content) if (typeof inline !== 'string') refs.add(inline.ref);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        add(block.content);
        break;
      case 'list':
        block.items.forEach(add);
        break;
      case 'table':
        for (const row of block.rows) row.forEach(add);
        break;
      case 'chart':
        add(block.caption);
        break;
    }
  }
  return [...refs];
}
