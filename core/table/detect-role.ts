import type { TableRole } from './fields.ts';
import { normalizeHeader } from './normalize-header.ts';
import type { RawTable } from './raw-table.ts';
import { roleVocabularies } from './role-fields.ts';

/** One role's fit to a table's headers, 0 (none) to 1 (every header and every key field named). */
export interface RoleScore {
  role: TableRole;
  score: number;
}

/** The role proposed for a source and the others it could be, so the Excel pane and the extension can say why and let the user switch. */
export interface RoleDetection {
  /** null when no role fits (score under 0.3) or two fit about equally (`ambiguous`): the user chooses. */
  role: TableRole | null;
  /** The best role's score (0 when nothing fits). */
  score: number;
  /** The other roles with a positive score, best first (every fitting role when `role` is null). */
  alternatives: RoleScore[];
  /** True when the two best roles are within 0.15 of each other, so neither is proposed. */
  ambiguous: boolean;
}

const MIN_SCORE = 0.3;
const MIN_MARGIN = 0.15;

/**
 * A role's fit: half the share of the table's headers its synonyms name (each header once), half the share of its key
 * fields present; 0 when no key field is named, since shared columns (Department, Date) prove nothing.
 */
function scoreRole(role: TableRole, headers: readonly string[]): number {
  const { fields, keyFields } = roleVocabularies[role];
  const claimed = new Set<number>();
  const found = new Set<string>();
  for (const { id, vocabulary } of fields) {
    const names = new Set([...vocabulary.headers, ...vocabulary.weakHeaders].map(normalizeHeader));
    const column = headers.findIndex((header, c) => !claimed.has(c) && names.has(header));
    if (column < 0) continue;
    claimed.add(column);
    found.add(id);
  }
  const keysFound = keyFields.filter((field) => found.has(field)).length;
  return keysFound === 0 ? 0 : (claimed.size / headers.length + keysFound / keyFields.length) / 2;
}

/**
 * Which kind of table a source holds, from its headers alone (cheap on a million rows): each role is scored by the share of
 * headers its English and Chinese synonyms name and the share of its key fields present (a roster's employee id and hire
 * date, a requisition's planned hires, a candidate's stage…). The best role is proposed when it scores at least 0.3 and
 * leads the next by 0.15; otherwise `role` is null and `ambiguous` says whether two roles tied. No headers: role null, score 0.
 * @example detectRole(rawTableFromValues([['Course', 'Participant', 'Completed']])).role // 'training'
 */
export function detectRole(raw: RawTable): RoleDetection {
  const headers = raw.columns.map((column) => normalizeHeader(column.header)).filter((header) => header !== '');
  const scores = headers.length === 0 ? [] : (Object.keys(roleVocabularies) as TableRole[]).map((role) => ({ role, score: scoreRole(role, headers) }));
  const ranked = scores.filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  const ambiguous = best !== undefined && second !== undefined && best.score - second.score < MIN_MARGIN && second.score >= MIN_SCORE;
  const role = best !== undefined && best.score >= MIN_SCORE && !ambiguous ? best.role : null;
  return { role, score: best?.score ?? 0, alternatives: role === null ? ranked : ranked.slice(1), ambiguous };
}
