import { parseNumber } from './parse-number.ts';

const currencyPrefix = /^(?:RMB|CNY|USD|EUR|GBP|HKD|US\$|HK\$|[¥$€£])/i;
const currencySuffix = /(?:RMB|CNY|USD|EUR|GBP|HKD|元|[¥$€£])$/i;
const multipliers: Record<string, number> = { 万: 10_000, k: 1_000, K: 1_000 };

/** Split a leading minus sign off, so `-$5` and `$-5` both read as negative. */
function splitSign(body: string): [number, string] {
  return /^[-\u2212]/.test(body) ? [-1, body.slice(1)] : [1, body];
}

/**
 * An amount of money as HR exports write it: currency symbols or codes before or after (`¥`, `￥`, `$`, `€`, `£`, `RMB`,
 * `CNY`, `元`), thousands separators, `万` (×10,000) and `k` (×1,000) suffixes, full-width digits, and negatives as `-` or
 * in accounting parentheses. The currency itself is not converted. Unreadable text gives NaN so the caller can report it;
 * empty input gives NaN.
 * @example parseMoney('¥1.2万') // 12000
 */
export function parseMoney(text: string): number {
  let body = text.normalize('NFKC').trim().replace(/[\s\u00a0\u202f]/g, '');
  let parenthesised = 1;
  if (body.startsWith('(') && body.endsWith(')')) {
    body = body.slice(1, -1);
    parenthesised = -1;
  }
  const [outerSign, afterSign] = splitSign(body);
  const [innerSign, amountText] = outerSign === 1 ? splitSign(afterSign.replace(currencyPrefix, '')) : [1, afterSign.replace(currencyPrefix, '')];
  body = amountText.replace(currencySuffix, '');
  const multiplier = multipliers[body.slice(-1)] ?? 1;
  if (multiplier !== 1) body = body.slice(0, -1);
  if (body === '' || /^[-+\u2212(]/.test(body)) return NaN;
  const amount = parseNumber(body);
  // Round to cents: 1.1万 would otherwise be 11000.000000000002.
  return (parenthesised * outerSign * innerSign * Math.round(amount * multiplier * 100)) / 100;
}
