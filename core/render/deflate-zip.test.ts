import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateZip } from './deflate-zip.ts';

describe('deflateZip', () => {
  it('keeps every entry and its order while shrinking stored entries', () => {
    const xml = `<p:sld>${'<a:t>Department 01</a:t>'.repeat(2000)}</p:sld>`;
    const stored = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'ppt/slides/slide1.xml': strToU8(xml) }, { level: 0 });
    const deflated = deflateZip(stored);
    expect(deflated.length).toBeLessThan(stored.length / 10);
    const entries = unzipSync(deflated);
    expect(Object.keys(entries)).toEqual(['[Content_Types].xml', 'ppt/slides/slide1.xml']);
    expect(strFromU8(entries['ppt/slides/slide1.xml'])).toBe(xml);
  });
});
