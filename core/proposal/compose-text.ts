import { t, type Lang, type MessageKey } from '../i18n/index.ts';
import type { Inline } from './document.ts';

/** What may fill a placeholder: literal words, a quantity reference, or a run of both. */
export type TextParam = Inline | readonly Inline[];

const placeholder = /\{(\w+)\}/g;

/** Chinese sentences run on after their full stop; English ones take a space. */
const sentenceSeparators: Record<Lang, string> = { en: ' ', 'zh-CN': '' };

/**
 * A message split at its `{name}` placeholders with each filled by inline content, so every sentence is written natively in
 * each language while its numbers stay quantity references. A placeholder without a param throws: a sentence with a hole is a
 * builder bug, never something to print. Adjacent literal pieces are merged and empty ones dropped.
 * @example compose('en', 'proposal.sentence.value-range', { value: { ref: 'v' }, low: { ref: 'l' }, high: { ref: 'h' } })
 * // [{ ref: 'v' }, ' (likely range ', { ref: 'l' }, '–', { ref: 'h' }, ')']
 */
export function compose(lang: Lang, key: MessageKey, params: Readonly<Record<string, TextParam>> = {}): Inline[] {
  const template = t(lang, key);
  const out: Inline[] = [];
  let last = 0;
  for (const match of template.matchAll(placeholder)) {
    pushInline(out, template.slice(last, match.index));
    const name = match[1];
    if (!Object.hasOwn(params, name)) throw new Error(`compose: message "${key}" (${lang}) needs param {${name}}`);
    const value = params[name];
    for (const piece of isInlineRun(value) ? value : [value]) pushInline(out, piece);
    last = match.index + match[0].length;
  }
  pushInline(out, template.slice(last));
  return out;
}

/**
 * Items joined the way each language lists things ("A, B and C" / "A、B和C"), or as clauses ("A; B; C" / "A；B；C") when the
 * items have commas of their own, so lists of actions or groups read natively. Empty input gives an empty run.
 * @example joinInlines('en', [['A'], ['B'], ['C']]) // ['A, B and C']
 */
export function joinInlines(lang: Lang, items: readonly (readonly Inline[])[], style: 'list' | 'clauses' = 'list'): Inline[] {
  const out: Inline[] = [];
  items.forEach((item, index) => {
    const key = style === 'clauses' ? 'proposal.list.clause' : index === items.length - 1 ? 'proposal.list.last' : 'proposal.list.separator';
    if (index > 0) pushInline(out, t(lang, key));
    for (const piece of item) pushInline(out, piece);
  });
  return out;
}

/**
 * Several composed runs as one paragraph, separated the way each language separates sentences (a space in English, nothing in
 * Chinese), so builders can assemble a paragraph from optional sentences.
 * @example joinSentences('en', [['One.'], ['Two.']]) // ['One. Two.']
 */
export function joinSentences(lang: Lang, sentences: readonly (readonly Inline[])[]): Inline[] {
  const out: Inline[] = [];
  sentences.forEach((sentence, index) => {
    if (index > 0) pushInline(out, sentenceSeparators[lang]);
    for (const piece of sentence) pushInline(out, piece);
  });
  return out;
}

/**
 * A run with its first letter capitalised, for English sentences that open with a mid-sentence phrase ("voluntary turnover
 * in R&D was…"); Chinese has no case, so it passes through.
 * @example capitalizeFirst('en', ['voluntary turnover', { ref: 'v' }]) // ['Voluntary turnover', { ref: 'v' }]
 */
export function capitalizeFirst(lang: Lang, run: readonly Inline[]): Inline[] {
  const [first, ...rest] = run;
  return typeof first === 'string' ? [capitalizeText(lang, first), ...rest] : [...run];
}

/**
 * A text with its first letter capitalised in English, for titles and table cells that open with a metric phrase.
 * @example capitalizeText('en', 'voluntary turnover by department') // 'Voluntary turnover by department'
 */
export function capitalizeText(lang: Lang, text: string): string {
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function isInlineRun(value: TextParam): value is readonly Inline[] {
  return Array.isArray(value);
}

function pushInline(out: Inline[], piece: Inline): void {
  if (typeof piece !== 'string') {
    out.push(piece);
    return;
  }
  if (piece === '') return;
  const previous = out.length - 1;
  if (previous >= 0 && typeof out[previous] === 'string') out[previous] = `${out[previous]}${piece}`;
  else out.push(piece);
}
