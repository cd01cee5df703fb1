// Checked first: "Does not meet" and "未达标" contain the words of meeting.
const below = /not meet|does not|doesn't|below|needs? improvement|improvement needed|unsatisfactory|poor|\bpip\b|development needed|待改进|需改进|不合格|不称职|未达|不达标|较差|差/i;
const meets = /meet|exceed|outstanding|excellent|exceptional|strong|good|satisfactory|successful|solid|优秀|卓越|良好|合格|称职|达标|胜任|超出|超越/i;
// Letter grades: S/A/B meet (B is "meets" in most Chinese 5-grade scales), C/D/E do not; A+/B- keep their letter.
const letterGrade = /^([sabcde])[+-]?$/i;

/**
 * Whether a performance rating says the person met expectations (1) or not (0), as reviews write it: words (`Exceeds`,
 * `Fully Meets`, `Needs Improvement`, `PIP`, `优秀`, `合格`, `待改进`), letter grades (S/A/B meet, C/D/E not) or scores on a
 * 1–5 or 1–4 scale (3 and above meet). NaN for anything else and empty input, so unreadable ratings stay out of the share.
 * @example meetsExpectations('Needs Improvement') // 0
 */
export function meetsExpectations(label: string): number {
  const text = label.trim();
  if (text === '') return NaN;
  const score = Number(text);
  if (Number.isFinite(score)) return score >= 1 && score <= 5 ? (score >= 3 ? 1 : 0) : NaN;
  const grade = letterGrade.exec(text);
  if (grade) return 'sab'.includes(grade[1].toLowerCase()) ? 1 : 0;
  if (below.test(text)) return 0;
  return meets.test(text) ? 1 : NaN;
}
