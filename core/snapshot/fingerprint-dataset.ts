import type { CategoryColumn, Dataset, DatasetColumn } from '../table/dataset.ts';
import { cellText } from '../table/raw-table.ts';
import { encodeUtf8 } from '../table/text-codec.ts';
import { createSha256, type Sha256 } from './sha256.ts';

/** Bumped if the serialisation below ever changes, so old and new fingerprints can never be mistaken for each other. */
const FORMAT = 'peoplecase-dataset-fingerprint/1';

/** Strings as one length table plus one UTF-8 run: unambiguous whatever characters they hold, and one encode call for a million labels. */
function hashStrings(hash: Sha256, strings: readonly string[]): void {
  const lengths = new Int32Array(strings.length);
  for (let i = 0; i < strings.length; i++) lengths[i] = strings[i].length;
  hash.update(new Uint8Array(lengths.buffer));
  hash.update(encodeUtf8(strings.join('')));
}

/** Numbers with every NaN written as the same bits and -0 as 0, so equal values always hash equal. */
function canonicalFloats(values: Float64Array): Uint8Array {
  const copy = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    copy[i] = value !== value ? NaN : value === 0 ? 0 : value;
  }
  return new Uint8Array(copy.buffer);
}

/** Codes shifted by one (0 = missing) into the narrowest array that holds them: most categories have a few labels, so a byte a row is hashed, not four. */
function narrowCodes(codes: Int32Array, labelCount: number): Uint8Array {
  const narrow = labelCount < 0xff ? new Uint8Array(codes.length) : labelCount < 0xffff ? new Uint16Array(codes.length) : new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) narrow[i] = codes[i] + 1;
  return new Uint8Array(narrow.buffer);
}

/** Category codes renumbered by first appearance, so the fingerprint depends on each row's label, not on the parser's dictionary order. */
function hashCategory(hash: Sha256, column: CategoryColumn): void {
  const renumber = new Int32Array(column.labels.length).fill(-1);
  const codes = new Int32Array(column.codes.length);
  const seen: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = column.codes[i];
    if (code < 0) {
      codes[i] = -1;
      continue;
    }
    if (renumber[code] < 0) {
      renumber[code] = seen.length;
      seen.push(column.labels[code]);
    }
    codes[i] = renumber[code];
  }
  hashStrings(hash, seen);
  hash.update(narrowCodes(codes, seen.length));
}

function hashValues(hash: Sha256, column: DatasetColumn): void {
  switch (column.type) {
    case 'date':
      return void hash.update(canonicalFloats(column.days));
    case 'number':
      return void hash.update(canonicalFloats(column.values));
    case 'boolean':
      return void hash.update(new Uint8Array(column.values.buffer, column.values.byteOffset, column.values.byteLength));
    case 'category':
      return hashCategory(hash, column);
  }
}

/** The source text of cells that failed to parse (their typed value is missing), so changing one bad cell still changes the fingerprint. */
function hashInvalidCells(hash: Sha256, dataset: Dataset, column: DatasetColumn): void {
  const raw = dataset.raw.columns.find((candidate) => candidate.header === column.header);
  const rows: number[] = [];
  const texts: string[] = [];
  if (raw && column.invalidCount > 0) {
    for (let i = 0; i < column.invalid.length; i++) {
      if (column.invalid[i]) {
        rows.push(i);
        texts.push(cellText(raw, i));
      }
    }
  }
  hash.update(new Uint8Array(Int32Array.from(rows).buffer));
  hashStrings(hash, texts);
}

/**
 * SHA-256 (hex) of a dataset's typed columns in a canonical serialisation, so a snapshot can prove which data it was made
 * from without storing a single row. Normalised: fields in id order, parsed values rather than source text (a date written
 * `2024-01-05` or `1/5/2024` hashes alike; a renamed header changes nothing), category labels by first appearance,
 * NaN and -0 made canonical; the source text of unparseable cells is included. Typed arrays are hashed in the platform's
 * byte order, little-endian on every platform PeopleCase runs on.
 * @example fingerprintDataset(dataset) // '3f1c…' (64 hex digits)
 */
export function fingerprintDataset(dataset: Dataset): string {
  const hash = createSha256();
  const fields = Object.entries(dataset.fields)
    .filter((entry): entry is [string, DatasetColumn] => entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  hashStrings(hash, [FORMAT, dataset.role, String(dataset.rowCount)]);
  for (const [field, column] of fields) {
    hashStrings(hash, [field, column.type]);
    hashValues(hash, column);
    hashInvalidCells(hash, dataset, column);
  }
  return hash.digestHex();
}
