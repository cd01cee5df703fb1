/** Excel on the web refuses a request or response above 5 MB (Microsoft's documented limit). */
export const maxPayloadBytes = 5 * 1024 * 1024;

/** Any platform reads at most 5,000,000 cells in one range. */
export const maxCellsPerRead = 5_000_000;

/** Share of the payload limit a chunk may fill: the JSON envelope and the estimate's error need the rest. */
const payloadShare = 0.6;

/** Above this Microsoft suggests no gain, only longer freezes of the host between syncs. */
const maxRowsPerChunk = 50_000;

/**
 * Bytes one row costs in a response, from a sample of rows as JSON (what the host sends), so chunks are sized for the data
 * at hand: 20 short codes need far less than 20 long comments. An empty sample assumes 32 bytes a cell.
 * @example estimateRowBytes([['E1', 'R&D', 45000]]) // 21
 */
export function estimateRowBytes(sample: readonly (readonly unknown[])[], columnCount = sample[0]?.length ?? 1): number {
  if (sample.length === 0) return 32 * Math.max(1, columnCount);
  return Math.ceil(JSON.stringify(sample).length / sample.length);
}

/**
 * Rows per read so one chunk stays well under the 5 MB payload and the 5,000,000-cell limit, at least 1 and at most 50,000.
 * @example rowsPerChunk(400, 20) // 7864
 */
export function rowsPerChunk(rowBytes: number, columnCount: number): number {
  const byPayload = Math.floor((maxPayloadBytes * payloadShare) / Math.max(1, rowBytes));
  const byCells = Math.floor(maxCellsPerRead / Math.max(1, columnCount));
  return Math.max(1, Math.min(byPayload, byCells, maxRowsPerChunk));
}
