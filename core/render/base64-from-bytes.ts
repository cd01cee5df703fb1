const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Bytes as standard base64 with padding (RFC 4648 §4), for `data:` URIs of chart images; core runs in browsers, Office and
 * Node alike, so it cannot rely on Node's Buffer or the DOM's btoa. No bytes give ''.
 * @example base64FromBytes(new Uint8Array([80, 78, 71])) // 'UE5H'
 */
export function base64FromBytes(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const [a, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const triple = (a << 16) | (b << 8) | c;
    out += alphabet[(triple >> 18) & 63] + alphabet[(triple >> 12) & 63];
    out += index + 1 < bytes.length ? alphabet[(triple >> 6) & 63] : '=';
    out += index + 2 < bytes.length ? alphabet[triple & 63] : '=';
  }
  return out;
}
