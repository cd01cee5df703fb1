/*
 * TextDecoder/TextEncoder exist in every runtime core targets (Node, browsers, Office webviews) but are not in the
 * ES2023 lib that keeps core free of host types, so the little core uses is declared here, once.
 */
interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
declare const TextEncoder: new () => { encode(input?: string): Uint8Array };

/** Encodings core can read text in (WHATWG labels). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

const lenient = new Map<TextEncodingName, TextDecoderLike>();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode bytes in a known encoding; invalid sequences become U+FFFD, and a BOM is kept (callers strip it first).
 * Empty input gives ''.
 * @example decodeBytes(new Uint8Array([0xc4, 0xe3]), 'gb18030') // '你'
 */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  let decoder = lenient.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
    lenient.set(encoding, decoder);
  }
  return decoder.decode(bytes);
}

/**
 * Decode bytes that should be UTF-8, or null when they are not, so a reader can fall back to another encoding.
 * Empty input gives ''.
 * @example decodeUtf8Strict(new Uint8Array([0xff])) // null
 */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 bytes of a string, the one byte form readers tokenise.
 * @example encodeUtf8('é') // Uint8Array [0xc3, 0xa9]
 */
export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Windows-1252's 0x80–0x9F block (curly quotes, dashes, €); elsewhere it is Latin-1. 0 marks the five unused bytes, kept as-is. */
const cp1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Node 20's TextDecoder reads `windows-1252` as Latin-1 (0x96 becomes U+0096, not an en dash), so it is decoded here. */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b < 0xa0 ? cp1252High[b - 0x80] || b : b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}
