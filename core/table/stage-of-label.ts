/** Candidate stages the metrics read, in pipeline order; `rejected` (by the company) and `withdrawn` end a candidacy without an offer. */
export const candidateStages = ['applied', 'screened', 'interviewed', 'feedback', 'offered', 'accepted', 'declined', 'rejected', 'withdrawn'] as const;
export type CandidateStage = (typeof candidateStages)[number];

// Checked in this order: "Offer Accepted" and "Offer Declined" name the offer too, "Interview Feedback" names the interview,
// "Offer Rejected" is the candidate declining while "Rejected" alone is the company's no.
const stagePatterns: readonly [CandidateStage, RegExp][] = [
  ['declined', /declin|turned down|offer\W*reject|reject\w*\W*offer|拒绝|婉拒|放弃\s*offer|未接受/i],
  ['accepted', /accept|\bhired\b|接受|入职|已录用/i],
  ['withdrawn', /withdr[ae]w|dropped out|放弃|撤回|退出/i],
  ['rejected', /reject|not selected|disqualif|unsuitable|淘汰|不合适|未通过|不通过/i],
  ['offered', /offer|录用通知|发放/i],
  ['feedback', /feedback|scorecard|evaluat|反馈|面评|评价/i],
  ['interviewed', /interview|onsite|on-site|面试|初试|复试|终面/i],
  ['screened', /screen|shortlist|review|筛选|初筛|简历通过/i],
  ['applied', /appl|submitted|sourced|\bnew\b|投递|申请|应聘|新简历/i],
];

/**
 * The stage a candidate-event label names, in English or Chinese (`Applied`/`投递`, `Screened`/`筛选`, `Interviewed`/`面试`,
 * `Feedback Given`/`反馈`, `Offered`/`发放offer`, `Accepted`/`接受`, `Declined`/`拒绝`, plus `Rejected`/`淘汰` and
 * `Withdrawn`/`放弃`), as an index into candidateStages so event tables are aggregated by code; −1 for anything else and
 * for empty input.
 * @example candidateStages[stageOfLabel('Offer Accepted')] // 'accepted'
 */
export function stageOfLabel(label: string): number {
  const entry = stagePatterns.find(([, pattern]) => pattern.test(label));
  return entry ? candidateStages.indexOf(entry[0]) : -1;
}
