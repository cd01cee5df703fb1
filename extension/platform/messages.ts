import { z } from 'zod/mini';

/**
 * Messages between the launcher on HRIS pages, the background worker and the side panel; parsed on arrival, anything else
 * ignored. Zod's mini build, as the collect script that runs in the page parses them too (content-script budget, DESIGN §7).
 */
export const extensionMessageSchema = z.discriminatedUnion('type', [
  /** The launcher was clicked: open the side panel for its tab. */
  z.object({ type: z.literal('open-panel') }),
  /** The launcher's probe matched: the background reads the page with the capture script and answers with its row count. */
  z.object({ type: z.literal('count-rows') }),
  /** The snapshot shortcut was pressed: the side panel, if open, takes one. */
  z.object({ type: z.literal('take-snapshot') }),
  /** Progress of collecting a partial table's remaining rows, from the page. */
  z.object({ type: z.literal('collect-progress'), rows: z.int().check(z.nonnegative()), total: z.nullable(z.int().check(z.nonnegative())) }),
  /** The user cancelled collecting: the page stops scrolling or paging and returns what it has. */
  z.object({ type: z.literal('collect-cancel') }),
  /** The page's tables changed (a single-page HRIS paged, filtered or moved on): their signature now, for the panel to compare with what it read. */
  z.object({ type: z.literal('page-changed'), signature: z.string() }),
]);

export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;

/** The message if it is one of ours, else null (pages and other extensions can reach some listeners). */
export function parseMessage(value: unknown): ExtensionMessage | null {
  const parsed = extensionMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
