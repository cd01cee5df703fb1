import { fieldSynonyms } from './field-synonyms.ts';
import type { TableRole } from './fields.ts';
import { headerTokens } from './header-tokens.ts';
import { normalizeHeader } from './normalize-header.ts';
import { rosterFieldIds } from './fields.ts';

/** A role proposed for a source, with the votes that decided it, so the pane can say why and let the user change it. */
export interface RoleProposal {
  /** null when no role gets enough votes: the user chooses. */
  role: TableRole | null;
  votes: Record<TableRole, number>;
}

/** Words (English, whole tokens) and Chinese fragments that mark the non-roster roles' headers. */
const roleWords: Record<Exclude<TableRole, 'roster'>, { words: readonly string[]; chinese: readonly string[] }> = {
  requisitions: { words: ['requisition', 'req', 'opening', 'opened', 'planned', 'filled', 'vacancy', 'headcount', 'hiring'], chinese: ['招聘需求', '需求编号', '计划人数', '编制', '空缺', '到岗', '用人经理'] },
  candidates: { words: ['candidate', 'applicant', 'stage', 'applied', 'offer', 'interview', 'interviewer'], chinese: ['候选人', '应聘', '阶段', '面试', '录用'] },
  training: { words: ['course', 'training', 'participant', 'trainee', 'completed', 'completion', 'enrolled', 'learning'], chinese: ['课程', '培训', '学员', '参训', '完成'] },
  goals: { words: ['goal', 'objective', 'target', 'deadline', 'okr'], chinese: ['目标', '截止', '期限'] },
  business: { words: ['metric', 'kpi', 'revenue', 'sales', 'profit', 'value', 'period', 'defects', 'output'], chinese: ['指标', '营收', '收入', '利润', '业绩', '数值'] },
  approvals: { words: ['request', 'requested', 'approval', 'approved', 'approver', 'ticket'], chinese: ['审批', '申请', '发起', '审批人'] },
};

/** Fewest matching headers for a role to be proposed; one shared word (Department, Date) proves nothing. */
const minVotes = 2;

const rosterHeaders = new Set(rosterFieldIds.flatMap((field) => fieldSynonyms[field].headers.map(normalizeHeader)));

/** True when a header holds one of the role's words or Chinese fragments. */
function matchesRole(header: string, words: readonly string[], chinese: readonly string[]): boolean {
  return headerTokens(header).some((token) => words.includes(token)) || chinese.some((fragment) => header.includes(fragment));
}

/**
 * Which kind of table a source holds, by a vote of its headers: roster headers are those naming a canonical roster field
 * (core's synonyms, English and Chinese); each other role counts headers holding its words. The role with most votes wins,
 * roster on a tie (it is what every metric needs); fewer than two votes proposes nothing. No headers give role null.
 * @example proposeRole(['Course', 'Participant', 'Completed', 'Department']).role // 'training'
 */
export function proposeRole(headers: readonly string[]): RoleProposal {
  const votes: Record<TableRole, number> = { roster: 0, requisitions: 0, candidates: 0, training: 0, goals: 0, business: 0, approvals: 0 };
  for (const header of headers) {
    if (rosterHeaders.has(normalizeHeader(header))) votes.roster++;
    for (const [role, { words, chinese }] of Object.entries(roleWords) as [Exclude<TableRole, 'roster'>, (typeof roleWords)[keyof typeof roleWords]][]) {
      if (matchesRole(header, words, chinese)) votes[role]++;
    }
  }
  let role: TableRole | null = null;
  for (const candidate of Object.keys(votes) as TableRole[]) if (votes[candidate] >= minVotes && (role === null || votes[candidate] > votes[role])) role = candidate;
  return { role, votes };
}
