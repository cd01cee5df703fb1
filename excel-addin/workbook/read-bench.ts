import { mockExcel } from './excel-mock.ts';
import { maxPayloadBytes } from './plan-chunks.ts';
import { readSource } from './read-source.ts';

/** A full sheet: Excel's 1,048,576 rows (header + 1,048,575 employees) × 20 columns of typical roster cells. */
const rowCount = 1_048_576;
const departments = ['R&D', 'Sales', 'Customer Success', 'Operations', 'Finance'];
const header = Array.from({ length: 20 }, (_, c) => `Column ${c + 1}`);
const row = (r: number) => (r === 0 ? header : Array.from({ length: 20 }, (_, c) => (c === 0 ? `E${r}` : c % 3 === 1 ? departments[(r + c) % 5] : c % 3 === 2 ? 40_000 + (r % 9000) : 52_000.5 + r)));

const { excel, stats } = mockExcel({ name: 'Roster', rowCount, columnCount: 20, row, format: (_, c) => (c % 3 === 2 ? 'yyyy-mm-dd' : 'General') });
(globalThis as { Excel?: unknown }).Excel = excel;
/** The reader's heap at its fullest: sampled after each chunk, garbage collected first so only what is still held counts. */
let peakHeap = 0;
const sampleHeap = () => {
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  peakHeap = Math.max(peakHeap, heapUsed + arrayBuffers);
};
const started = performance.now();
const raw = await readSource({ sheet: 'Roster', address: 'A1:T1048576' }, { onProgress: ({ chunksRead }) => chunksRead % 8 === 0 && sampleHeap() });
const seconds = (performance.now() - started) / 1000;
const chunks = stats.reads.slice(1);
const largest = Math.max(...chunks.map((read) => read.bytes));
process.stdout.write(
  `excel read (office-addin-mock): ${raw.rowCount.toLocaleString('en')} rows × 20 in ${chunks.length} chunks, ${stats.syncs} syncs, ` +
    `largest response ${(largest / 1024 / 1024).toFixed(2)} MB (limit ${maxPayloadBytes / 1024 / 1024} MB), ${Math.max(...chunks.map((read) => read.cells)).toLocaleString('en')} cells max, ${seconds.toFixed(1)} s; ` +
    `heap held while reading ${(peakHeap / 1024 / 1024).toFixed(0)} MiB${globalThis.gc ? '' : ' (run with --expose-gc for this figure)'}\n`,
);
