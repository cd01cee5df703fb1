import { pseudonym } from './pseudonym.ts';

/** What identifies a person: segment fields (canonical ids and the source headers mapped to them) and known names and ids. */
export interface IdentifierRules {
  fields: ReadonlySet<string>;
  values: ReadonlySet<string>;
}

function collectHidden(node: unknown, rules: IdentifierRules, hidden: Set<string>): void {
  if (typeof node === 'string') {
    if (rules.values.has(node.trim())) hidden.add(node.trim());
  } else if (Array.isArray(node)) {
    for (const item of node) collectHidden(item, rules, hidden);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.field === 'string' && typeof record.value === 'string' && rules.fields.has(record.field) && record.value.trim() !== '') hidden.add(record.value);
    for (const value of Object.values(record)) collectHidden(value, rules, hidden);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A value edged by a Latin letter or digit must stand alone there (`Ann` is not hidden inside `Annual`); CJK text has no word gaps. */
function boundedPattern(value: string): string {
  const before = /^[A-Za-z0-9]/.test(value) ? '(?<![A-Za-z0-9])' : '';
  const after = /[A-Za-z0-9]$/.test(value) ? '(?![A-Za-z0-9])' : '';
  return `${before}${escapeRegExp(value)}${after}`;
}

function rewrite(node: unknown, replace: (text: string) => string): unknown {
  if (typeof node === 'string') return replace(node);
  if (Array.isArray(node)) return node.map((item) => rewrite(item, replace));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [replace(key), rewrite(value, replace)]));
  }
  return node;
}

/**
 * JSON-like content with every person identifier replaced by a pseudonym (`[A]`, `[B]`…), so a snapshot leaves names and ids
 * out by default (DESIGN.md §6) yet keeps its structure: the values hidden are those of segments cut by an identifier field,
 * plus any text equal to a known name or id; each is replaced wherever it occurs, in values and in keys alike, so evidence ids
 * and quantity references that embed it stay consistent. Pseudonyms follow the sorted order of the hidden values.
 * @example redactIdentifiers({ segment: { field: 'managerName', value: 'Jane Doe' } }, { fields: new Set(['managerName']), values: new Set() }) // { segment: { field: 'managerName', value: '[A]' } }
 */
export function redactIdentifiers<T extends object>(content: T, rules: IdentifierRules): T {
  const hidden = new Set<string>();
  collectHidden(content, rules, hidden);
  if (hidden.size === 0) return content;
  const replacements = new Map([...hidden].sort().map((value, index) => [value, pseudonym(index)]));
  const longestFirst = [...hidden].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(longestFirst.map(boundedPattern).join('|'), 'g');
  return rewrite(content, (text) => text.replace(pattern, (match) => replacements.get(match)!)) as T;
}
