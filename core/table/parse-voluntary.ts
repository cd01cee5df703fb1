import { parseBoolean } from './parse-boolean.ts';
import { voluntaryFromWording } from './voluntary-from-wording.ts';

/**
 * A voluntary-departure cell: a yes/no flag (`Yes`, `是`, `1`) or the wording of a termination type (`Voluntary`,
 * `Involuntary`, `辞退`), since HRIS exports use both. 1 voluntary, 0 involuntary, NaN otherwise (empty input too).
 * @example parseVoluntary('Involuntary') // 0
 */
export function parseVoluntary(text: string): number {
  const flag = parseBoolean(text);
  return Number.isNaN(flag) ? voluntaryFromWording(text) : flag;
}
