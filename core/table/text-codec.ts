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
