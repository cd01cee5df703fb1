// Checked first: "involuntary" contains "voluntary", and "Terminated for Cause" must not fall to a broader rule.
const involuntary = /\binvoluntar|for cause|dismiss|discharg|layoff|laid off|redundan|\bfired\b|terminated by (?:the )?(?:company|employer)|辞退|解雇|开除|被动离职|裁员|劝退|非自愿/i;
const voluntary = /\bvoluntar|\bresign|\bquit\b|主动离职|辞职|自愿离职|个人原因/i;

/**
 * Whether a status or termination-reason text says the departure was voluntary (1) or not (0), so voluntary and involuntary
 * turnover can be split when the file has no explicit flag: `Voluntarily Terminated`, `Resignation`, `辞职` → 1;
 * `Terminated for Cause`, `Layoff`, `辞退` → 0. Texts that say neither (`Active`, `Another position`) and empty input give NaN.
 * @example voluntaryFromWording('Terminated for Cause') // 0
 */
export function voluntaryFromWording(text: string): number {
  if (involuntary.test(text)) return 0;
  return voluntary.test(text) ? 1 : NaN;
}
