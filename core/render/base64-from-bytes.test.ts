import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64FromBytes } from './base64-from-bytes.ts';

describe('base64FromBytes', () => {
  it('encodes the RFC 4648 test vectors', () => {
    const vectors = { '': '', f: 'Zg==', fo: 'Zm8=', foo: 'Zm9v', foob: 'Zm9vYg==', fooba: 'Zm9vYmE=', foobar: 'Zm9vYmFy' };
    for (const [text, encoded] of Object.entries(vectors)) expect(base64FromBytes(new TextEncoder().encode(text))).toBe(encoded);
  });

  it('agrees with Node’s Buffer on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => base64FromBytes(bytes) === Buffer.from(bytes).toString('base64')));
  });
});
