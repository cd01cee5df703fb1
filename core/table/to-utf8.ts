import type { DataIssue } from './raw-table.ts';
import { t } from '../i18n/index.ts';
import { readError } from './read-error.ts';
import { decodeBytes, encodeUtf8, type TextEncodingName } from './text-codec.ts';

/** A text file's bytes as BOM-less UTF-8, with the encoding it was found in. */
export interface Utf8Text {
  bytes: Uint8Array;
  encoding: TextEncodingName;
  /** True when UTF-8 is only presumed (no BOM): the reader must decode strictly and call `toUtf8(bytes, true)` on failure. */
  presumed: boolean;
  /** A table-level warning when the encoding was guessed. */
  issues: DataIssue[];
}

const SAMPLE_BYTES = 65_536;

/**
 * Detect a text file's encoding and give its content as UTF-8, so one byte tokeniser serves every file users bring:
 * UTF-8 (BOM stripped, no copy), UTF-16 LE/BE (with a BOM, or guessed from its zero bytes), and, once UTF-8 has
 * failed (`notUtf8`), GB18030/GBK as Chinese Excel saves it or else Windows-1252 with a warning naming the guess.
 * Throws ReadError for an empty (or whitespace-only) file and for binary data.
 * @example toUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).bytes // Uint8Array [0x41]
 */
export function toUtf8(bytes: Uint8Array, notUtf8 = false): Utf8Text {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return nonEmpty({ bytes: bytes.subarray(3), encoding: 'utf-8', presumed: false, issues: [] });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return transcode(bytes.subarray(2), 'utf-16le', false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return transcode(bytes.subarray(2), 'utf-16be', false);
  nonEmpty({ bytes, encoding: 'utf-8', presumed: true, issues: [] });
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return transcode(bytes, utf16, true);
  if (isBinary(sample)) throw readError('binary-file');
  if (!notUtf8) return { bytes, encoding: 'utf-8', presumed: true, issues: [] };
  const legacy = isLikelyGb18030(bytes) ? 'gb18030' : 'windows-1252';
  return transcode(bytes, legacy, legacy === 'windows-1252');
}

function transcode(bytes: Uint8Array, encoding: TextEncodingName, guessed: boolean): Utf8Text {
  const issues: DataIssue[] = guessed ? [guessedEncodingIssue(encoding)] : [];
  return nonEmpty({ bytes: encodeUtf8(decodeBytes(bytes, encoding)), encoding, presumed: false, issues });
}

function guessedEncodingIssue(encoding: TextEncodingName): DataIssue {
  return {
    row: null,
    column: null,
    code: 'guessed-encoding',
    reason: t('en', 'issue.guessed-encoding', { encoding }),
    params: { encoding },
    severity: 'warning',
  };
}

function nonEmpty(text: Utf8Text): Utf8Text {
  const { bytes } = text;
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (i === bytes.length) throw readError('empty-file');
  return text;
}

/** UTF-16 without a BOM shows as text whose every other byte is zero (ASCII delimiters and digits at least). */
function utf16WithoutBom(sample: Uint8Array): TextEncodingName | null {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const pairs = sample.length / 2;
  if (oddZeros >= pairs * 0.1 && evenZeros <= oddZeros * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.1 && oddZeros <= evenZeros * 0.05) return 'utf-16be';
  return null;
}

/** Text files hold almost no control characters besides tab and line breaks; binary data is full of them. */
function isBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  }
  return controls > sample.length * 0.02;
}

/**
 * Chinese text in GBK is mostly double-byte characters from its GB2312 core (both bytes 0xA1–0xFE); Western text in
 * Windows-1252 either breaks GB18030's byte rules or pairs an accented letter with a plain ASCII letter.
 */
function isLikelyGb18030(bytes: Uint8Array): boolean {
  let pairs = 0;
  let core = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1];
    if (lead === 0x80 || lead === 0xff || trail === undefined) return false;
    if (trail >= 0x30 && trail <= 0x39) {
      const third = bytes[i + 2];
      const fourth = bytes[i + 3];
      if (!(third >= 0x81 && third <= 0xfe && fourth >= 0x30 && fourth <= 0x39)) return false;
      pairs++;
      i += 4;
      continue;
    }
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) return false;
    pairs++;
    if (lead >= 0xa1 && trail >= 0xa1) core++;
    i += 2;
  }
  return pairs > 0 && core >= pairs * 0.8;
}
