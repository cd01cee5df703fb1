import { z } from 'zod';

/**
 * What a page gave the side panel, as plain data: it crosses from the page to the extension, so it is validated on arrival.
 * Apart from page-capture.ts so the scripts that run in the page do not bundle zod (content-script budget, DESIGN §7).
 */
export const pageCaptureSchema = z.object({
  adapterId: z.string(),
  adapterName: z.string(),
  url: z.string(),
  title: z.string(),
  selector: z.string(),
  capturedAt: z.string(),
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  rowKeys: z.array(z.string()),
  completeness: z.object({ shown: z.number().int().nonnegative(), total: z.number().int().nonnegative().nullable() }),
  missing: z.array(z.object({ part: z.enum(['count', 'headers']), selectors: z.array(z.string()) })),
  /** The page can show the rest (scrolling, a pager): the panel offers to collect it. */
  collectable: z.boolean(),
  /** The absolute URL of the next page when the rest is reached by page loads (`?page=N`, `rel="next"`); null otherwise or on the last page. */
  nextUrl: z.string().url().nullable(),
  /** The absolute URL of the previous page, reached the same way: collecting starts from the list's first page wherever the user is; null on the first page. */
  prevUrl: z.string().url().nullable(),
  /** The page's tables fingerprinted when the capture was taken (see tableSignature): the launcher reports when the page's differs. */
  signature: z.string(),
});

export type PageCapture = z.infer<typeof pageCaptureSchema>;
