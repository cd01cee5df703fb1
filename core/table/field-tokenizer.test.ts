import { describe, expect, it } from 'vitest';
import { ESCAPED, FieldTokenizer, hashBytes, unescapeInto, UNTERMINATED } from './field-tokenizer.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every field as [text between start and end, flags, last of record]. */
function fieldsOf(text: string, delimiter = ','): [string, number, boolean][] {
  const bytes = utf8(text);
  const tokens = new FieldTokenizer(bytes, 0, delimiter.charCodeAt(0));
  const fields: [string, number, boolean][] = [];
  for (let last = false; !last || tokens.pos < bytes.length; ) {
    last = tokens.next();
    fields.push([new TextDecoder().decode(bytes.subarray(tokens.start, tokens.end)), tokens.flags, last]);
  }
  return fields;
}

describe('FieldTokenizer', () => {
  it('splits records at LF, CR and CRLF and fields at the delimiter', () => {
    expect(fieldsOf('a;b\r\nc\rd\n', ';')).toEqual([['a', 0, false], ['b', 0, true], ['c', 0, true], ['d', 0, true]]);
  });

  it('gives a quoted field its inner bytes, flagging the ones that need unescaping', () => {
    expect(fieldsOf('"a,b\n",x')).toEqual([['a,b\n', 0, false], ['x', 0, true]]);
    expect(fieldsOf('"say ""hi""",y')).toEqual([['say ""hi"""', ESCAPED, false], ['y', 0, true]]);
    expect(fieldsOf('"a"b,c')).toEqual([['a"b', ESCAPED, false], ['c', 0, true]]);
  });

  it('runs an unterminated quote to the end of the input', () => {
    expect(fieldsOf('x,"open\nrest')).toEqual([['x', 0, false], ['open\nrest', ESCAPED | UNTERMINATED, true]]);
  });

  it('yields an empty last field after a trailing delimiter, and one empty field for empty input', () => {
    expect(fieldsOf('a,')).toEqual([['a', 0, false], ['', 0, true]]);
    expect(fieldsOf('')).toEqual([['', 0, true]]);
  });

  it('hashes a field while scanning exactly as hashBytes does, quoted or not', () => {
    const bytes = utf8('Production ,"Production "');
    const tokens = new FieldTokenizer(bytes, 0, 0x2c);
    tokens.next();
    const plain = tokens.hash;
    tokens.next();
    expect(tokens.hash).toBe(plain);
    expect(plain).toBe(hashBytes(utf8('Production '), 0, 11));
  });
});

describe('unescapeInto', () => {
  it('turns doubled quotes into one, drops the closing quote and keeps text after it', () => {
    const bytes = utf8('a""b"c');
    const target = new Uint8Array(bytes.length);
    const length = unescapeInto(bytes, 0, bytes.length, target);
    expect(new TextDecoder().decode(target.subarray(0, length))).toBe('a"bc');
  });
});
