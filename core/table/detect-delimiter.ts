/** Delimiters CSV exports use: comma (default), semicolon (Excel in locales with a decimal comma), tab (`Unicode Text`). */
export type Delimiter = ',' | ';' | '\t';

const candidates: readonly Delimiter[] = [',', ';', '\t'];
const SAMPLE_BYTES = 65_536;
const SAMPLE_LINES = 20;

/**
 * Guess a CSV's delimiter from its first lines (up to 20 lines or 64 KB), counting each candidate outside quotes:
 * the winner appears in the header line and in the most lines the same number of times, then the most often.
 * Text without any candidate (one column) and empty input give ','.
 * @example detectDelimiter(new TextEncoder().encode('a;b\n1,5;2\n')) // ';'
 */
export function detectDelimiter(bytes: Uint8Array, start = 0): Delimiter {
  const counts = candidates.map(() => [0]);
  const end = Math.min(bytes.length, start + SAMPLE_BYTES);
  let inQuotes = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === 0x22) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (b === 0x0a || b === 0x0d) {
      if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
      if (counts[0].length === SAMPLE_LINES) break;
      for (const lineCounts of counts) lineCounts.push(0);
    } else {
      const k = b === 0x2c ? 0 : b === 0x3b ? 1 : b === 0x09 ? 2 : -1;
      if (k >= 0) counts[k][counts[k].length - 1]++;
    }
  }
  let best = 0;
  let bestScore = [0, 0];
  counts.forEach((lineCounts, k) => {
    const header = lineCounts[0];
    const score = [header > 0 ? lineCounts.filter((count) => count === header).length : 0, header];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = k;
      bestScore = score;
    }
  });
  return candidates[best];
}
