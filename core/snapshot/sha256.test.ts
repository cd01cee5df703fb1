import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSha256 } from './sha256.ts';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('createSha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(createSha256().digestHex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(createSha256().update(ascii('abc')).digestHex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(createSha256().update(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).digestHex()).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(createSha256().update(new Uint8Array(1_000_000).fill(0x61)).digestHex()).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto for any bytes fed in any chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(300), { maxLength: 5 }), (bytes, cuts) => {
        const hash = createSha256();
        let start = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          const end = Math.min(cut, bytes.length);
          hash.update(bytes.subarray(start, Math.max(start, end)));
          start = Math.max(start, end);
        }
        hash.update(bytes.subarray(start));
        return hash.digestHex() === createHash('sha256').update(bytes).digest('hex');
      }),
    );
  });

  it('cannot be reused after its digest', () => {
    const hash = createSha256();
    hash.digestHex();
    expect(() => hash.update(new Uint8Array(1))).toThrow(/after digestHex/);
  });
});
